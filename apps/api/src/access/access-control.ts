import type { DomainError } from '@compact-tracker/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SessionCookies } from '../accounts/session-cookies.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { sendErrorResponse, toDomainErrorResponse } from '../common/api-exception-filter.js';
import { InjectSecurityConfig, type SecurityConfig } from '../common/security-config.js';
import { getAccessRule } from './access-matrix.js';
import type { Actor } from './actor.js';
import { checkCsrf } from './csrf.js';
import { decideAccess } from './decide-access.js';

const describeActor = (actor: Actor | null) => (actor ? `user ${actor.user.id}` : 'anonymous');

/**
 * Runs first on every request to an /api route (a Fastify onRequest hook, before the body is read): CSRF check for
 * changes, the session behind the cookie, then the access matrix. Nothing reaches a handler unless the matrix lets it.
 */
@Injectable()
export class AccessControl {
  private readonly logger = new Logger('AccessControl');

  constructor(
    private readonly sessions: SessionsService,
    private readonly cookies: SessionCookies,
    @InjectSecurityConfig() private readonly security: SecurityConfig,
  ) {}

  /** Answers the refusal itself and returns true when the request must not go on. */
  async refuse(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const routePattern = request.routeOptions.url;
    // No route: the 404/405 answer follows, and says nothing about any data.
    if (routePattern === undefined || !(routePattern === '/api' || routePattern.startsWith('/api/'))) return false;
    const route = `${request.method} ${routePattern}`;
    // API answers may be personal (session, users, history): no cache keeps them unless a handler says otherwise.
    if (!routePattern.startsWith('/api/docs')) void reply.header('cache-control', 'no-store');
    const csrfProblem = checkCsrf(request, this.security.corsOrigins);
    const refusal = csrfProblem ?? (await this.authorise(request, route));
    if (!refusal) return false;
    if (refusal.code !== 'unauthenticated') this.logger.warn(`Refused ${route} (${refusal.code}) for ${describeActor(request.actor)}`);
    sendErrorResponse(reply, toDomainErrorResponse(refusal));
    return true;
  }

  private async authorise(request: FastifyRequest, route: string): Promise<DomainError | undefined> {
    const rule = getAccessRule(request.method, request.routeOptions.url ?? '');
    try {
      request.actor = await this.sessions.resolve(this.cookies.read(request));
    } catch (error) {
      // A public route (health above all) still answers while the session store is unreachable, as to anyone.
      if (rule !== 'public') throw error;
      this.logger.error(`Could not read the session for ${route}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return decideAccess(rule, request.actor, route);
  }
}
