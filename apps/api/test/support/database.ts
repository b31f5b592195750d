import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDataSource, runMigrations } from '../../src/database/data-source.js';
import { PasswordHasher } from '../../src/accounts/password-hasher.js';
import { seedDemoAccounts } from '../../src/database/seed-accounts.js';
import { seedReferenceFrameworks } from '../../src/database/seed-frameworks.js';
import { seedReadinessCriteria } from '../../src/database/seed-readiness.js';
import { seedWorkplan } from '../../src/database/seed-workplan.js';

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

const withAdminClient = async <Result>(adminUrl: string, run: (client: pg.Client) => Promise<Result>): Promise<Result> => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

/** A new, empty database on the test server, uniquely named so parallel runs never share one. */
export const createTestDatabase = async (adminUrl: string, prefix: string): Promise<TestDatabase> => {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
};

// Test databases are many and argon2id is slow by design: within a test process the demo password is hashed once.
let demoPasswordHash: Promise<string> | undefined;
const hashDemoPasswordOnce = (password: string) => (demoPasswordHash ??= new PasswordHasher().hash(password));

/** Runs the real migrations, and the real seed (workplan and demo accounts) when asked, the way `main` does at start-up. */
export const prepareDatabase = async (url: string, options: { isSeeded: boolean }): Promise<void> => {
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    if (options.isSeeded) {
      await seedWorkplan(dataSource);
      await seedReferenceFrameworks(dataSource);
      await seedReadinessCriteria(dataSource);
      await seedDemoAccounts(dataSource, { hashPassword: hashDemoPasswordOnce });
    }
  } finally {
    await dataSource.destroy();
  }
};
