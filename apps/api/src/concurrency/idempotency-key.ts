import { createHash } from 'node:crypto';
import { DomainError } from '@compact-tracker/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

export const maxIdempotencyKeyLength = 200;

/** A creating request's key, and where it went; its validated body completes the fingerprint. */
export type IdempotencyRequest = { key: string; method: string; path: string };

/** JSON with object keys sorted at every depth, so `{a,b}` and `{b,a}` are the same request. */
export const toCanonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(toCanonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${toCanonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/**
 * Method, path and a hash of the body in canonical form. The body is the validated input, so two spellings of one
 * request (key order, surrounding spaces the schema trims) are one request.
 */
export const getRequestFingerprint = (request: IdempotencyRequest, input: unknown): string =>
  `${request.method} ${request.path} ${createHash('sha256').update(toCanonicalJson(input ?? null)).digest('hex')}`;

/** Visible ASCII only: a key is an opaque token such as a UUID, and it is stored and compared byte for byte. */
const keyPattern = /^[\x21-\x7e]+$/;

export const parseIdempotencyKey = (request: FastifyRequest): IdempotencyRequest | undefined => {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || header.length === 0 || header.length > maxIdempotencyKeyLength || !keyPattern.test(header)) {
    throw new DomainError('validation_failed', 'Invalid header: Idempotency-Key', [
      { path: 'Idempotency-Key', message: `must be 1 to ${maxIdempotencyKeyLength} visible ASCII characters, e.g. a UUID` },
    ]);
  }
  return { key: header, method: request.method, path: request.url.split('?')[0] ?? request.url };
};

/** The request's `Idempotency-Key` and fingerprint, or undefined when it sent none. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): IdempotencyRequest | undefined =>
  parseIdempotencyKey(context.switchToHttp().getRequest<FastifyRequest>()),
);
