import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dummyPasswordHash, PasswordHasher } from '../src/accounts/password-hasher.js';
import { createDataSource } from '../src/database/data-source.js';
import { ensureFirstAdmin, findDemoSignIns, seedDemoAccounts } from '../src/database/seed-accounts.js';
import { seedWorkplan } from '../src/database/seed-workplan.js';
import { createTestDatabase, prepareDatabase, type TestDatabase } from './support/database.js';

const firstAdmin = { email: 'first.admin@tracker.example.org', password: 'a long first password', displayName: 'First Admin' };

describe('accounts at start-up', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminDatabaseUrl'), 'compact_tracker_seed_accounts');
    await prepareDatabase(database.url, { isSeeded: false });
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    await seedWorkplan(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('stops a production start with no admin and no FIRST_ADMIN_*, naming what to set; elsewhere it only says so', async () => {
    await expect(ensureFirstAdmin(dataSource, undefined, { isRequired: true })).rejects.toThrow(
      'No admin account exists. Set FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD (at least 12 characters), and optionally FIRST_ADMIN_DISPLAY_NAME, to create the first admin.',
    );
    expect(await ensureFirstAdmin(dataSource, undefined, { isRequired: false })).toBe('not_configured');
  });

  it('creates the first admin from FIRST_ADMIN_* in the seeded network, once, with an audit entry by the system', async () => {
    expect(await ensureFirstAdmin(dataSource, firstAdmin, { isRequired: true })).toBe('created');
    const [admin] = await dataSource.query(
      `SELECT u.email, u.display_name, u.role, u.is_active, u.password_hash, o.short_name AS organisation, n.country_code
       FROM user_account u JOIN organisation o ON o.id = u.organisation_id JOIN country_network n ON n.id = u.network_id`,
    );
    expect(admin).toMatchObject({ email: firstAdmin.email, display_name: 'First Admin', role: 'admin', is_active: true, organisation: 'IOM', country_code: 'GE' });
    expect(await argon2.verify(admin.password_hash, firstAdmin.password)).toBe(true);
    expect(await dataSource.query("SELECT action, actor_user_id, after->>'role' AS role FROM audit_entry WHERE entity_type = 'user'")).toEqual([
      { action: 'create', actor_user_id: null, role: 'admin' },
    ]);
    expect(await ensureFirstAdmin(dataSource, { ...firstAdmin, email: 'second@tracker.example.org' }, { isRequired: true })).toBe('admin_present');
    // Not on a database that has accounts already: the demo accounts are for an empty one.
    expect(await seedDemoAccounts(dataSource)).toBe('already_present');
    expect(await findDemoSignIns(dataSource)).toEqual([]);
  });

  it('refuses to turn an existing non-admin account into the first admin', async () => {
    await dataSource.query("UPDATE user_account SET role = 'viewer'");
    await expect(ensureFirstAdmin(dataSource, firstAdmin, { isRequired: true })).rejects.toThrow(
      `FIRST_ADMIN_EMAIL ${firstAdmin.email} belongs to an existing account that is not an active admin; choose another email`,
    );
  });
});

describe('demo accounts', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminDatabaseUrl'), 'compact_tracker_demo_accounts');
    await prepareDatabase(database.url, { isSeeded: false });
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    await seedWorkplan(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('creates one account per role on an empty database, each with its own argon2id hash, then nothing more', async () => {
    expect(await seedDemoAccounts(dataSource)).toBe('seeded');
    const users: { email: string; role: string; organisation: string; password_hash: string }[] = await dataSource.query(
      'SELECT u.email, u.role, o.short_name AS organisation, u.password_hash FROM user_account u JOIN organisation o ON o.id = u.organisation_id ORDER BY u.email',
    );
    expect(users.map(({ email, role, organisation }) => [email, role, organisation])).toEqual([
      ['admin@compact-tracker.example', 'admin', 'IOM'],
      ['expert@compact-tracker.example', 'expert', 'IOM'],
      ['iom.cochair@compact-tracker.example', 'co_chair', 'IOM'],
      ['rco.cochair@compact-tracker.example', 'co_chair', 'RCO'],
      ['scmi@compact-tracker.example', 'scmi_reviewer', 'SCMI'],
      ['viewer@compact-tracker.example', 'viewer', 'RCO'],
    ]);
    expect(new Set(users.map((user) => user.password_hash)).size).toBe(6);
    expect(await seedDemoAccounts(dataSource)).toBe('already_present');
    expect((await findDemoSignIns(dataSource)).map((user) => user.role)).toEqual(['admin', 'co_chair', 'co_chair', 'expert', 'scmi_reviewer', 'viewer']);
  });
});

describe('password hashing', () => {
  it('uses argon2id with the library defaults, and the dummy hash costs the same as a real one', async () => {
    const hasher = new PasswordHasher();
    const startedAt = performance.now();
    const hash = await hasher.hash('correct horse battery staple');
    const hashMs = performance.now() - startedAt;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(argon2.needsRehash(hash)).toBe(false);
    expect(argon2.needsRehash(dummyPasswordHash)).toBe(false);
    expect(dummyPasswordHash.split('$').slice(0, 4)).toEqual(hash.split('$').slice(0, 4));

    const time = async (run: () => Promise<boolean>) => {
      const started = performance.now();
      expect(await run()).toBe(false);
      return performance.now() - started;
    };
    const wrongPasswordMs = await time(() => hasher.verify(hash, 'wrong password'));
    const unknownEmailMs = await time(() => hasher.verify(undefined, 'wrong password'));
    console.info(`argon2id: hash ${hashMs.toFixed(0)} ms, verify wrong password ${wrongPasswordMs.toFixed(0)} ms, unknown email (dummy) ${unknownEmailMs.toFixed(0)} ms`);
    expect(await hasher.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify('not a hash', 'anything')).toBe(false);
  });
});
