import { DomainError, type ProgressEntryView, type ProgressNoteInput } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { activityNotFound } from './activities.service.js';
import { ActivityEntity } from './activity.entity.js';
import { toProgressEntryView } from './activity.mapper.js';
import { ProgressEntryEntity } from './progress-entry.entity.js';

/** An activity's progress log: the entries its status changes write, and notes added on their own. */
@Injectable()
export class ProgressLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  /** Newest first; the workplan is public, and so is how it progresses. */
  async listEntries(activityId: string): Promise<ProgressEntryView[]> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(ActivityEntity, { id: activityId }))) throw activityNotFound(activityId);
    const entries = await manager.find(ProgressEntryEntity, {
      where: { activityId },
      relations: { recordedBy: true },
      order: { recordedAt: 'DESC', id: 'DESC' },
    });
    return entries.map(toProgressEntryView);
  }

  /** A dated note that leaves the status as it is. */
  async addNote(actor: Actor, activityId: string, input: ProgressNoteInput, idempotency: IdempotencyRequest | undefined): Promise<ProgressEntryView> {
    return this.idempotency.run(actor.user.id, idempotency, { activityId, input }, 201, async (manager) => {
      const activity = await manager.findOne(ActivityEntity, { where: { id: activityId }, relations: { workplan: true } });
      if (!activity || activity.workplan.networkId !== actor.user.networkId) throw activityNotFound(activityId);
      const entry = await manager.save(
        manager.create(ProgressEntryEntity, {
          activityId,
          recordedAt: this.clock.now(),
          recordedByUserId: actor.user.id,
          fromStatus: activity.status,
          toStatus: activity.status,
          note: input.note,
        }),
      );
      await this.audit.record(manager, {
        actor,
        networkId: activity.workplan.networkId,
        entityType: 'progress_entry',
        entityId: entry.id,
        action: 'create',
        before: null,
        after: { activityId, status: activity.status, note: input.note },
        note: input.note,
      });
      const stored = await manager.findOne(ProgressEntryEntity, { where: { id: entry.id }, relations: { recordedBy: true } });
      if (!stored) throw new DomainError('not_found', `No progress entry with id ${entry.id}`);
      return toProgressEntryView(stored);
    });
  }
}
