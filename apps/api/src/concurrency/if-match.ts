import { DomainError } from '@compact-tracker/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

const versionTag = /^"([1-9][0-9]{0,9})"$/;

/**
 * The version an update or delete was based on, from `If-Match: "<version>"` (the ETag the client read). Missing:
 * 428, so no client can overwrite blindly. Anything but one strong ETag of ours (`*`, a list, a weak tag): 400.
 */
export const parseIfMatch = (header: string | string[] | undefined): number => {
  if (header === undefined) {
    throw new DomainError('precondition_required', 'Send If-Match with the ETag you last read, e.g. If-Match: "3"', [
      { path: 'If-Match', message: 'is required' },
    ]);
  }
  const match = typeof header === 'string' ? versionTag.exec(header.trim()) : null;
  const version = match ? Number(match[1]) : Number.NaN;
  if (!Number.isSafeInteger(version) || version > 2_147_483_647) {
    throw new DomainError('validation_failed', 'Invalid header: If-Match', [
      { path: 'If-Match', message: 'must be one ETag as the API sent it, e.g. "3"' },
    ]);
  }
  return version;
};

export const IfMatchVersion = createParamDecorator((_data: unknown, context: ExecutionContext): number =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

export const toEtag = (version: number): string => `"${version}"`;

/**
 * For a PUT that creates the record when it does not exist yet: no If-Match means "create", and then the record must
 * not exist; with one, the record must be at that version.
 */
export const OptionalIfMatchVersion = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  return header === undefined ? undefined : parseIfMatch(header);
});
