import { type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built app, started the way `npm start` starts it. */
export const apiMain = join(dirname(fileURLToPath(import.meta.url)), '../../apps/api/dist/main.js');

export const findFreePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export const waitForHealth = async (baseUrl: string, app: ChildProcess, timeoutMs: number) => {
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

export const stopProcess = (app: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (app.exitCode !== null || app.signalCode !== null) return resolve();
    const forceKill = setTimeout(() => app.kill('SIGKILL'), 15_000);
    app.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    app.kill('SIGTERM');
  });
