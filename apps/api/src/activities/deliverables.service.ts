import { DomainError, type DeliverableInput, type DeliverableUpdateInput, type DeliverableView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { activityNotFound } from './activities.service.js';
import { ActivityEntity } from './activity.entity.js';
import { toDeliverableAuditRecord, toDeliverableView } from './activity.mapper.js';
import { DeliverableEntity } from './deliverable.entity.js';

const deliverableNotFound = (id: string): DomainError => new DomainError('not_found', `No deliverable with id ${id}`);

const staleDeliverable = (sent: number, current: number | undefined): DomainError =>
  new DomainError(
    'precondition_failed',
    current === undefined
      ? `The deliverable was changed by someone else since version ${sent}; reload it and try again`
      : `The deliverable was changed by someone else (you sent version ${sent}, it is at ${current}); reload it and try again`,
  );

/** An activity's expected deliverables, each with its own status and version. */
@Injectable()
export class DeliverablesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async createDeliverable(actor: Actor, activityId: string, input: DeliverableInput, idempotency: IdempotencyRequest | undefined): Promise<DeliverableView> {
    return this.idempotency.run(actor.user.id, idempotency, { activityId, input }, 201, async (manager) => {
      const activity = await manager.findOne(ActivityEntity, { where: { id: activityId }, relations: { workplan: true } });
      if (!activity || activity.workplan.networkId !== actor.user.networkId) throw activityNotFound(activityId);
      const [{ next }] = await manager.query<[{ next: number }]>(
        'SELECT COALESCE(MAX(position) + 1, 0)::int AS next FROM deliverable WHERE activity_id = $1',
        [activityId],
      );
      const created = await manager.save(manager.create(DeliverableEntity, { activityId, title: input.title, status: input.status, position: next }));
      await this.audit.record(manager, {
        actor,
        networkId: activity.workplan.networkId,
        entityType: 'deliverable',
        entityId: created.id,
        action: 'create',
        before: null,
        after: toDeliverableAuditRecord(created),
      });
      return toDeliverableView(created);
    });
  }

  async updateDeliverable(actor: Actor, id: string, version: number, input: DeliverableUpdateInput): Promise<DeliverableView> {
    return this.dataSource.transaction(async (manager) => {
      const { deliverable: before, networkId } = await this.loadForWrite(manager, actor, id, version);
      const result = await manager
        .createQueryBuilder()
        .update(DeliverableEntity)
        .set({
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.status === undefined ? {} : { status: input.status }),
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw staleDeliverable(version, undefined);
      const after = await manager.findOneByOrFail(DeliverableEntity, { id });
      await this.audit.record(manager, {
        actor,
        networkId,
        entityType: 'deliverable',
        entityId: id,
        action: 'update',
        before: toDeliverableAuditRecord(before),
        after: toDeliverableAuditRecord(after),
      });
      return toDeliverableView(after);
    });
  }

  async deleteDeliverable(actor: Actor, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { deliverable: before, networkId } = await this.loadForWrite(manager, actor, id, version);
      const result = await manager.createQueryBuilder().delete().from(DeliverableEntity).where('id = :id AND version = :version', { id, version }).execute();
      if (result.affected !== 1) throw staleDeliverable(version, undefined);
      await this.audit.record(manager, {
        actor,
        networkId,
        entityType: 'deliverable',
        entityId: id,
        action: 'delete',
        before: toDeliverableAuditRecord(before),
        after: null,
      });
    });
  }

  /** Another network's deliverable is not found; a version already passed is refused at once (the SQL guarantees it). */
  private async loadForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<{ deliverable: DeliverableEntity; networkId: string }> {
    const deliverable = await manager.findOne(DeliverableEntity, { where: { id }, relations: { activity: { workplan: true } } });
    if (!deliverable || deliverable.activity.workplan.networkId !== actor.user.networkId) throw deliverableNotFound(id);
    if (deliverable.version !== version) throw staleDeliverable(version, deliverable.version);
    return { deliverable, networkId: deliverable.activity.workplan.networkId };
  }
}
