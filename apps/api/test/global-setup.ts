import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { createTestDatabase, prepareDatabase, type TestDatabase } from './support/database.js';

// Module augmentation only works on an interface.
declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated and seeded database that tests only read from. */
    databaseUrl: string;
    /** The server's maintenance database, for tests that need a database of their own. */
    adminDatabaseUrl: string;
  }
}

let server: EmbeddedDatabase | undefined;
let database: TestDatabase | undefined;

/**
 * One PostgreSQL for the whole run: a throw-away embedded server, or, with DATABASE_URL set, a fresh database on
 * that server (dropped afterwards). Migrated and seeded once; tests that write make their own database.
 */
export const setup = async (project: TestProject): Promise<void> => {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ mode: 'temporary', databaseName: 'postgres' });
    adminUrl = server.adminUrl;
  }
  database = await createTestDatabase(adminUrl, 'compact_tracker_test');
  await prepareDatabase(database.url, { isSeeded: true });
  project.provide('databaseUrl', database.url);
  project.provide('adminDatabaseUrl', adminUrl);
};

export const teardown = async (): Promise<void> => {
  await database?.drop();
  await server?.stop();
};
