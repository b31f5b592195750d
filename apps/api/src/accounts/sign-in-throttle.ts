import { DomainError } from '@compact-tracker/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { SignInAttemptEntity } from './sign-in-attempt.entity.js';

/** ASVS 2.2.1: at most this many failed sign-ins per account and per client address in the window. */
export const signInLimits = { perEmail: 5, perIp: 20, windowMinutes: 15 } as const;

type Scope = { column: 'email' | 'ip'; value: string; limit: number };

/**
 * Counts failed (and still running) attempts in PostgreSQL, so the limits hold across API processes. An attempt
 * is recorded as `pending` before the password is checked: concurrent guesses see each other and cannot slip
 * past the limit together. Refused (throttled) attempts are recorded but do not count.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger('SignInThrottle');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Records the attempt and answers its id, or refuses with `too_many_attempts` and how long to wait. */
  async begin(email: string, ip: string): Promise<string> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - signInLimits.windowMinutes * 60_000);
    const { identifiers } = await this.dataSource.manager.insert(SignInAttemptEntity, { email, ip, outcome: 'pending', attemptedAt: now });
    const attemptId = String(identifiers[0]?.id);
    const scopes: Scope[] = [
      { column: 'email', value: email, limit: signInLimits.perEmail },
      { column: 'ip', value: ip, limit: signInLimits.perIp },
    ];
    let retryAt: Date | undefined;
    for (const scope of scopes) {
      const freedAt = await this.findWhenBelowLimit(scope, windowStart, attemptId);
      if (freedAt && (!retryAt || freedAt > retryAt)) retryAt = freedAt;
    }
    if (!retryAt) return attemptId;
    await this.finish(attemptId, 'throttled');
    this.logger.warn(`Sign-in throttled (attempt ${attemptId}, address ${ip})`);
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() + signInLimits.windowMinutes * 60_000 - now.getTime()) / 1000));
    throw new DomainError('too_many_attempts', 'Too many failed sign-in attempts; wait and try again', undefined, { retryAfterSeconds });
  }

  async finish(attemptId: string, outcome: 'succeeded' | 'failed' | 'throttled'): Promise<void> {
    await this.dataSource.manager.update(SignInAttemptEntity, { id: attemptId }, { outcome });
  }

  /**
   * With the limit reached, the time of the counted attempt whose leaving the window brings the count below the
   * limit again; undefined while under the limit.
   */
  private async findWhenBelowLimit(scope: Scope, windowStart: Date, ownId: string): Promise<Date | undefined> {
    const rows: { attemptedAt: Date }[] = await this.dataSource.manager
      .createQueryBuilder(SignInAttemptEntity, 'attempt')
      .select('attempt.attemptedAt', 'attemptedAt')
      .where(`attempt.${scope.column} = :value`, { value: scope.value })
      .andWhere("attempt.outcome IN ('pending', 'failed')")
      .andWhere('attempt.attemptedAt > :windowStart', { windowStart })
      .andWhere('attempt.id <> :ownId', { ownId })
      .orderBy('attempt.attemptedAt', 'DESC')
      .offset(scope.limit - 1)
      .limit(1)
      .getRawMany();
    return rows[0]?.attemptedAt;
  }
}
