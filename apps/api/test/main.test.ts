import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoAccountPassword } from '@compact-tracker/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const mainJs = resolve(import.meta.dirname, '../dist/main.js');
const urlLine = /^Compact Tracker is running at (http:\/\/127\.0\.0\.1:\d+)$/m;

type Started = { child: ChildProcessWithoutNullStreams; output: () => string };

/** Starts dist/main.js with the given environment on top of the test's own, collecting everything it prints. */
const startMain = (env: Record<string, string>): Started => {
  const child = spawn(process.execPath, [mainJs], { env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
};

/** Resolves with the first match of `pattern` in the output, or rejects with the output if the process exits first. */
const waitForOutput = ({ child, output }: Started, pattern: RegExp): Promise<RegExpMatchArray> =>
  new Promise((resolvePromise, reject) => {
    const check = () => {
      const match = output().match(pattern);
      if (!match) return;
      child.stdout.off('data', check);
      resolvePromise(match);
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`main exited with ${code} before printing ${pattern}:\n${output()}`)));
    check();
  });

const waitForExit = (child: ChildProcessWithoutNullStreams): Promise<number | null> =>
  new Promise((resolvePromise) => (child.exitCode !== null ? resolvePromise(child.exitCode) : child.once('exit', resolvePromise)));

const signIn = (baseUrl: string, email: string, password: string) =>
  fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'compact-tracker' },
    body: JSON.stringify({ email, password }),
  });

describe('npm start (dist/main.js) on an empty data folder', () => {
  let baseDir: string;
  let webDir: string;
  let running: Started | undefined;
  beforeAll(async () => {
    expect(existsSync(mainJs), 'build the api first (npm run build -w apps/api)').toBe(true);
    baseDir = await mkdtemp(join(tmpdir(), 'compact-tracker-main-'));
    await chmod(baseDir, 0o755);
    webDir = join(baseDir, 'web');
    await mkdir(webDir);
    await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Compact Tracker</title>');
  });
  afterEach(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGINT');
      await waitForExit(running.child);
    }
    running = undefined;
  });
  afterAll(async () => {
    await rm(baseDir, { recursive: true, force: true });
  });

  it('starts PostgreSQL, migrates, seeds, prints one URL and the demo sign-ins, serves API and web app, and stops cleanly on SIGINT', async () => {
    const dataDir = join(baseDir, 'development');
    const startedAt = Date.now();
    running = startMain({ DATA_DIR: dataDir, WEB_DIST_DIR: webDir, NODE_ENV: 'development' });
    const [, baseUrl] = await waitForOutput(running, urlLine);
    expect((Date.now() - startedAt) / 1000).toBeLessThan(30);
    await waitForOutput(running, /viewer +viewer@compact-tracker\.example/);
    expect(running.output()).toContain(
      [
        `DEMO sign-ins (demo accounts for trying the app out; never created when NODE_ENV=production), password: ${demoAccountPassword}`,
        '  admin         admin@compact-tracker.example',
        '  co_chair      iom.cochair@compact-tracker.example',
        '  co_chair      rco.cochair@compact-tracker.example',
        '  expert        expert@compact-tracker.example',
        '  scmi_reviewer scmi@compact-tracker.example',
        '  viewer        viewer@compact-tracker.example',
      ].join('\n'),
    );

    expect(await (await fetch(`${baseUrl}/api/health`)).json()).toEqual({ status: 'ok', database: 'up' });
    const workplans = (await (await fetch(`${baseUrl}/api/workplans`)).json()) as { activityCount: number }[];
    expect(workplans.map((workplan) => workplan.activityCount)).toEqual([4]);
    const spaRoute = await fetch(`${baseUrl}/activities/x`);
    expect(spaRoute.status).toBe(200);
    expect(await spaRoute.text()).toBe('<!doctype html><title>Compact Tracker</title>');

    // A printed sign-in works over real HTTP, and its cookie opens the session.
    const signedIn = await signIn(baseUrl as string, 'iom.cochair@compact-tracker.example', demoAccountPassword);
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(await (await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } })).json()).toMatchObject({ user: { role: 'co_chair' } });

    running.child.kill('SIGINT');
    expect(await waitForExit(running.child)).toBe(0);
    // PostgreSQL removes its pid file only when it has shut down.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  });

  it('in production: refuses to start without an admin or FIRST_ADMIN_*, creates the first admin from them, and never the demo accounts', async () => {
    const dataDir = join(baseDir, 'production');
    const production = { DATA_DIR: dataDir, WEB_DIST_DIR: webDir, NODE_ENV: 'production' };
    const refused = startMain({ ...production, FIRST_ADMIN_EMAIL: '', FIRST_ADMIN_PASSWORD: '' });
    expect(await waitForExit(refused.child)).toBe(1);
    expect(refused.output()).toContain(
      'Compact Tracker could not start: No admin account exists. Set FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD (at least 12 characters), and optionally FIRST_ADMIN_DISPLAY_NAME, to create the first admin.',
    );
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    running = startMain({ ...production, FIRST_ADMIN_EMAIL: 'Admin@Tracker.Example.org', FIRST_ADMIN_PASSWORD: 'a long first password' });
    const [, baseUrl] = await waitForOutput(running, urlLine);
    await waitForOutput(running, /Created the first admin account: admin@tracker\.example\.org/);
    expect(running.output()).not.toMatch(/DEMO|compact-tracker\.example|georgia-2021-demo|a long first password/);
    expect((await signIn(baseUrl as string, 'admin@compact-tracker.example', demoAccountPassword)).status).toBe(401);
    expect((await signIn(baseUrl as string, 'admin@tracker.example.org', 'a long first password')).status).toBe(200);
  });
});
