import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { internalErrorResponse, sendErrorResponse } from '../common/api-exception-filter.js';
import { AccessControl } from './access-control.js';

/**
 * Puts the access check in front of every route as a Fastify onRequest hook: it sees Fastify's route pattern
 * (also of routes Nest does not own, such as the docs), and refuses before the body is even read. A failure of the
 * check itself refuses too, with a bare 500.
 */
export const registerAccessHook = (app: NestFastifyApplication): void => {
  const fastify = app.getHttpAdapter().getInstance();
  const access = app.get(AccessControl);
  const logger = new Logger('AccessControl');
  fastify.decorateRequest('actor', null);
  fastify.addHook('onRequest', async (request, reply) => {
    try {
      if (await access.refuse(request, reply)) return reply;
    } catch (error) {
      logger.error(`${request.method} ${request.url} failed before its handler: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendErrorResponse(reply, internalErrorResponse);
      return reply;
    }
    return undefined;
  });
};
