import { DomainError, hasPermission } from '@compact-tracker/domain';
import type { AccessRule } from './access-matrix.js';
import type { Actor } from './actor.js';

/** Allowed (undefined) or the refusal: no rule → 403 for everyone; otherwise 401 anonymous, 403 without the permission. */
export const decideAccess = (rule: AccessRule | undefined, actor: Actor | null, route: string): DomainError | undefined => {
  if (rule === undefined) return new DomainError('forbidden', `No access rule covers ${route}, so it is refused`);
  if (rule === 'public') return undefined;
  if (!actor) return new DomainError('unauthenticated', 'Sign in to do this');
  if (rule !== 'signed-in' && !hasPermission(actor.user.role, rule)) return new DomainError('forbidden', `Your role may not do this (it needs ${rule})`);
  return undefined;
};
