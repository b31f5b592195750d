import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { SessionEntity } from '../accounts/session.entity.js';
import { SignInAttemptEntity } from '../accounts/sign-in-attempt.entity.js';
import { Clock } from '../common/clock.js';
import { IdempotencyRecordEntity } from '../concurrency/idempotency-record.entity.js';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

/** Far past the 15-minute throttle window, so no count changes; a day of attempts stays to look into an attack. */
export const signInAttemptRetentionHours = 24;

/** How long an Idempotency-Key is remembered at least: a client retries a lost answer within minutes, not days. */
export const idempotencyRecordRetentionHours = 24;

export type HousekeepingCounts = { sessions: number; signInAttempts: number; idempotencyRecords: number };

/**
 * Deletes the security records nothing reads any more: sessions that have ended (`SessionsService.resolve` refuses
 * exactly these), sign-in attempts and idempotency records past their retention. Times come from the app's Clock,
 * as they do where these rows are written and read.
 */
@Injectable()
export class HousekeepingService implements OnModuleDestroy {
  private readonly logger = new Logger('Housekeeping');
  private currentRun: Promise<HousekeepingCounts> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private isScheduled = false;
  private isStopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One pass in one transaction; a call while a pass is running answers that pass, so passes never overlap. */
  run(): Promise<HousekeepingCounts> {
    this.currentRun ??= this.deleteOutdatedRecords().finally(() => {
      this.currentRun = undefined;
    });
    return this.currentRun;
  }

  /**
   * Runs a pass now and then every `intervalMinutes` after the previous pass ended; 0 turns housekeeping off. A failed
   * pass is logged and never thrown: the next one tries again.
   */
  async start(intervalMinutes: number): Promise<void> {
    if (intervalMinutes === 0 || this.isScheduled) return;
    this.isScheduled = true;
    await this.runLoggingFailure(intervalMinutes);
    this.scheduleNext(intervalMinutes);
  }

  /** Before the database pool closes (TypeORM closes it at application shutdown): no new pass, and the running one ends. */
  async onModuleDestroy(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.currentRun?.catch(() => undefined);
  }

  private scheduleNext(intervalMinutes: number): void {
    if (this.isStopped) return;
    const runThenScheduleNext = async () => {
      await this.runLoggingFailure(intervalMinutes);
      this.scheduleNext(intervalMinutes);
    };
    // unref: a waiting timer never keeps the process alive.
    this.timer = setTimeout(() => void runThenScheduleNext(), intervalMinutes * minuteMs).unref();
  }

  private async runLoggingFailure(intervalMinutes: number): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(`Nothing deleted, trying again in ${intervalMinutes} minutes: ${reason}`);
    }
  }

  private async deleteOutdatedRecords(): Promise<HousekeepingCounts> {
    const now = this.clock.now();
    const signInAttemptCutoff = new Date(now.getTime() - signInAttemptRetentionHours * hourMs);
    const idempotencyRecordCutoff = new Date(now.getTime() - idempotencyRecordRetentionHours * hourMs);
    const counts = await this.dataSource.transaction(async (manager) => {
      const sessions = await manager
        .createQueryBuilder()
        .delete()
        .from(SessionEntity)
        .where('revoked_at IS NOT NULL OR expires_at <= :now OR absolute_expires_at <= :now', { now })
        .execute();
      const signInAttempts = await manager.delete(SignInAttemptEntity, { attemptedAt: LessThan(signInAttemptCutoff) });
      const idempotencyRecords = await manager.delete(IdempotencyRecordEntity, { createdAt: LessThan(idempotencyRecordCutoff) });
      return { sessions: sessions.affected ?? 0, signInAttempts: signInAttempts.affected ?? 0, idempotencyRecords: idempotencyRecords.affected ?? 0 };
    });
    if (counts.sessions + counts.signInAttempts + counts.idempotencyRecords > 0) {
      this.logger.log(
        `Deleted ended sessions: ${counts.sessions}, sign-in attempts older than ${signInAttemptRetentionHours} h: ${counts.signInAttempts}, ` +
          `idempotency records older than ${idempotencyRecordRetentionHours} h: ${counts.idempotencyRecords}`,
      );
    }
    return counts;
  }
}
