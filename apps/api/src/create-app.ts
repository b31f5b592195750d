import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LogLevel } from '@nestjs/common';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { registerAccessHook } from './access/access-hook.js';
import { csrfHeader } from './access/csrf.js';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter, handleClientError, sendErrorResponse, toFrameworkErrorResponse } from './common/api-exception-filter.js';
import { setUpOpenApi } from './common/openapi.js';
import { createRouteTable, type RouteTable } from './common/route-table.js';
import { registerSecurityHeaders } from './common/security-headers.js';
import { defaultSecurityConfig, type SecurityConfig } from './config.js';
import { buildDataSourceOptions } from './database/data-source.js';
import { serveWebApp } from './web-app/serve-web-app.js';

/** Largest request body accepted, in bytes; commands are small JSON documents. */
export const maxBodyBytes = 1024 * 1024;

export type CreateAppOptions = {
  databaseUrl: string;
  webDistDir: string;
  logLevels?: LogLevel[] | false;
  security?: SecurityConfig;
};

const routeTables = new WeakMap<NestFastifyApplication, RouteTable>();

/** The /api routes the app registered, as `METHOD /pattern` (HEAD included), for the access-matrix test. */
export const listApiRoutes = (app: NestFastifyApplication): string[] => routeTables.get(app)?.list() ?? [];

/** Headers a browser on an allow-listed origin may send and read; the session cookie comes along. */
const corsOptions = (origins: string[]) => ({
  origin: origins,
  credentials: true,
  methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
  allowedHeaders: ['Content-Type', 'If-Match', 'Idempotency-Key', csrfHeader.name],
  exposedHeaders: ['ETag', 'Location', 'Retry-After'],
  maxAge: 600,
});

/**
 * Everything between the Nest app and the network, in one place, so the tests run exactly what `main` runs:
 * security headers, cookies, compression, CORS, the access hook, the /api prefix, the error filter, OpenAPI, and the web app on
 * the same port.
 */
export const configureApp = async (app: NestFastifyApplication, options: Pick<CreateAppOptions, 'webDistDir' | 'security'>): Promise<void> => {
  const security = options.security ?? defaultSecurityConfig;
  const fastify = app.getHttpAdapter().getInstance();
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  // A 2,000-activity workplan is 1.5 MB of JSON; compressed it travels as a tenth of that.
  await app.register(fastifyCompress, { threshold: 1024 });
  // No allow-list, no CORS at all: other origins get no Access-Control-* headers and no preflight route.
  if (security.corsOrigins.length > 0) await app.register(fastifyCors, corsOptions(security.corsOrigins));
  registerAccessHook(app);
  // Bodies are JSON or nothing: plain text would reach the handlers as a string instead of a 415.
  fastify.removeContentTypeParser('text/plain');
  const routes = createRouteTable();
  routeTables.set(app, routes);
  fastify.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) routes.add(method, route.url);
  });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ApiExceptionFilter(routes));
  setUpOpenApi(app);
  await serveWebApp(app, options.webDistDir);
};

/** Builds and initialises the app (routes registered, database connected); the caller decides to listen. */
export const createApp = async (options: CreateAppOptions): Promise<NestFastifyApplication> => {
  const security = options.security ?? defaultSecurityConfig;
  const adapter = new FastifyAdapter({
    bodyLimit: maxBodyBytes,
    trustProxy: security.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    // Nest leaves the router's own errors (a badly encoded URL) to Fastify's default body; answer them like any other.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => sendErrorResponse(reply, toFrameworkErrorResponse(error)),
    clientErrorHandler: handleClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(buildDataSourceOptions({ url: options.databaseUrl }), security), adapter, {
    logger: options.logLevels ?? ['error', 'warn'],
    // Throw on a failed start (e.g. no database) instead of killing the process from inside Nest.
    abortOnError: false,
    // Fastify's own JSON parser is all the API reads; Nest's adds a form parser the API has no use for.
    bodyParser: false,
  });
  try {
    await configureApp(app, { webDistDir: options.webDistDir, security });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
};
