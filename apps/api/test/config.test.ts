import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';

const repoRoot = resolve(import.meta.dirname, '../../..');

describe('parseConfig', () => {
  it('defaults to 127.0.0.1:3000, an embedded database in <repo>/.data, and the web build in apps/web/dist', () => {
    expect(parseConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: resolve(repoRoot, '.data'),
      webDistDir: resolve(repoRoot, 'apps/web/dist'),
      nodeEnv: 'development',
    });
  });

  it('reads every variable, and treats an empty one as unset', () => {
    expect(
      parseConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://tracker:secret@db.internal:5432/tracker',
        DATA_DIR: '/var/lib/tracker',
        WEB_DIST_DIR: '/srv/web',
        NODE_ENV: 'production',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://tracker:secret@db.internal:5432/tracker',
      dataDir: '/var/lib/tracker',
      webDistDir: '/srv/web',
      nodeEnv: 'production',
    });
    expect(parseConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it('fails at once, naming every bad variable', () => {
    expect(() => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/tracker', NODE_ENV: 'staging' })).toThrow(
      /^Invalid environment: PORT must be a port number from 0 to 65535; DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL; NODE_ENV .+$/,
    );
    expect(() => parseConfig({ PORT: '70000' })).toThrow('Invalid environment: PORT must be a port number from 0 to 65535');
  });
});
