import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { hasPermission, type Permission } from '@compact-tracker/domain';
import type { FastifyRequest } from 'fastify';
import type { UserEntity } from '../accounts/user.entity.js';

/** The signed-in user behind a request: their session and account (with organisation and network loaded). */
export type Actor = { sessionId: string; user: UserEntity };

declare module 'fastify' {
  // Module augmentation only works on an interface.
  interface FastifyRequest {
    /** Set by the access hook: null when nobody is signed in. */
    actor: Actor | null;
  }
}

export const actorCan = (actor: Actor, permission: Permission): boolean => hasPermission(actor.user.role, permission);

/**
 * The signed-in user, for handlers of routes the access matrix protects with a permission: the access hook has
 * already answered 401 to anyone else, so a handler never sees null here.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route the access matrix does not protect');
  return actor;
});

/** The signed-in user or null, for public routes that answer differently to them. */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => context.switchToHttp().getRequest<FastifyRequest>().actor,
);
