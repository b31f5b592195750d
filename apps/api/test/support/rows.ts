import type { DataSource } from 'typeorm';

/** Every table the app writes to, for "nothing was written" checks. */
export const appTables = [
  'organisation',
  'person',
  'country_network',
  'country_network_co_chair',
  'workplan',
  'activity',
  'activity_organisation',
  'deliverable',
  'progress_entry',
  'event_schedule',
  'agenda_item',
  'agenda_speaker',
  'user_account',
  'session',
  'sign_in_attempt',
  'audit_entry',
  'idempotency_record',
  'plan_baseline',
  'outcome_record',
  'outcome_sign_off',
  'action_point',
  'gcm_objective',
  'gcm_guiding_principle',
  'sdg_target',
  'sdg_indicator',
  'strategy_goal',
  'strategy_objective',
  'crosswalk_link',
  'indicator',
  'indicator_baseline',
  'readiness_review',
  'readiness_criterion',
  'readiness_comment',
] as const;

export const countRows = async (dataSource: DataSource, tables: readonly string[] = appTables): Promise<Record<string, number>> =>
  Object.fromEntries(
    await Promise.all(tables.map(async (table) => [table, Number((await dataSource.query(`SELECT count(*) AS count FROM ${table}`))[0].count)] as const)),
  );

export type AuditRow = {
  id: string;
  actor_user_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  note: string | null;
  network_id: string;
};

/** The audit rows of one record, oldest first. */
export const findAuditRows = (dataSource: DataSource, entityId: string): Promise<AuditRow[]> =>
  dataSource.query(
    'SELECT id, actor_user_id, entity_type, entity_id, action, before, after, note, network_id FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, id',
    [entityId],
  );

export const findUserId = async (dataSource: DataSource, email: string): Promise<string> =>
  ((await dataSource.query('SELECT id FROM user_account WHERE email = $1', [email])) as { id: string }[])[0]?.id as string;
