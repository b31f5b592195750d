import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, MoreThan, Not, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { Clock } from '../common/clock.js';
import { InjectSecurityConfig, type SecurityConfig } from '../common/security-config.js';
import { SessionEntity } from './session.entity.js';

/** A session's `last_seen_at` (and with it the idle expiry) is written at most this often, not on every request. */
export const lastSeenRefreshMs = 60_000;

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

/** 32 random bytes, base64url: 43 characters. Anything else in the cookie cannot be a session of ours. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export const toSessionId = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @InjectSecurityConfig() private readonly security: SecurityConfig,
  ) {}

  /** Opens a new session and answers its token, which only the cookie carries; the database keeps its hash. */
  async start(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const absoluteExpiresAt = new Date(now.getTime() + this.security.sessionAbsoluteHours * hourMs);
    await this.dataSource.transaction(async (manager) => {
      // Housekeeping: the user's sessions that can no longer be used, whatever their state.
      await manager.delete(SessionEntity, { userId, absoluteExpiresAt: LessThan(now) });
      await manager.insert(SessionEntity, {
        id: toSessionId(token),
        userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: this.getIdleExpiry(now, absoluteExpiresAt),
        absoluteExpiresAt,
        revokedAt: null,
      });
    });
    return token;
  }

  /**
   * The live session of a token and its active user, or null: unknown, revoked, idle too long, past its absolute
   * lifetime, or the user deactivated. Moves the idle expiry on, at most once a minute.
   */
  async resolve(token: string | undefined): Promise<Actor | null> {
    if (token === undefined || !tokenPattern.test(token)) return null;
    const now = this.clock.now();
    const session = await this.dataSource.manager.findOne(SessionEntity, {
      where: { id: toSessionId(token), revokedAt: IsNull(), expiresAt: MoreThan(now), absoluteExpiresAt: MoreThan(now), user: { isActive: true } },
      relations: { user: { organisation: true, network: true } },
    });
    if (!session) return null;
    if (now.getTime() - session.lastSeenAt.getTime() >= lastSeenRefreshMs) {
      // Conditional, so concurrent requests of one session write once.
      await this.dataSource.manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ lastSeenAt: now, expiresAt: this.getIdleExpiry(now, session.absoluteExpiresAt) })
        .where('id = :id AND last_seen_at <= :threshold', { id: session.id, threshold: new Date(now.getTime() - lastSeenRefreshMs) })
        .execute();
    }
    return { sessionId: session.id, user: session.user };
  }

  async revoke(token: string | undefined): Promise<void> {
    if (token === undefined || !tokenPattern.test(token)) return;
    await this.dataSource.manager.update(SessionEntity, { id: toSessionId(token), revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /**
   * Ends every session of a user, in the caller's transaction (e.g. the one that deactivates them), except the one
   * named (the session that changed its own password stays).
   */
  async revokeAllOfUser(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
      { revokedAt: this.clock.now() },
    );
  }

  private getIdleExpiry(now: Date, absoluteExpiresAt: Date): Date {
    const idleExpiry = now.getTime() + this.security.sessionIdleMinutes * minuteMs;
    return new Date(Math.min(idleExpiry, absoluteExpiresAt.getTime()));
  }
}
