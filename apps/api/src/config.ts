import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emailSchema, passwordSchema } from '@compact-tracker/domain';
import { z } from 'zod';

// src/config.ts and dist/config.js sit at the same depth, so the defaults hold for both.
const apiRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(apiRoot, '../..');

export const defaultDataDir = resolve(repoRoot, '.data');
export const defaultWebDistDir = resolve(repoRoot, 'apps/web/dist');

// `PORT= npm start` means "use the default", not "an empty port".
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const portMessage = 'must be a port number from 0 to 65535';
const booleanMessage = 'must be true or false';
const booleanFlag = z.enum(['true', 'false'], { error: booleanMessage }).transform((value) => value === 'true');
const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

/** A comma-separated list of origins such as https://tracker.example.org, each exactly scheme://host[:port]. */
const originList = z.string().transform((value, context) => {
  const origins = value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of origins) {
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      context.addIssue({ code: 'custom', message: `must be a comma-separated list of origins like https://tracker.example.org ("${origin}" is not one)` });
    }
  }
  return origins;
});

const envSchema = z.object({
  PORT: optional(z.coerce.number({ error: portMessage }).int(portMessage).min(0, portMessage).max(65535, portMessage).default(3000)),
  HOST: optional(z.string().min(1).default('127.0.0.1')),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional()),
  DATA_DIR: optional(z.string().min(1).default(defaultDataDir)),
  WEB_DIST_DIR: optional(z.string().min(1).default(defaultWebDistDir)),
  NODE_ENV: optional(z.enum(['development', 'production', 'test']).default('development')),
  SESSION_IDLE_MINUTES: optional(wholeNumber(1, 24 * 60).default(30)),
  SESSION_ABSOLUTE_HOURS: optional(wholeNumber(1, 30 * 24).default(12)),
  COOKIE_SECURE: optional(booleanFlag.optional()),
  TRUST_PROXY: optional(booleanFlag.default(false)),
  CORS_ORIGINS: optional(originList.default([])),
  HOUSEKEEPING_INTERVAL_MINUTES: optional(wholeNumber(0, 24 * 60).default(15)),
  FIRST_ADMIN_EMAIL: optional(emailSchema.optional()),
  FIRST_ADMIN_PASSWORD: optional(passwordSchema.optional()),
  FIRST_ADMIN_DISPLAY_NAME: optional(z.string().trim().min(1).max(200).default('Administrator')),
});

export type AppConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webDistDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  security: SecurityConfig;
  /** Set when both FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD are. */
  firstAdmin: FirstAdminConfig | undefined;
  /** Minutes between deletions of ended sessions and outdated security records; 0 turns them off. */
  housekeepingIntervalMinutes: number;
};

export type SecurityConfig = {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** true/false forces the cookie's Secure flag; undefined sets it when the request came over HTTPS. */
  cookieSecure: boolean | undefined;
  /** Behind a reverse proxy: read the client address and protocol from X-Forwarded-For / X-Forwarded-Proto. */
  trustProxy: boolean;
  /** Other origins allowed to call the API with the session cookie (CORS and the CSRF Origin check). */
  corsOrigins: string[];
};

export type FirstAdminConfig = { email: string; password: string; displayName: string };

export const defaultSecurityConfig: SecurityConfig = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  cookieSecure: undefined,
  trustProxy: false,
  corsOrigins: [],
};

/** Parses the environment once at start-up; throws one error that names every bad variable. */
export const parseConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  const parsed = result.data;
  if ((parsed.FIRST_ADMIN_EMAIL === undefined) !== (parsed.FIRST_ADMIN_PASSWORD === undefined)) {
    const missing = parsed.FIRST_ADMIN_EMAIL === undefined ? 'FIRST_ADMIN_EMAIL' : 'FIRST_ADMIN_PASSWORD';
    throw new Error(`Invalid environment: ${missing} is required when ${missing === 'FIRST_ADMIN_EMAIL' ? 'FIRST_ADMIN_PASSWORD' : 'FIRST_ADMIN_EMAIL'} is set`);
  }
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: resolve(parsed.DATA_DIR),
    webDistDir: resolve(parsed.WEB_DIST_DIR),
    nodeEnv: parsed.NODE_ENV,
    security: {
      sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: parsed.SESSION_ABSOLUTE_HOURS,
      cookieSecure: parsed.COOKIE_SECURE,
      trustProxy: parsed.TRUST_PROXY,
      corsOrigins: parsed.CORS_ORIGINS,
    },
    firstAdmin:
      parsed.FIRST_ADMIN_EMAIL !== undefined && parsed.FIRST_ADMIN_PASSWORD !== undefined
        ? { email: parsed.FIRST_ADMIN_EMAIL, password: parsed.FIRST_ADMIN_PASSWORD, displayName: parsed.FIRST_ADMIN_DISPLAY_NAME }
        : undefined,
    housekeepingIntervalMinutes: parsed.HOUSEKEEPING_INTERVAL_MINUTES,
  };
};
