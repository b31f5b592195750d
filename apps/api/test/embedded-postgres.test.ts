import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';

const query = async (url: string, sql: string): Promise<Record<string, unknown>[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

/** The pid of a process that has certainly exited: a killed run's postmaster.pid points at one of these. */
const getDeadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
};

describe('embedded PostgreSQL in a data folder', () => {
  let dataDir: string;
  let server: EmbeddedDatabase | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'compact-tracker-data-'));
    // mkdtemp makes it 0700; under root, PostgreSQL runs as the `postgres` user, which must reach inside.
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps data and password across restarts, listens on 127.0.0.1 only, and survives a stale postmaster.pid', async () => {
    server = await startEmbeddedPostgres({ mode: 'persistent', dataDir, databaseName: 'compact_tracker' });
    expect(server.clusterDir).toBe(join(dataDir, 'postgres'));
    expect(server.url).toMatch(new RegExp(`^postgres://postgres:[0-9a-f]{48}@127\\.0\\.0\\.1:${server.port}/compact_tracker$`));
    expect(await query(server.url, 'SHOW listen_addresses')).toEqual([{ listen_addresses: '127.0.0.1' }]);
    await query(server.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    const passwordFile = join(dataDir, 'postgres-password');
    const password = await readFile(passwordFile, 'utf8');
    expect((await stat(passwordFile)).mode & 0o777).toBe(0o600);
    await server.stop();

    // What a run killed with SIGKILL leaves behind.
    await writeFile(join(server.clusterDir, 'postmaster.pid'), `${getDeadPid()}\n${server.clusterDir}\n`);

    server = await startEmbeddedPostgres({ mode: 'persistent', dataDir, databaseName: 'compact_tracker' });
    expect(await query(server.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    expect(await readFile(passwordFile, 'utf8')).toBe(password);
    await server.stop();
    server = undefined;
  });
});
