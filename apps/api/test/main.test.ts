import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const mainJs = resolve(import.meta.dirname, '../dist/main.js');
const urlLine = /^Compact Tracker is running at (http:\/\/127\.0\.0\.1:\d+)$/m;

/** Resolves with the first stdout match of `pattern`, or rejects with the output if the process exits first. */
const waitForOutput = (child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpMatchArray> =>
  new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        child.stdout.off('data', onData);
        resolvePromise(match);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`main exited with ${code} before printing its URL:\n${output}`)));
  });

const waitForExit = (child: ChildProcessWithoutNullStreams): Promise<number | null> =>
  new Promise((resolvePromise) => (child.exitCode !== null ? resolvePromise(child.exitCode) : child.once('exit', resolvePromise)));

describe('npm start (dist/main.js) on an empty data folder', () => {
  let baseDir: string;
  let child: ChildProcessWithoutNullStreams | undefined;
  beforeAll(async () => {
    expect(existsSync(mainJs), 'build the api first (npm run build -w apps/api)').toBe(true);
    baseDir = await mkdtemp(join(tmpdir(), 'compact-tracker-main-'));
    await chmod(baseDir, 0o755);
    await mkdir(join(baseDir, 'web'));
    await writeFile(join(baseDir, 'web', 'index.html'), '<!doctype html><title>Compact Tracker</title>');
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGINT');
      await waitForExit(child);
    }
    await rm(baseDir, { recursive: true, force: true });
  });

  it('starts PostgreSQL, migrates, seeds, prints one URL, serves API and web app, and stops cleanly on SIGINT', async () => {
    const dataDir = join(baseDir, 'data');
    const startedAt = Date.now();
    child = spawn(process.execPath, [mainJs], {
      env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, WEB_DIST_DIR: join(baseDir, 'web'), NODE_ENV: 'production' },
    });
    const [, baseUrl] = await waitForOutput(child, urlLine);
    const secondsToListening = (Date.now() - startedAt) / 1000;
    expect(secondsToListening).toBeLessThan(30);

    expect(await (await fetch(`${baseUrl}/api/health`)).json()).toEqual({ status: 'ok', database: 'up' });
    const workplans = (await (await fetch(`${baseUrl}/api/workplans`)).json()) as { activityCount: number }[];
    expect(workplans.map((workplan) => workplan.activityCount)).toEqual([4]);
    const spaRoute = await fetch(`${baseUrl}/activities/x`);
    expect(spaRoute.status).toBe(200);
    expect(await spaRoute.text()).toBe('<!doctype html><title>Compact Tracker</title>');

    child.kill('SIGINT');
    expect(await waitForExit(child)).toBe(0);
    // PostgreSQL removes its pid file only when it has shut down.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  });
});
