import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const envSchema = z.object({
  PORT: optional(z.coerce.number({ error: portMessage }).int(portMessage).min(0, portMessage).max(65535, portMessage).default(3000)),
  HOST: optional(z.string().min(1).default('127.0.0.1')),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional()),
  DATA_DIR: optional(z.string().min(1).default(defaultDataDir)),
  WEB_DIST_DIR: optional(z.string().min(1).default(defaultWebDistDir)),
  NODE_ENV: optional(z.enum(['development', 'production', 'test']).default('development')),
});

export type AppConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webDistDir: string;
  nodeEnv: 'development' | 'production' | 'test';
};

/** Parses the environment once at start-up; throws one error that names every bad variable. */
export const parseConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: resolve(parsed.DATA_DIR),
    webDistDir: resolve(parsed.WEB_DIST_DIR),
    nodeEnv: parsed.NODE_ENV,
  };
};
