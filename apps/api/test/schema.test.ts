import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../src/database/data-source.js';
import { getPendingSchemaChanges } from '../src/database/generate-migration.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const listTables = async (dataSource: DataSource): Promise<string[]> => {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
};

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminDatabaseUrl'), 'compact_tracker_schema');
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('build the schema the entities describe: generating a migration now would produce nothing', async () => {
    expect(await runMigrations(dataSource)).not.toEqual([]);
    expect(await dataSource.showMigrations()).toBe(false);
    const pending = await getPendingSchemaChanges(dataSource);
    expect(pending.up.map((query) => query.query)).toEqual([]);
    expect(await listTables(dataSource)).toEqual([
      'action_point',
      'activity',
      'activity_organisation',
      'agenda_item',
      'agenda_speaker',
      'audit_entry',
      'country_network',
      'country_network_co_chair',
      'crosswalk_link',
      'deliverable',
      'event_schedule',
      'gcm_guiding_principle',
      'gcm_objective',
      'idempotency_record',
      'indicator',
      'indicator_baseline',
      'organisation',
      'outcome_record',
      'outcome_sign_off',
      'person',
      'plan_baseline',
      'progress_entry',
      'readiness_comment',
      'readiness_criterion',
      'readiness_review',
      'sdg_indicator',
      'sdg_target',
      'session',
      'sign_in_attempt',
      'strategy_goal',
      'strategy_objective',
      'user_account',
      'workplan',
    ]);
  });

  it('can be undone and run again', async () => {
    const migrationCount = dataSource.migrations.length;
    for (let undone = 0; undone < migrationCount; undone += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await listTables(dataSource)).toEqual([]);
    expect(await runMigrations(dataSource)).toHaveLength(migrationCount);
    expect((await getPendingSchemaChanges(dataSource)).up).toEqual([]);
  });
});
