import {
  DomainError,
  type ActionPointInput,
  type ActionPointListQuery,
  type ActionPointUpdateInput,
  type ActionPointView,
  type FieldProblem,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { activityNotFound } from '../activities/activities.service.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { getTodayUtc } from '../common/calendar.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';
import { ActionPointEntity } from './action-point.entity.js';
import { compareForFollowUp, toActionPointAuditRecord, toActionPointView } from './action-point.mapper.js';

const actionPointNotFound = (id: string): DomainError => new DomainError('not_found', `No action point with id ${id}`);

const staleVersion = (sent: number, current: number | undefined): DomainError =>
  new DomainError(
    'precondition_failed',
    current === undefined
      ? `The action point was changed by someone else since version ${sent}; reload it and try again`
      : `The action point was changed by someone else (you sent version ${sent}, it is at ${current}); reload it and try again`,
  );

type ActionPointColumns = Partial<Pick<ActionPointEntity, 'title' | 'ownerOrganisationId' | 'dueDate' | 'status' | 'feedsActivityId'>>;

const actionPointRelations = { owner: true, sourceActivity: { workplan: true }, feedsActivity: true } as const;

/** A workplan's follow-up list and the workplan it belongs to, for the exports' file names. */
export type FollowUpList = { workplan: WorkplanEntity; actionPoints: ActionPointView[] };

@Injectable()
export class ActionPointsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** The follow-up list: overdue first (as of `asOf`, default today), then by due day. */
  async listForWorkplan(workplanId: string, query: ActionPointListQuery): Promise<FollowUpList> {
    const manager = this.dataSource.manager;
    const workplan = await manager.findOneBy(WorkplanEntity, { id: workplanId });
    if (!workplan) throw new DomainError('not_found', `No workplan with id ${workplanId}`);
    const actionPoints = await manager.find(ActionPointEntity, {
      where: { sourceActivity: { workplanId }, ...(query.status ? { status: query.status } : {}) },
      relations: actionPointRelations,
    });
    const asOf = query.asOf ?? getTodayUtc();
    return { workplan, actionPoints: actionPoints.map((actionPoint) => toActionPointView(actionPoint, asOf)).sort(compareForFollowUp) };
  }

  async createActionPoint(actor: Actor, activityId: string, input: ActionPointInput, idempotency: IdempotencyRequest | undefined): Promise<ActionPointView> {
    return this.idempotency.run(actor.user.id, idempotency, { activityId, input }, 201, async (manager) => {
      const activity = await manager.findOne(ActivityEntity, { where: { id: activityId }, relations: { workplan: true } });
      if (!activity || activity.workplan.networkId !== actor.user.networkId) throw activityNotFound(activityId);
      await this.assertReferencesExist(manager, activity.workplanId, input);
      const created = await manager.save(
        manager.create(ActionPointEntity, {
          sourceActivityId: activityId,
          title: input.title,
          ownerOrganisationId: input.ownerOrganisationId,
          dueDate: input.dueDate,
          status: input.status,
          feedsActivityId: input.feedsActivityId,
        }),
      );
      const after = await this.requireActionPoint(manager, created.id);
      await this.audit.record(manager, {
        actor,
        networkId: activity.workplan.networkId,
        entityType: 'action_point',
        entityId: created.id,
        action: 'create',
        before: null,
        after: toActionPointAuditRecord(after),
      });
      return toActionPointView(after, getTodayUtc());
    });
  }

  async updateActionPoint(actor: Actor, id: string, version: number, input: ActionPointUpdateInput): Promise<ActionPointView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadForWrite(manager, actor, id, version);
      await this.assertReferencesExist(manager, before.sourceActivity.workplanId, input);
      const columns: ActionPointColumns = {
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.ownerOrganisationId === undefined ? {} : { ownerOrganisationId: input.ownerOrganisationId }),
        ...(input.dueDate === undefined ? {} : { dueDate: input.dueDate }),
        ...(input.status === undefined ? {} : { status: input.status }),
        ...(input.feedsActivityId === undefined ? {} : { feedsActivityId: input.feedsActivityId }),
      };
      const result = await manager
        .createQueryBuilder()
        .update(ActionPointEntity)
        .set({ ...columns, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw staleVersion(version, undefined);
      const after = await this.requireActionPoint(manager, id);
      await this.audit.record(manager, {
        actor,
        networkId: before.sourceActivity.workplan.networkId,
        entityType: 'action_point',
        entityId: id,
        action: 'update',
        before: toActionPointAuditRecord(before),
        after: toActionPointAuditRecord(after),
      });
      return toActionPointView(after, getTodayUtc());
    });
  }

  async deleteActionPoint(actor: Actor, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadForWrite(manager, actor, id, version);
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(ActionPointEntity)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw staleVersion(version, undefined);
      await this.audit.record(manager, {
        actor,
        networkId: before.sourceActivity.workplan.networkId,
        entityType: 'action_point',
        entityId: id,
        action: 'delete',
        before: toActionPointAuditRecord(before),
        after: null,
      });
    });
  }

  private findActionPoint(manager: EntityManager, id: string): Promise<ActionPointEntity | null> {
    return manager.findOne(ActionPointEntity, { where: { id }, relations: actionPointRelations });
  }

  private async requireActionPoint(manager: EntityManager, id: string): Promise<ActionPointEntity> {
    const actionPoint = await this.findActionPoint(manager, id);
    if (!actionPoint) throw actionPointNotFound(id);
    return actionPoint;
  }

  /** Not found in the actor's network is 404; a version already passed is refused at once (the UPDATE guarantees it). */
  private async loadForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<ActionPointEntity> {
    const actionPoint = await this.findActionPoint(manager, id);
    if (!actionPoint || actionPoint.sourceActivity.workplan.networkId !== actor.user.networkId) throw actionPointNotFound(id);
    if (actionPoint.version !== version) throw staleVersion(version, actionPoint.version);
    return actionPoint;
  }

  /** The owner must be a known organisation, and the activity fed one of the same workplan: a bad request naming each. */
  private async assertReferencesExist(
    manager: EntityManager,
    workplanId: string,
    input: { ownerOrganisationId?: string | undefined; feedsActivityId?: string | null | undefined },
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (input.ownerOrganisationId !== undefined && !(await manager.existsBy(OrganisationEntity, { id: input.ownerOrganisationId }))) {
      problems.push({ path: 'ownerOrganisationId', message: 'is not a known organisation' });
    }
    if (input.feedsActivityId && !(await manager.existsBy(ActivityEntity, { id: input.feedsActivityId, workplanId }))) {
      problems.push({ path: 'feedsActivityId', message: 'is not an activity of this workplan' });
    }
    if (problems.length > 0) {
      throw new DomainError('validation_failed', `Unknown references: ${problems.map((problem) => problem.path).join(', ')}`, problems);
    }
  }
}
