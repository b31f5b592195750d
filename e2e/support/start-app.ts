import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMain, findFreePort, stopProcess, waitForHealth } from './app-process.js';

/**
 * Starts the built app as `npm start` would, on a fresh embedded database in a temporary data folder
 * and a free port, so every run begins from the seeded 2021 workplan and nothing else.
 */
export default async function startApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'compact-tracker-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [apiMain], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHealth(baseUrl, app, 90_000);
  process.env.E2E_BASE_URL = baseUrl;

  return async () => {
    await stopProcess(app);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
