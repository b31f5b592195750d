import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { RouteConfig } from '@nestjs/platform-fastify';
import { baselineFileMediaTypes, maxBaselineFileBytes, type BaselineFileKind } from '@compact-tracker/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendErrorResponse } from '../common/api-exception-filter.js';

export type BaselineFile = { kind: BaselineFileKind; content: Buffer };

/** Marks a route whose body is a baseline file (CSV or XLSX) instead of JSON. */
export const TakesBaselineFile = () => RouteConfig({ takesBaselineFile: true });

const getFileKind = (request: FastifyRequest): BaselineFileKind | undefined => {
  const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return (Object.keys(baselineFileMediaTypes) as BaselineFileKind[]).find((kind) => baselineFileMediaTypes[kind] === mediaType);
};

/** The file a marked route received; an empty body is an empty file. */
export const toBaselineFile = (request: FastifyRequest): BaselineFile => {
  const kind = getFileKind(request);
  if (!kind) throw new Error('A baseline file route was reached with another media type');
  return { kind, content: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0) };
};

/** Fastify parses a body only when one is announced, whatever the method. */
const hasBody = (request: FastifyRequest): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

const unsupportedMediaType = (message: string) => ({ status: 415, body: { code: 'unsupported_media_type' as const, message } });

/**
 * Everywhere else bodies are JSON or nothing. Files are read as Buffers up to their own limit, by the routes marked
 * for them only: before the body is read, a marked route refuses any other media type and every other route refuses
 * a file (which would otherwise reach its handler as a Buffer instead of a 415).
 */
export const registerBaselineFileBodies = (fastify: FastifyInstance): void => {
  for (const mediaType of Object.values(baselineFileMediaTypes)) {
    fastify.addContentTypeParser(mediaType, { parseAs: 'buffer', bodyLimit: maxBaselineFileBytes }, (_request, body, done) => done(null, body));
  }
  fastify.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config ?? {};
    const takesFile = 'takesBaselineFile' in config && config.takesBaselineFile === true;
    const kind = getFileKind(request);
    if (takesFile && !kind) {
      sendErrorResponse(reply, unsupportedMediaType(`Send the file as ${baselineFileMediaTypes.csv} (UTF-8, comma separated) or ${baselineFileMediaTypes.xlsx}`));
      return reply;
    }
    if (!takesFile && kind && hasBody(request)) {
      sendErrorResponse(reply, unsupportedMediaType('Send the request body as application/json'));
      return reply;
    }
    return undefined;
  });
};

/**
 * Registers the file bodies once the routes exist and before the server is ready; its hook runs after the access
 * hook, so a caller without access hears 401/403, not 415.
 */
@Injectable()
export class BaselineFileBodies implements OnApplicationBootstrap {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify) registerBaselineFileBodies(fastify);
  }
}
