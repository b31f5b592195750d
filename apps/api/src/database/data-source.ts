import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';

// node-pg turns a `date` into a JS Date at local midnight, which shifts the day in some zones; a calendar day
// stays the string PostgreSQL sends (YYYY-MM-DD).
const dateTypeOid = 1082;
pg.types.setTypeParser(dateTypeOid, (value: string) => value);

// Migrations always load compiled: the generator, the app and the tests run exactly the same files.
const apiRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const migrationsGlob = resolve(apiRoot, 'dist/database/migrations/*.js');

export type DataSourceSettings = {
  url: string;
  /** Small pools for tests and one-off scripts; the app keeps pg's default. */
  poolSize?: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
};

/** The one options builder, used by the app, the tests and the migration generator. */
export const buildDataSourceOptions = (settings: DataSourceSettings): DataSourceOptions => ({
  type: 'postgres',
  url: settings.url,
  entities,
  migrations: [migrationsGlob],
  migrationsTableName: 'migrations',
  synchronize: false,
  migrationsRun: false,
  // gen_random_uuid() is built into PostgreSQL 13+, so no extension needs installing.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  applicationName: settings.applicationName ?? 'compact-tracker-api',
  ...(settings.poolSize === undefined ? {} : { poolSize: settings.poolSize }),
  logging: ['error', 'warn', 'migration'],
});

export const createDataSource = (settings: DataSourceSettings): DataSource => new DataSource(buildDataSourceOptions(settings));

/** Runs pending migrations, each in its own transaction; returns the names of the ones it ran. */
export const runMigrations = async (dataSource: DataSource): Promise<string[]> => {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
};
