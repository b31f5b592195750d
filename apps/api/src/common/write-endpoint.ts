import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
import { ApiFileResponse, type FileKind } from './file-download.js';
import {
  ApiCsrfHeader,
  ApiErrorResponses,
  ApiIdempotencyKeyHeader,
  ApiIfMatchHeader,
  ApiJsonBody,
  ApiJsonResponse,
  ApiParams,
  ApiQueryParams,
  sessionCookieScheme,
  type ComponentName,
} from './openapi.js';

type Decorator = Parameters<typeof applyDecorators>[number];

/**
 * Decorators listed top to bottom as they would be stacked on the method. Stacked decorators apply bottom-up while
 * applyDecorators applies its arguments in order, so reverse them: the document then lists parameters and responses
 * in the same order as the hand-written stack did.
 */
export const stacked = (...decorators: (Decorator | undefined)[]) =>
  applyDecorators(...decorators.filter((decorator): decorator is Decorator => decorator !== undefined).reverse());

type WriteEndpointOptions = {
  summary: string;
  /** Path parameters, from the schema the validation pipe uses. */
  params?: z.ZodObject;
  errors: number[];
};

/** POST creating a versioned record: 201 with ETag and Location, Idempotency-Key honoured. */
export const CreateEndpoint = ({
  summary,
  params,
  body,
  response,
  description,
  locationPrefix,
  errors,
}: WriteEndpointOptions & { body: ComponentName; response: ComponentName; description: string; locationPrefix?: string }) =>
  stacked(
    ApiCsrfHeader(),
    RespondsWithResource(locationPrefix === undefined ? {} : { locationPrefix }),
    ApiCookieAuth(sessionCookieScheme),
    ApiOperation({ summary }),
    params && ApiParams(params),
    ApiIdempotencyKeyHeader(),
    ApiJsonBody(body),
    ApiJsonResponse(201, response, description),
    ApiErrorResponses(...errors),
  );

/** PATCH or PUT changing a versioned record: If-Match required, 200 with the record and its new ETag. */
export const UpdateEndpoint = ({
  summary,
  params,
  body,
  response,
  description,
  errors,
}: WriteEndpointOptions & { body: ComponentName; response: ComponentName; description: string }) =>
  stacked(
    ApiCsrfHeader(),
    RespondsWithResource(),
    ApiCookieAuth(sessionCookieScheme),
    ApiOperation({ summary }),
    params && ApiParams(params),
    ApiIfMatchHeader(),
    ApiJsonBody(body),
    ApiJsonResponse(200, response, description),
    ApiErrorResponses(...errors),
  );

/** DELETE of a versioned record: If-Match required, 204. */
export const DeleteEndpoint = ({ summary, params, errors }: WriteEndpointOptions) =>
  stacked(
    ApiCsrfHeader(),
    HttpCode(204),
    ApiCookieAuth(sessionCookieScheme),
    ApiOperation({ summary }),
    params && ApiParams(params),
    ApiIfMatchHeader(),
    ApiResponse({ status: 204, description: 'Deleted' }),
    ApiErrorResponses(...errors),
  );

type FileEndpointOptions = {
  summary: string;
  params: z.ZodObject;
  /** Query parameters, e.g. the language of an export. */
  query?: z.ZodObject;
  file: FileKind;
  description: string;
  errors: number[];
};

/** GET answering a file (CSV, XLSX, PDF, iCalendar) rather than JSON. */
export const FileEndpoint = ({ summary, params, query, file, description, errors }: FileEndpointOptions) =>
  stacked(ApiOperation({ summary }), ApiParams(params), query ? ApiQueryParams(query) : undefined, ApiFileResponse(file, description), ApiErrorResponses(...errors));
