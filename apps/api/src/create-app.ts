import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LogLevel } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter, sendErrorResponse, toFrameworkErrorResponse } from './common/api-exception-filter.js';
import { setUpOpenApi } from './common/openapi.js';
import { createRouteTable } from './common/route-table.js';
import { buildDataSourceOptions } from './database/data-source.js';
import { serveWebApp } from './web-app/serve-web-app.js';

/** Largest request body accepted, in bytes; commands are small JSON documents. */
export const maxBodyBytes = 1024 * 1024;

export type CreateAppOptions = {
  databaseUrl: string;
  webDistDir: string;
  logLevels?: LogLevel[] | false;
};

/**
 * Everything between the Nest app and the network, in one place, so the tests run exactly what `main` runs:
 * the /api prefix, the error filter, OpenAPI, and the web app on the same port.
 */
export const configureApp = async (app: NestFastifyApplication, options: Pick<CreateAppOptions, 'webDistDir'>): Promise<void> => {
  const fastify = app.getHttpAdapter().getInstance();
  // Bodies are JSON or nothing: plain text would reach the handlers as a string instead of a 415.
  fastify.removeContentTypeParser('text/plain');
  const routes = createRouteTable();
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
  const adapter = new FastifyAdapter({
    bodyLimit: maxBodyBytes,
    routerOptions: { ignoreTrailingSlash: true },
    // Nest leaves the router's own errors (a badly encoded URL) to Fastify's default body; answer them like any other.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => sendErrorResponse(reply, toFrameworkErrorResponse(error)),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(buildDataSourceOptions({ url: options.databaseUrl })), adapter, {
    logger: options.logLevels ?? ['error', 'warn'],
    // Throw on a failed start (e.g. no database) instead of killing the process from inside Nest.
    abortOnError: false,
    // Fastify's own JSON parser is all the API reads; Nest's adds a form parser the API has no use for.
    bodyParser: false,
  });
  try {
    await configureApp(app, options);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
};
