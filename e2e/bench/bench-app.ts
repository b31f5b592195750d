import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMain, findFreePort, stopProcess, waitForHealth } from '../support/app-process.js';

export type BenchApp = {
  baseUrl: string;
  /** The embedded PostgreSQL's app database, to seed directly. */
  databaseUrl: string;
  stop: () => Promise<void>;
};

/**
 * Starts the built app as the e2e setup does (fresh embedded database in a temporary data folder, a free port) and
 * reads the database's port from the app's start-up line and its password from the data folder, so the benchmark
 * can seed rows straight into PostgreSQL.
 */
export const startBenchApp = async (): Promise<BenchApp> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'compact-tracker-bench-'));
  // Under root the embedded PostgreSQL runs as the `postgres` user, which must reach the folder.
  chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [apiMain], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  app.stdout?.setEncoding('utf8');
  app.stdout?.on('data', (chunk: string) => {
    output += chunk;
  });

  const stop = async () => {
    await stopProcess(app);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, app, 120_000);
    const databasePort = output.match(/Database: embedded PostgreSQL on 127\.0\.0\.1:(\d+)/)?.[1];
    if (!databasePort) throw new Error(`the app did not say which port its embedded PostgreSQL uses; it printed:\n${output}`);
    const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
    return { baseUrl, databaseUrl: `postgres://postgres:${password}@127.0.0.1:${databasePort}/compact_tracker`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
