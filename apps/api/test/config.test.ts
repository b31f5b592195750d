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
      security: { sessionIdleMinutes: 30, sessionAbsoluteHours: 12, cookieSecure: undefined, trustProxy: false, corsOrigins: [] },
      firstAdmin: undefined,
      housekeepingIntervalMinutes: 15,
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
        SESSION_IDLE_MINUTES: '15',
        SESSION_ABSOLUTE_HOURS: '8',
        COOKIE_SECURE: 'true',
        TRUST_PROXY: 'true',
        CORS_ORIGINS: 'https://tracker.example.org, https://partner.example:8443',
        FIRST_ADMIN_EMAIL: ' Admin@Tracker.Example.ORG ',
        FIRST_ADMIN_PASSWORD: 'a long first password',
        FIRST_ADMIN_DISPLAY_NAME: 'Nino',
        HOUSEKEEPING_INTERVAL_MINUTES: '60',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://tracker:secret@db.internal:5432/tracker',
      dataDir: '/var/lib/tracker',
      webDistDir: '/srv/web',
      nodeEnv: 'production',
      security: {
        sessionIdleMinutes: 15,
        sessionAbsoluteHours: 8,
        cookieSecure: true,
        trustProxy: true,
        corsOrigins: ['https://tracker.example.org', 'https://partner.example:8443'],
      },
      firstAdmin: { email: 'admin@tracker.example.org', password: 'a long first password', displayName: 'Nino' },
      housekeepingIntervalMinutes: 60,
    });
    expect(parseConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it('fails at once, naming every bad variable', () => {
    expect(() => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/tracker', NODE_ENV: 'staging' })).toThrow(
      /^Invalid environment: PORT must be a port number from 0 to 65535; DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL; NODE_ENV .+$/,
    );
    expect(() => parseConfig({ PORT: '70000' })).toThrow('Invalid environment: PORT must be a port number from 0 to 65535');
  });

  it('refuses bad security settings, naming each, and never echoes a password', () => {
    expect(() =>
      parseConfig({
        SESSION_IDLE_MINUTES: '0',
        SESSION_ABSOLUTE_HOURS: 'forever',
        COOKIE_SECURE: 'yes',
        CORS_ORIGINS: 'https://ok.example, *',
        FIRST_ADMIN_EMAIL: 'admin',
        FIRST_ADMIN_PASSWORD: 'short',
      }),
    ).toThrow(
      'Invalid environment: SESSION_IDLE_MINUTES must be a whole number from 1 to 1440; SESSION_ABSOLUTE_HOURS must be a whole number from 1 to 720; ' +
        'COOKIE_SECURE must be true or false; CORS_ORIGINS must be a comma-separated list of origins like https://tracker.example.org ("*" is not one); ' +
        'FIRST_ADMIN_EMAIL must be an email address; FIRST_ADMIN_PASSWORD must be at least 12 characters',
    );
    expect(() => parseConfig({ CORS_ORIGINS: 'https://tracker.example.org/app' })).toThrow(/CORS_ORIGINS must be a comma-separated list of origins/);
    expect(() => parseConfig({ FIRST_ADMIN_EMAIL: 'admin@tracker.example.org' })).toThrow(
      'Invalid environment: FIRST_ADMIN_PASSWORD is required when FIRST_ADMIN_EMAIL is set',
    );
  });

  it('reads HOUSEKEEPING_INTERVAL_MINUTES: 0 turns housekeeping off, empty means the default 15, anything else is refused', () => {
    expect(parseConfig({ HOUSEKEEPING_INTERVAL_MINUTES: '0' }).housekeepingIntervalMinutes).toBe(0);
    expect(parseConfig({ HOUSEKEEPING_INTERVAL_MINUTES: '1440' }).housekeepingIntervalMinutes).toBe(1440);
    expect(parseConfig({ HOUSEKEEPING_INTERVAL_MINUTES: '' }).housekeepingIntervalMinutes).toBe(15);
    for (const value of ['-1', '1441', '2.5', 'hourly']) {
      expect(() => parseConfig({ HOUSEKEEPING_INTERVAL_MINUTES: value }), value).toThrow(
        'Invalid environment: HOUSEKEEPING_INTERVAL_MINUTES must be a whole number from 0 to 1440',
      );
    }
  });
});
