import { pipeline, Readable } from 'node:stream';
import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises';
import { constants as zlibConstants, createGzip } from 'node:zlib';
import {
  baselineImportProgressMediaType,
  isDomainError,
  type BaselineImportResultLine,
  type BaselineImportStreamLine,
  type BaselineImportView,
} from '@compact-tracker/domain';
import { Logger, StreamableFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { internalErrorResponse, toDomainErrorResponse, type ErrorResponse } from '../common/api-exception-filter.js';
import { isUniqueViolation } from '../common/sql.js';
import { ImportAbandoned, type ReportImportProgress } from './baseline-import-progress.js';
import { BaselineImportRefusal, toRefusalResponse } from './baseline-import-refusal.js';

const logger = new Logger('BaselineImport');

/** True when a header such as Accept or Accept-Encoding lists `token`, and not with q=0. */
const isListed = (header: string | undefined, token: string): boolean =>
  (header ?? '').split(',').some((range) => {
    const [name, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    return name === token && !parameters.some((parameter) => /^q=0(?:\.0{0,3})?$/.test(parameter));
  });

export const acceptsImportProgress = (request: FastifyRequest): boolean => isListed(request.headers.accept, baselineImportProgressMediaType);

/** What the same request answers without progress when it fails, as the app's filters would map the error. */
const toErrorResult = (error: unknown): ErrorResponse => {
  if (error instanceof BaselineImportRefusal) return toRefusalResponse(error);
  if (isDomainError(error)) return toDomainErrorResponse(error);
  if (isUniqueViolation(error)) return { status: 409, body: { code: 'conflict', message: 'This conflicts with an existing record; reload and try again' } };
  logger.error(`A baseline import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return internalErrorResponse;
};

const toErrorLine = (error: unknown): BaselineImportResultLine => {
  const { status, body } = toErrorResult(error);
  return { type: 'result', status, body };
};

/**
 * Runs an import and answers its progress as NDJSON: progress lines as it reports them, then exactly one result line,
 * the status and body it would have answered without progress. The 200 is sent with the first line, so failures after
 * it travel in the result line. When the client goes away (the response closes and the stream is destroyed), the
 * next report throws ImportAbandoned: the import stops and its transaction rolls back.
 */
export const streamImportProgress = (runImport: (report: ReportImportProgress) => Promise<BaselineImportView>): Readable => {
  const lines = new Readable({ read: () => undefined });
  const send = (line: BaselineImportStreamLine) => {
    if (!lines.destroyed) lines.push(`${JSON.stringify(line)}\n`);
  };
  const report: ReportImportProgress = async (phase, done, total) => {
    if (lines.destroyed) throw new ImportAbandoned();
    send({ type: 'progress', phase, done, total });
    // The line leaves, and other requests are served, before the next step of the import.
    await nextTurnOfEventLoop();
    if (lines.destroyed) throw new ImportAbandoned();
  };
  void runImport(report)
    .then(
      (body) => send({ type: 'result', status: 200, body }),
      (error: unknown) => {
        if (!(error instanceof ImportAbandoned)) send(toErrorLine(error));
      },
    )
    .finally(() => {
      if (!lines.destroyed) lines.push(null);
    });
  return lines;
};

/**
 * The lines as the response body, each sent as soon as it is written. @fastify/compress would hold them back until its
 * buffer fills (and does not compress application/x-ndjson), so the lines are gzipped here, flushed one by one: the
 * preview in the result line (1.3 MB of JSON for 10,000 rows) still travels compressed. `X-Accel-Buffering: no` asks a
 * reverse proxy (nginx) not to hold them back either.
 */
export const toImportProgressResponse = (request: FastifyRequest, reply: FastifyReply, lines: Readable): StreamableFile => {
  const type = `${baselineImportProgressMediaType}; charset=utf-8`;
  void reply.header('x-accel-buffering', 'no');
  if (!isListed(request.headers['accept-encoding'], 'gzip')) return new StreamableFile(lines, { type });
  const vary = reply.getHeader('vary');
  // CORS may have said Vary: Origin already.
  void reply.header('content-encoding', 'gzip').header('vary', [vary, 'accept-encoding'].flat().filter(Boolean).join(', '));
  // When the client goes and the response closes, pipeline destroys the lines too, which stops the import.
  return new StreamableFile(pipeline(lines, createGzip({ flush: zlibConstants.Z_SYNC_FLUSH }), () => undefined), { type });
};
