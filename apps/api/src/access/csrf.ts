import { DomainError } from '@compact-tracker/domain';
import type { FastifyRequest } from 'fastify';

export const csrfHeader = { name: 'x-requested-with', value: 'compact-tracker' } as const;

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery defence for changes, on top of the SameSite=Strict cookie: a custom header, which no
 * other site can make a browser send without a CORS preflight we refuse, and, when the browser names the origin,
 * an origin that is this app's own or allow-listed.
 */
export const checkCsrf = (request: FastifyRequest, allowedOrigins: readonly string[]): DomainError | undefined => {
  if (!unsafeMethods.has(request.method)) return undefined;
  if (request.headers[csrfHeader.name] !== csrfHeader.value) {
    return new DomainError('csrf_rejected', `Send the header X-Requested-With: ${csrfHeader.value} with every change`, [
      { path: 'X-Requested-With', message: `must be ${csrfHeader.value}` },
    ]);
  }
  const origin = request.headers.origin;
  if (origin === undefined || origin === `${request.protocol}://${request.host}` || allowedOrigins.includes(origin)) return undefined;
  return new DomainError('csrf_rejected', 'Changes are accepted only from this app or an allowed origin', [
    { path: 'Origin', message: 'is not an allowed origin' },
  ]);
};
