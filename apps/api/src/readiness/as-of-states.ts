import type { AuditEntityType } from '@compact-tracker/domain';

/**
 * Records as they stood at an instant, rebuilt from the audit trail in SQL. Every query that uses these takes the
 * network's id as `$1` and the instant as `$2`.
 *
 * The rule: a record's state at T is the `before` of its first audit entry after T (null when that entry is its
 * creation: it did not exist yet), or, with no entry after T, its current row. The seed's rows are the starting
 * state: their creation is recorded by nobody (the workplan's activities) or not at all (its deliverables, the
 * readiness criteria and review), so no creation entry of theirs counts, and at any earlier T they read as first
 * recorded. A row created through the API appears only from its creation. A row deleted by a cascade leaves no entry
 * of its own, so it cannot be seen before its deletion: a limit of the trail, not of the rule.
 *
 * Each source selects the current rows of network `$1` as `id` and `state`: a jsonb object with the same field names
 * as the record's audit mapper writes, so that a current row and an entry's `before` read alike. Only the fields the
 * readiness views read are built.
 */
export type StateSource = { entityType: AuditEntityType; currentRows: string };

/** `<name> AS (…)`: (id, state) of every record of the source's type in network $1 that existed at instant $2. */
export const stateAtCte = (name: string, source: StateSource): string => `
${name} AS (
  SELECT id, state FROM (
    SELECT coalesce(current_row.id, first_after.entity_id) AS id,
           CASE WHEN first_after.entity_id IS NOT NULL THEN first_after.before ELSE current_row.state END AS state
      FROM (${source.currentRows}) current_row
      FULL JOIN (
        SELECT DISTINCT ON (entity_id) entity_id, before
          FROM audit_entry
         WHERE network_id = $1 AND entity_type = '${source.entityType}' AND occurred_at > $2
           AND NOT (action = 'create' AND actor_user_id IS NULL)
         ORDER BY entity_id, occurred_at, id
      ) first_after ON first_after.entity_id = current_row.id
  ) rebuilt
  WHERE state IS NOT NULL
)`;

/** `WITH a AS (…), b AS (…)` for the named sources. */
export const withStatesAt = (sources: Record<string, StateSource>): string =>
  `WITH ${Object.entries(sources)
    .map(([name, source]) => stateAtCte(name, source))
    .join(',')}`;

// An instant as JavaScript's toISOString() writes it, as the audit mappers do.
const isoInstant = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** toActivityAuditRecord (activities/activity.mapper.ts): title, status and framework tags. */
export const activityStates: StateSource = {
  entityType: 'activity',
  currentRows: `
    SELECT a.id,
           jsonb_build_object('title', a.title, 'status', a.status,
                              'gcmObjectiveNumbers', to_jsonb(a.gcm_objective_numbers), 'gcmPrincipleNumbers', to_jsonb(a.gcm_principle_numbers)) AS state
      FROM activity a JOIN workplan w ON w.id = a.workplan_id
     WHERE w.network_id = $1`,
};

/** toDeliverableAuditRecord (activities/activity.mapper.ts). */
export const deliverableStates: StateSource = {
  entityType: 'deliverable',
  currentRows: `
    SELECT d.id,
           jsonb_build_object('activityId', d.activity_id, 'title', d.title, 'status', d.status) AS state
      FROM deliverable d JOIN activity a ON a.id = d.activity_id JOIN workplan w ON w.id = a.workplan_id
     WHERE w.network_id = $1`,
};

/** toCrosswalkLinkAuditRecord (crosswalk/crosswalk.mapper.ts). */
export const crosswalkLinkStates: StateSource = {
  entityType: 'crosswalk_link',
  currentRows: `
    SELECT l.id,
           jsonb_build_object('strategyObjectiveId', l.strategy_objective_id, 'targetKey', l.target_key) AS state
      FROM crosswalk_link l JOIN strategy_objective o ON o.id = l.strategy_objective_id JOIN strategy_goal g ON g.id = o.goal_id
     WHERE g.network_id = $1`,
};

/** toIndicatorAuditRecord (indicators/indicators.mapper.ts). */
export const indicatorStates: StateSource = {
  entityType: 'indicator',
  currentRows: `
    SELECT i.id,
           jsonb_build_object('code', i.code, 'name', i.name,
                              'gcmObjectiveNumbers', to_jsonb(i.gcm_objective_numbers), 'gcmPrincipleNumbers', to_jsonb(i.gcm_principle_numbers)) AS state
      FROM indicator i
     WHERE i.network_id = $1`,
};

/** toIndicatorBaselineAuditRecord (indicators/indicators.mapper.ts). */
export const baselineStates: StateSource = {
  entityType: 'indicator_baseline',
  currentRows: `
    SELECT b.id, jsonb_build_object('indicatorId', b.indicator_id, 'isDataGap', b.is_data_gap) AS state
      FROM indicator_baseline b JOIN indicator i ON i.id = b.indicator_id
     WHERE i.network_id = $1`,
};

/** toReadinessCriterionAuditRecord (readiness.mapper.ts), in full. */
export const criterionStates: StateSource = {
  entityType: 'readiness_criterion',
  currentRows: `
    SELECT c.id,
           jsonb_build_object(
             'key', c.key, 'position', c.position, 'title', c.title, 'description', c.description, 'kind', c.kind,
             'source', c.source, 'evidenceStatus', c.evidence_status, 'evidence', c.evidence,
             'owner', jsonb_build_object('id', o.id, 'name', coalesce(o.short_name, o.name)),
             'dueDate', c.due_date::text, 'reviewState', c.review_state, 'lastReturnReason', c.last_return_reason,
             'reviewedAt', ${isoInstant('c.reviewed_at')},
             'reviewedBy', CASE WHEN u.id IS NULL THEN NULL ELSE jsonb_build_object('id', u.id, 'displayName', u.display_name) END
           ) AS state
      FROM readiness_criterion c
      JOIN organisation o ON o.id = c.owner_organisation_id
      LEFT JOIN user_account u ON u.id = c.reviewed_by_user_id
     WHERE c.network_id = $1`,
};

/** toReadinessReviewAuditRecord (readiness.mapper.ts), in full. */
export const reviewStates: StateSource = {
  entityType: 'readiness_review',
  currentRows: `
    SELECT r.id,
           jsonb_build_object(
             'timeZone', r.time_zone, 'status', r.status, 'signedOffAt', ${isoInstant('r.signed_off_at')},
             'signedOffBy', CASE WHEN u.id IS NULL THEN NULL ELSE jsonb_build_object('id', u.id, 'displayName', u.display_name) END,
             'signOffNote', r.sign_off_note
           ) AS state
      FROM readiness_review r
      LEFT JOIN user_account u ON u.id = r.signed_off_by_user_id
     WHERE r.network_id = $1`,
};
