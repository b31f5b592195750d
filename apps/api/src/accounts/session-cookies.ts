import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InjectSecurityConfig, type SecurityConfig } from '../common/security-config.js';

export const sessionCookieName = 'ct_session';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), the whole app as
 * its path, no Max-Age (it ends with the browser; the server ends it sooner), Secure over HTTPS.
 */
@Injectable()
export class SessionCookies {
  constructor(@InjectSecurityConfig() private readonly security: SecurityConfig) {}

  read(request: FastifyRequest): string | undefined {
    return request.cookies[sessionCookieName];
  }

  set(request: FastifyRequest, reply: FastifyReply, token: string): void {
    reply.setCookie(sessionCookieName, token, { httpOnly: true, sameSite: 'strict', path: '/', secure: this.isSecure(request) });
  }

  clear(request: FastifyRequest, reply: FastifyReply): void {
    reply.clearCookie(sessionCookieName, { httpOnly: true, sameSite: 'strict', path: '/', secure: this.isSecure(request) });
  }

  private isSecure(request: FastifyRequest): boolean {
    return this.security.cookieSecure ?? request.protocol === 'https';
  }
}
