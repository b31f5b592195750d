import { isDomainError, type DomainError, type DomainErrorCode, type ErrorBody } from '@compact-tracker/domain';
import { Catch, HttpException, Logger, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RouteTable } from './route-table.js';
import { isUniqueViolation } from './sql.js';

/** Codes the API adds to the domain's for what goes wrong before a request reaches a handler. */
export type HttpErrorCode =
  | 'malformed_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'bad_request'
  | 'internal_error';
export type ApiErrorCode = DomainErrorCode | HttpErrorCode;

export type ErrorResponse = {
  status: number;
  body: ErrorBody & { code: ApiErrorCode };
  headers?: Record<string, string>;
};

/**
 * One place decides the status of each domain error. `invalid_status_transition` is 409 like `conflict`: both
 * refuse a change because of the resource's current state; clients tell them apart by `code`
 * (reload and retry for `conflict`, pick another status for `invalid_status_transition`). A stale `If-Match`
 * is 412, a missing one 428; `csrf_rejected` is 403 like `forbidden`, but says what to fix.
 */
export const getDomainErrorStatus = (code: DomainErrorCode): number => {
  switch (code) {
    case 'validation_failed':
      return 400;
    case 'unknown_time_zone':
      return 400;
    case 'not_found':
      return 404;
    case 'invalid_status_transition':
      return 409;
    case 'conflict':
      return 409;
    case 'unauthenticated':
      return 401;
    case 'invalid_credentials':
      return 401;
    case 'forbidden':
      return 403;
    case 'csrf_rejected':
      return 403;
    case 'precondition_failed':
      return 412;
    case 'idempotency_key_reused':
      return 422;
    case 'precondition_required':
      return 428;
    case 'too_many_attempts':
      return 429;
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped domain error code ${String(unhandled)}`);
    }
  }
};

export const internalErrorResponse: ErrorResponse = { status: 500, body: { code: 'internal_error', message: 'Unexpected error' } };

const getFastifyErrorCode = (exception: HttpException): string | undefined => {
  const cause = exception.cause;
  return typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
};

/** Fastify's own request errors (body parsing, limits), which Nest hands over wrapped in an HttpException. */
const mapFastifyError = (fastifyCode: string | undefined): ErrorResponse | undefined => {
  switch (fastifyCode) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, body: { code: 'malformed_json', message: 'The request body is not valid JSON' } };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, body: { code: 'malformed_json', message: 'The request body is empty but its Content-Type is application/json' } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: { code: 'payload_too_large', message: 'The request body is too large' } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: { code: 'unsupported_media_type', message: 'Send the request body as application/json' } };
    default:
      return undefined;
  }
};

/** Errors of Fastify's router, raised before Nest sees the request (a badly encoded URL, an over-long parameter). */
export const toFrameworkErrorResponse = (error: { statusCode?: number; code?: string }): ErrorResponse => {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const message = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path segment of the URL is too long' : 'The URL is not valid';
  return { status, body: { code: 'bad_request', message } };
};

type ClientError = Error & { code?: string };
type ClientSocket = { destroyed: boolean; writable: boolean; write: (data: string) => unknown; destroy: (error?: Error) => void };

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers over 16 KiB, a broken request line)
 * still answer in the API's shape, like Fastify's own handler but with `{ code, message }`.
 */
export const handleClientError = (error: ClientError, socket: ClientSocket): void => {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, body]: [number, string, ErrorBody] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', { code: 'bad_request', message: 'The request headers are too large' }]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', { code: 'bad_request', message: 'The request took too long to arrive' }]
        : [400, 'Bad Request', { code: 'bad_request', message: 'The request is not valid HTTP' }];
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(json)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy(error);
};

export const sendErrorResponse = (reply: FastifyReply, response: ErrorResponse): void => {
  void reply
    .status(response.status)
    .headers(response.headers ?? {})
    .type('application/json; charset=utf-8')
    .send(response.body);
};

const getRequestPath = (request: FastifyRequest) => request.url.split('?')[0] ?? request.url;

export const toDomainErrorResponse = (exception: DomainError): ErrorResponse => {
  const body: ErrorResponse['body'] = { code: exception.code, message: exception.message };
  if (exception.fields && exception.fields.length > 0) body.fields = exception.fields;
  const headers = exception.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(exception.retryAfterSeconds) };
  return { status: getDomainErrorStatus(exception.code), body, ...(headers ? { headers } : {}) };
};

/** Turns anything thrown while handling a request into a status and a `{ code, message, fields? }` body. */
export const toErrorResponse = (exception: unknown, request: FastifyRequest, routes: RouteTable): ErrorResponse => {
  if (isDomainError(exception)) return toDomainErrorResponse(exception);
  // Services check uniqueness themselves; a race past that check still answers 409, never the SQL.
  if (isUniqueViolation(exception)) return { status: 409, body: { code: 'conflict', message: 'This conflicts with an existing record; reload and try again' } };
  if (exception instanceof NotFoundException && exception.cause === undefined) {
    // Services throw DomainError, so a bare NotFoundException comes from the router: no such route.
    const path = getRequestPath(request);
    const allowed = routes.getAllowedMethods(path).filter((method) => method !== request.method);
    if (allowed.length > 0) {
      return {
        status: 405,
        body: { code: 'method_not_allowed', message: `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}` },
        headers: { allow: allowed.join(', ') },
      };
    }
    return { status: 404, body: { code: 'not_found', message: `No route for ${request.method} ${path}` } };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status >= 500) return internalErrorResponse;
    return mapFastifyError(getFastifyErrorCode(exception)) ?? { status, body: { code: 'bad_request', message: exception.message } };
  }
  return internalErrorResponse;
};

/** The one exception filter: every error leaves as JSON `{ code, message, fields? }`, never a stack trace or SQL. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(private readonly routes: RouteTable) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const response = toErrorResponse(exception, request, this.routes);
    if (response.status >= 500) {
      const detail = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
      this.logger.error(`${request.method} ${request.url} failed: ${detail}`);
    }
    if (!reply.sent) sendErrorResponse(reply, response);
  }
}
