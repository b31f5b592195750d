import { DomainError } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { getRequestFingerprint, type IdempotencyRequest } from './idempotency-key.js';
import { IdempotencyRecordEntity } from './idempotency-record.entity.js';

@Injectable()
export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs a creating command in one transaction. With a key, the key is claimed first in that transaction: a
   * concurrent retry waits on the claim and, once the first commits, answers the stored response; if the first
   * rolls back, the retry runs the command itself. The same key with another request is refused.
   */
  async run<Body>(
    userId: string,
    request: IdempotencyRequest | undefined,
    input: unknown,
    status: number,
    command: (manager: EntityManager) => Promise<Body>,
  ): Promise<Body> {
    return this.dataSource.transaction(async (manager) => {
      if (!request) return command(manager);
      const fingerprint = getRequestFingerprint(request, input);
      const claim = await manager
        .createQueryBuilder()
        .insert()
        .into(IdempotencyRecordEntity)
        .values({ userId, key: request.key, requestFingerprint: fingerprint, createdAt: this.clock.now() })
        .orIgnore()
        .returning(['id'])
        .execute();
      const claimedId = (claim.raw as { id: string }[])[0]?.id;
      if (claimedId === undefined) return this.replay<Body>(manager, userId, request.key, fingerprint);
      const body = await command(manager);
      await manager.update(IdempotencyRecordEntity, { id: claimedId }, { responseStatus: status, responseBody: body as object });
      return body;
    });
  }

  private async replay<Body>(manager: EntityManager, userId: string, key: string, fingerprint: string): Promise<Body> {
    const record = await manager.findOneByOrFail(IdempotencyRecordEntity, { userId, key });
    if (record.requestFingerprint !== fingerprint) {
      throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used for a different request; use a new key', [
        { path: 'Idempotency-Key', message: 'was used for another request' },
      ]);
    }
    return record.responseBody as Body;
  }
}
