/**
 * The data-gap register of the indicator-baseline dashboard, in one statement of its own: the dashboard module keeps
 * its SQL to itself. The rule is the dashboard's: an indicator's counted baseline is its latest non-gap baseline,
 * else its latest gap; the register lists the indicators whose counted baseline is a gap, grouped by GCM objective
 * (an indicator tagged with several objectives appears under each; one tagged with none, in the last group).
 */
export const dataGapRegisterSql = `
  WITH counted AS (
    SELECT i.id, i.code, i.name, i.gcm_objective_numbers, latest.is_data_gap, latest.gap_reason, latest.reference_year
      FROM indicator i
      JOIN LATERAL (
            SELECT b.is_data_gap, b.gap_reason, b.reference_year
              FROM indicator_baseline b
             WHERE b.indicator_id = i.id
             ORDER BY b.is_data_gap, b.reference_year DESC, b.created_at DESC, b.id
             LIMIT 1
           ) latest ON true
     WHERE i.network_id = $1
  )
  SELECT tag.number, g.title,
         json_agg(json_build_object('indicatorId', c.id, 'code', c.code, 'name', c.name, 'referenceYear', c.reference_year, 'reason', c.gap_reason)
                  ORDER BY c.code, c.id) AS gaps
    FROM counted c
    LEFT JOIN LATERAL unnest(c.gcm_objective_numbers) AS tag(number) ON true
    LEFT JOIN gcm_objective g ON g.number = tag.number
   WHERE c.is_data_gap
   GROUP BY tag.number, g.title
   ORDER BY tag.number NULLS LAST`;

export type DataGapGroupRow = {
  number: number | null;
  title: string | null;
  gaps: { indicatorId: string; code: string; name: string; referenceYear: number; reason: string }[];
};
