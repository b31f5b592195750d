import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiMain = join(dirname(fileURLToPath(import.meta.url)), '../../apps/api/dist/main.js');

const findFreePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const waitForHealth = async (baseUrl: string, app: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited with code ${app.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app was not healthy at ${baseUrl} within ${timeoutMs} ms`);
};

const stopApp = (app: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (app.exitCode !== null) return resolve();
    const forceKill = setTimeout(() => app.kill('SIGKILL'), 15_000);
    app.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    app.kill('SIGTERM');
  });

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
    await stopApp(app);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
