/**
 * The dashboard's SQL: one statement per answer, so every figure of it describes the same snapshot and the baseline
 * that counts for each indicator is worked out once. Each statement takes the network id as $1 and starts from
 * `standing`: each of the network's indicators once, with the baseline that counts for it (its latest non-gap
 * baseline, else its latest gap) and its standing, 'baseline', 'gap' or 'none' (the rule is documented on the
 * domain's dashboard view). Sections come back as JSON built by the database (json_agg), one column each.
 */
const standingCte = (extraCondition = '') => `
  standing AS MATERIALIZED (
    SELECT i.id, i.code, i.name, i.measure, i.unit, i.targets, i.gcm_objective_numbers, i.sdg_indicator_codes,
           counted.id AS baseline_id, counted.is_data_gap, counted.gap_reason, counted.value, counted.narrative,
           counted.reference_year, counted.source_provider, counted.method, counted.nature_of_data, counted.confidence,
           CASE WHEN counted.id IS NULL THEN 'none' WHEN counted.is_data_gap THEN 'gap' ELSE 'baseline' END AS standing,
           coalesce(counted.baseline_record_count, 0) AS baseline_record_count, coalesce(counted.gap_record_count, 0) AS gap_record_count
      FROM indicator i
      LEFT JOIN LATERAL (
            SELECT b.id, b.is_data_gap, b.gap_reason, b.value, b.narrative, b.reference_year, b.source_provider, b.method,
                   b.nature_of_data, b.confidence,
                   -- Over all the indicator's records, read anyway to find the one that counts.
                   (count(*) FILTER (WHERE NOT b.is_data_gap) OVER ())::int AS baseline_record_count,
                   (count(*) FILTER (WHERE b.is_data_gap) OVER ())::int AS gap_record_count
              FROM indicator_baseline b
             WHERE b.indicator_id = i.id
             ORDER BY b.is_data_gap, b.reference_year DESC, b.created_at DESC, b.id
             LIMIT 1
           ) counted ON true
     WHERE i.network_id = $1 ${extraCondition}
  )`;

/**
 * Each indicator once per GCM objective it is tagged with, and once per SDG target of its SDG indicator codes: joined
 * on equality, which the database hashes, rather than testing every array against every framework item.
 */
const taggedCtes = `
  standing_objective AS (
    SELECT s.id, s.standing, tag.number FROM standing s CROSS JOIN LATERAL unnest(s.gcm_objective_numbers) AS tag(number)
  ),
  standing_sdg_target AS (
    SELECT DISTINCT s.id, s.standing, si.target_code
      FROM standing s
     CROSS JOIN LATERAL unnest(s.sdg_indicator_codes) AS tag(code)
      JOIN sdg_indicator si ON si.code = tag.code
  )`;

/** Distinct indicators by standing: one framework item can reach the same indicator along several joins. */
const coverageCounts = `
  count(DISTINCT s.id)::int AS linked_indicator_count,
  count(DISTINCT s.id) FILTER (WHERE s.standing = 'baseline')::int AS with_baseline_count,
  count(DISTINCT s.id) FILTER (WHERE s.standing = 'gap')::int AS with_gap_count,
  count(DISTINCT s.id) FILTER (WHERE s.standing = 'none')::int AS with_neither_count`;

/** The network's crosswalk links, each with its strategy goal. */
const networkLinkCte = `
  network_link AS (
    SELECT l.id, l.target_kind, l.gcm_objective_number, l.sdg_target_code, l.sdg_indicator_code, g.id AS goal_id
      FROM crosswalk_link l
      JOIN strategy_objective o ON o.id = l.strategy_objective_id
      JOIN strategy_goal g ON g.id = o.goal_id
     WHERE g.network_id = $1
  )`;

const gcmCoverageCte = `
  gcm_link_count AS (
    SELECT gcm_objective_number AS number, count(*)::int AS link_count FROM network_link WHERE gcm_objective_number IS NOT NULL GROUP BY 1
  ),
  gcm_coverage AS (
    SELECT g.number, g.title, ${coverageCounts}, coalesce(links.link_count, 0) AS crosswalk_link_count
      FROM gcm_objective g
      LEFT JOIN standing_objective s ON s.number = g.number
      LEFT JOIN gcm_link_count links ON links.number = g.number
     GROUP BY g.number, g.title, links.link_count
  )`;

/** A link to an SDG indicator counts for the indicator's target. */
const sdgCoverageCte = `
  sdg_link_count AS (
    SELECT coalesce(network_link.sdg_target_code, si.target_code) AS code, count(*)::int AS link_count
      FROM network_link
      LEFT JOIN sdg_indicator si ON si.code = network_link.sdg_indicator_code
     WHERE network_link.target_kind IN ('sdg_target', 'sdg_indicator')
     GROUP BY 1
  ),
  sdg_coverage AS (
    SELECT t.code, ${coverageCounts}, coalesce(links.link_count, 0) AS crosswalk_link_count
      FROM sdg_target t
      LEFT JOIN standing_sdg_target s ON s.target_code = t.code
      LEFT JOIN sdg_link_count links ON links.code = t.code
     GROUP BY t.code, links.link_count
  )`;

/** Strategy goal → its objectives → their links to GCM objectives ← the indicators tagged with those objectives. */
const strategyGoalCoverageCte = `
  goal_objective AS (
    SELECT DISTINCT goal_id, gcm_objective_number AS number FROM network_link WHERE gcm_objective_number IS NOT NULL
  ),
  goal_coverage AS (
    SELECT g.id, g.position, g.title, g.is_placeholder, count(DISTINCT go.number)::int AS linked_gcm_objective_count, ${coverageCounts}
      FROM strategy_goal g
      LEFT JOIN goal_objective go ON go.goal_id = g.id
      LEFT JOIN standing_objective s ON s.number = go.number
     WHERE g.network_id = $1
     GROUP BY g.id
  )`;

/** Completeness and quality over `standing`; $2 is the first reference year that is not outdated. */
const completenessCte = `
  counted_baseline AS (SELECT * FROM standing WHERE standing = 'baseline'),
  completeness AS (
    SELECT count(*)::int AS indicator_count,
           count(*) FILTER (WHERE standing = 'baseline')::int AS with_baseline_count,
           count(*) FILTER (WHERE standing = 'gap')::int AS with_gap_count,
           count(*) FILTER (WHERE standing = 'none')::int AS with_neither_count,
           round(count(*) FILTER (WHERE standing <> 'none')::numeric / nullif(count(*), 0), 4)::float8 AS baseline_or_gap_share,
           coalesce(sum(baseline_record_count), 0)::int AS baseline_record_count,
           coalesce(sum(gap_record_count), 0)::int AS gap_record_count,
           count(*) FILTER (WHERE standing = 'baseline' AND source_provider IS NULL)::int AS missing_source_count,
           count(*) FILTER (WHERE standing = 'baseline' AND method IS NULL)::int AS missing_method_count,
           count(*) FILTER (WHERE standing = 'baseline' AND nature_of_data IS NULL)::int AS missing_nature_of_data_count,
           count(*) FILTER (WHERE standing = 'baseline' AND confidence IS NULL)::int AS missing_confidence_count,
           count(*) FILTER (WHERE standing = 'baseline' AND reference_year < $2)::int AS outdated_count,
           (SELECT json_agg(json_build_object('value', confidence, 'count', n))
              FROM (SELECT confidence, count(*)::int AS n FROM counted_baseline GROUP BY confidence) by_value) AS by_confidence,
           (SELECT json_agg(json_build_object('value', nature_of_data, 'count', n))
              FROM (SELECT nature_of_data, count(*)::int AS n FROM counted_baseline GROUP BY nature_of_data) by_value) AS by_nature_of_data
      FROM standing
  )`;

/** An indicator tagged with no GCM objective falls in the group whose number is null. */
const dataGapRegisterCte = `
  gap_group AS (
    SELECT tag.number, g.title,
           json_agg(json_build_object('indicatorId', s.id, 'code', s.code, 'name', s.name, 'referenceYear', s.reference_year, 'reason', s.gap_reason)
                    ORDER BY s.code, s.id) AS gaps
      FROM standing s
      LEFT JOIN LATERAL unnest(s.gcm_objective_numbers) AS tag(number) ON true
      LEFT JOIN gcm_objective g ON g.number = tag.number
     WHERE s.standing = 'gap'
     GROUP BY tag.number, g.title
  )`;

export type CoverageCountsRow = { linked_indicator_count: number; with_baseline_count: number; with_gap_count: number; with_neither_count: number };

export type CompletenessRow = {
  indicator_count: number;
  with_baseline_count: number;
  with_gap_count: number;
  with_neither_count: number;
  baseline_or_gap_share: number | null;
  baseline_record_count: number;
  gap_record_count: number;
  missing_source_count: number;
  missing_method_count: number;
  missing_nature_of_data_count: number;
  missing_confidence_count: number;
  outdated_count: number;
  by_confidence: { value: string | null; count: number }[] | null;
  by_nature_of_data: { value: string | null; count: number }[] | null;
};

export type DataGapGroupRow = { number: number | null; title: string | null; gaps: { indicatorId: string; code: string; name: string; referenceYear: number; reason: string }[] };

/** The register's groups as one JSON column: by objective number, the untagged group last. */
const dataGapRegisterColumn = `coalesce((SELECT json_agg(gap_group ORDER BY number NULLS LAST) FROM gap_group), '[]') AS data_gap_register`;

export type DashboardRow = {
  network_exists: boolean;
  completeness: CompletenessRow;
  gcm_objectives: (CoverageCountsRow & { number: number; title: string; crosswalk_link_count: number })[];
  sdg_targets: (CoverageCountsRow & { code: string; crosswalk_link_count: number })[];
  strategy_goals: (CoverageCountsRow & { id: string; position: number; title: string; is_placeholder: boolean; linked_gcm_objective_count: number })[];
  data_gap_register: DataGapGroupRow[];
};

/** $1: the network; $2: the first reference year that is not outdated. SDG targets sort as 3.c, 10.7, 10.c, 17.3, 17.18. */
export const dashboardSql = `
  WITH ${standingCte()}, ${taggedCtes}, ${networkLinkCte}, ${gcmCoverageCte}, ${sdgCoverageCte}, ${strategyGoalCoverageCte}, ${completenessCte}, ${dataGapRegisterCte}
  SELECT EXISTS (SELECT 1 FROM country_network WHERE id = $1) AS network_exists,
         (SELECT row_to_json(completeness) FROM completeness) AS completeness,
         (SELECT json_agg(gcm_coverage ORDER BY number) FROM gcm_coverage) AS gcm_objectives,
         coalesce((SELECT json_agg(sdg_coverage ORDER BY split_part(code, '.', 1)::int, lpad(split_part(code, '.', 2), 3, '0')) FROM sdg_coverage), '[]') AS sdg_targets,
         coalesce((SELECT json_agg(goal_coverage ORDER BY position, id) FROM goal_coverage), '[]') AS strategy_goals,
         ${dataGapRegisterColumn}`;

export type DataGapRegisterRow = { network_exists: boolean; data_gap_register: DataGapGroupRow[] };

/** $1: the network. The dashboard's data-gap register alone, for the readiness report. */
export const dataGapRegisterSql = `
  WITH ${standingCte()}, ${dataGapRegisterCte}
  SELECT EXISTS (SELECT 1 FROM country_network WHERE id = $1) AS network_exists,
         ${dataGapRegisterColumn}`;

export type ObjectiveIndicatorRow = {
  id: string;
  code: string;
  name: string;
  measure: string;
  unit: string | null;
  targets: { year: number; value: number | string }[];
  standing: 'baseline' | 'gap' | 'none';
  baseline_id: string | null;
  is_data_gap: boolean | null;
  gap_reason: string | null;
  value: number | null;
  narrative: string | null;
  reference_year: number | null;
  source_provider: string | null;
  nature_of_data: string | null;
  confidence: string | null;
  baseline_record_count: number;
};

export type ObjectiveDrillDownRow = {
  network_exists: boolean;
  objective: { number: number; title: string } | null;
  counts: CoverageCountsRow;
  indicators: ObjectiveIndicatorRow[];
  strategy_links: { link_id: string; strategy_objective_id: string; strategy_objective_title: string; goal_title: string; fit: string }[];
};

/** $1: the network; $2: the GCM objective number. Only the indicators tagged with the objective are looked at. */
export const objectiveDrillDownSql = `
  WITH ${standingCte('AND $2 = ANY (i.gcm_objective_numbers)')}
  SELECT EXISTS (SELECT 1 FROM country_network WHERE id = $1) AS network_exists,
         (SELECT json_build_object('number', number, 'title', title) FROM gcm_objective WHERE number = $2) AS objective,
         (SELECT row_to_json(counts) FROM (SELECT ${coverageCounts} FROM standing s) counts) AS counts,
         coalesce((
           SELECT json_agg(indicator ORDER BY indicator.code, indicator.id)
             FROM (SELECT s.id, s.code, s.name, s.measure, s.unit, s.targets, s.standing, s.baseline_id, s.is_data_gap, s.gap_reason,
                          s.value, s.narrative, s.reference_year, s.source_provider, s.nature_of_data, s.confidence,
                          s.baseline_record_count + s.gap_record_count AS baseline_record_count
                     FROM standing s) indicator
         ), '[]') AS indicators,
         coalesce((
           SELECT json_agg(link ORDER BY link.goal_position, link.objective_position, link.link_id)
             FROM (SELECT l.id AS link_id, o.id AS strategy_objective_id, o.title AS strategy_objective_title, g.title AS goal_title, l.fit,
                          g.position AS goal_position, o.position AS objective_position
                     FROM crosswalk_link l
                     JOIN strategy_objective o ON o.id = l.strategy_objective_id
                     JOIN strategy_goal g ON g.id = o.goal_id
                    WHERE g.network_id = $1 AND l.gcm_objective_number = $2) link
         ), '[]') AS strategy_links`;
