import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDataSource, runMigrations } from '../../src/database/data-source.js';
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

/** Runs the real migrations, and the real seed when asked, the way `main` does at start-up. */
export const prepareDatabase = async (url: string, options: { isSeeded: boolean }): Promise<void> => {
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    if (options.isSeeded) await seedWorkplan(dataSource);
  } finally {
    await dataSource.destroy();
  }
};
