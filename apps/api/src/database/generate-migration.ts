import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from './data-source.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * Writes the migration that brings a database migrated with every existing migration up to the entities:
 *   npm run build -w apps/api && npm run migration:generate -w apps/api -- AddSomething
 * With `--check` it writes nothing and exits 1 when a migration would be generated (for CI drift checks).
 * It runs against a throw-away embedded PostgreSQL, so no database of yours is touched.
 */

type SqlQuery = { query: string; parameters?: unknown[] | undefined };

const migrationsSourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');

const quoteForTemplate = (sql: string) => sql.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');

const renderQuery = ({ query, parameters }: SqlQuery) =>
  `        await queryRunner.query(\`${quoteForTemplate(query)}\`${parameters?.length ? `, ${JSON.stringify(parameters)}` : ''});`;

/** The same class shape as TypeORM's own `migration:generate`. */
export const renderMigration = (name: string, timestamp: number, up: SqlQuery[], down: SqlQuery[]): string => {
  const className = `${name}${timestamp}`;
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
    name = '${className}';

    public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(renderQuery).join('\n')}
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
${[...down].reverse().map(renderQuery).join('\n')}
    }
}
`;
};

export const getPendingSchemaChanges = async (dataSource: DataSource): Promise<{ up: SqlQuery[]; down: SqlQuery[] }> => {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return { up: sql.upQueries, down: sql.downQueries };
};

const generateMigration = async (args: string[]): Promise<number> => {
  const isCheck = args.includes('--check');
  const name = args.find((arg) => !arg.startsWith('--'));
  if (!isCheck && (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name))) {
    console.error('Usage: npm run migration:generate -w apps/api -- <PascalCaseName> [--check]');
    return 2;
  }

  const database = await startEmbeddedPostgres({ mode: 'temporary', databaseName: 'migration_generator' });
  const dataSource = createDataSource({ url: database.url, poolSize: 2, applicationName: 'compact-tracker-migrations' });
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    const { up, down } = await getPendingSchemaChanges(dataSource);
    if (up.length === 0) {
      console.log('The migrations match the entities: nothing to generate.');
      return 0;
    }
    if (isCheck) {
      console.error(`The entities differ from the migrations (${up.length} statements pending):`);
      for (const query of up) console.error(`  ${query.query}`);
      return 1;
    }
    const timestamp = Date.now();
    const file = resolve(migrationsSourceDir, `${timestamp}-${name}.ts`);
    await mkdir(migrationsSourceDir, { recursive: true });
    await writeFile(file, renderMigration(name as string, timestamp, up, down));
    console.log(`Wrote ${relative(process.cwd(), file)} (${up.length} statements). Build again to run it.`);
    return 0;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
};

const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  // embedded-postgres would otherwise turn every exit code into 0.
  generateMigration(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
