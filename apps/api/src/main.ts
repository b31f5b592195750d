import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { parseConfig } from './config.js';
import { createApp } from './create-app.js';
import { HousekeepingService } from './housekeeping/housekeeping.service.js';
import { runMigrations } from './database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { demoAccountPassword } from '@compact-tracker/domain';
import { ensureFirstAdmin, findDemoSignIns, seedDemoAccounts } from './database/seed-accounts.js';
import { seedReferenceFrameworks } from './database/seed-frameworks.js';
import { seedReadinessCriteria } from './database/seed-readiness.js';
import { seedWorkplan } from './database/seed-workplan.js';

const appDatabaseName = 'compact_tracker';

const formatUrl = (host: string, port: number) => {
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${port}`;
};

const start = async (): Promise<void> => {
  let embedded: EmbeddedDatabase | undefined;
  let app: NestFastifyApplication | undefined;
  let isShuttingDown = false;

  // App first (no new requests, pool closed), then the database it was using. Exit explicitly: embedded-postgres
  // would otherwise decide the exit code.
  const shutDown = async (exitCode: number): Promise<never> => {
    if (!isShuttingDown) {
      isShuttingDown = true;
      await app?.close().catch((error: unknown) => console.error('Closing the app failed:', error));
      await embedded?.stop().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error));
    }
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutDown(0));
  process.once('SIGTERM', () => void shutDown(0));

  try {
    const config = parseConfig();
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ mode: 'persistent', dataDir: config.dataDir, databaseName: appDatabaseName });
      databaseUrl = embedded.url;
    }
    app = await createApp({ databaseUrl, webDistDir: config.webDistDir, security: config.security });
    const dataSource = app.get(DataSource);
    const applied = await runMigrations(dataSource);
    const seeded = await seedWorkplan(dataSource);
    const frameworks = await seedReferenceFrameworks(dataSource);
    const readiness = await seedReadinessCriteria(dataSource);
    const isProduction = config.nodeEnv === 'production';
    const demoAccounts = isProduction ? 'not_in_production' : await seedDemoAccounts(dataSource);
    const firstAdmin = await ensureFirstAdmin(dataSource, config.firstAdmin, { isRequired: isProduction });
    await app.listen({ port: config.port, host: config.host });

    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`Compact Tracker is running at ${formatUrl(config.host, port)}`);
    console.log(
      embedded
        ? `Database: embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${embedded.clusterDir}`
        : 'Database: external PostgreSQL from DATABASE_URL',
    );
    if (applied.length > 0) console.log(`Migrations applied: ${applied.join(', ')}`);
    if (seeded === 'seeded') console.log('Seeded the 2021 workplan of the UN Network on Migration in Georgia');
    if (frameworks === 'seeded') console.log('Seeded the reference frameworks (GCM, SDG) and the placeholder strategy goals');
    if (readiness === 'seeded') console.log('Opened the readiness review for the IMRF with its default criteria');
    if (firstAdmin === 'created') console.log(`Created the first admin account: ${config.firstAdmin?.email}`);
    if (demoAccounts !== 'not_in_production') {
      const demoSignIns = await findDemoSignIns(dataSource);
      if (demoSignIns.length > 0) {
        console.log(`DEMO sign-ins (demo accounts for trying the app out; never created when NODE_ENV=production), password: ${demoAccountPassword}`);
        for (const user of demoSignIns) console.log(`  ${user.role.padEnd(13)} ${user.email}`);
      }
    }
    // Nest's own start-up lines are 'log' level too, so the level opens only now: for the housekeeping line.
    app.useLogger(['error', 'warn', 'log']);
    // Started only here, once the migrations have made its tables: apps built by createApp (every API test) run no
    // timer, so none can slow or disturb them; the housekeeping tests call its run() directly.
    await app.get(HousekeepingService).start(config.housekeepingIntervalMinutes);
  } catch (error) {
    console.error('Compact Tracker could not start:', error instanceof Error ? error.message : error);
    await shutDown(1);
  }
};

await start();
