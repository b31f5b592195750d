import {
  assertStatusTransition,
  DomainError,
  findOrganisationRepeats,
  getDateSpanBounds,
  type ActivityDetailView,
  type ActivityInput,
  type ActivityStatusChangeInput,
  type ActivitySummaryView,
  type ActivityUpdateInput,
  type FieldProblem,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { getTodayUtc } from '../common/calendar.js';
import { Clock } from '../common/clock.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { EventScheduleEntity } from '../events/event-schedule.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';
import { ActivityOrganisationEntity, type ActivityOrganisationRole } from './activity-organisation.entity.js';
import { ActivityEntity } from './activity.entity.js';
import { toActivityAuditRecord, toActivityDetailView, toActivitySummaryView } from './activity.mapper.js';
import { DeliverableEntity } from './deliverable.entity.js';
import { ProgressEntryEntity } from './progress-entry.entity.js';

export const activityNotFound = (id: string): DomainError => new DomainError('not_found', `No activity with id ${id}`);

const staleVersion = (sent: number, current: number | undefined): DomainError =>
  new DomainError(
    'precondition_failed',
    current === undefined
      ? `The activity was changed by someone else since version ${sent}; reload it and try again`
      : `The activity was changed by someone else (you sent version ${sent}, it is at ${current}); reload it and try again`,
  );

type OrganisationLists = { leadOrganisationIds: string[]; participatingOrganisationIds: string[] };

/** The activity columns a command may set; derived day bounds go with the span. */
type ActivityColumns = Partial<
  Pick<ActivityEntity, 'kind' | 'title' | 'purpose' | 'dateSpan' | 'earliestDay' | 'latestDay' | 'objectives' | 'status' | 'gcmObjectiveNumbers' | 'gcmPrincipleNumbers' | 'sdgTargetCodes'>
>;

const getLinkedIds = (activity: ActivityEntity, role: ActivityOrganisationRole): string[] =>
  activity.organisationLinks
    .filter((link) => link.role === role)
    .sort((a, b) => a.position - b.position)
    .map((link) => link.organisationId);

const withDayBounds = (columns: ActivityColumns): ActivityColumns => {
  if (!columns.dateSpan) return columns;
  const bounds = getDateSpanBounds(columns.dateSpan);
  return { ...columns, earliestDay: bounds.earliestStart, latestDay: bounds.latestEnd };
};

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  /** A workplan's activities in calendar order: by earliest possible day, then latest, then as the source lists them. */
  async listActivitySummaries(workplanId: string, asOf: string): Promise<ActivitySummaryView[]> {
    const manager = this.dataSource.manager;
    const activities = await manager.find(ActivityEntity, {
      where: { workplanId },
      relations: { organisationLinks: { organisation: true } },
      order: { earliestDay: 'ASC', latestDay: 'ASC', position: 'ASC' },
    });
    const withAgenda = await this.findActivitiesWithAgenda(manager, activities.map((activity) => activity.id));
    return activities.map((activity) => toActivitySummaryView(activity, { asOf, hasAgenda: withAgenda.has(activity.id) }));
  }

  async getActivity(id: string, asOf: string = getTodayUtc()): Promise<ActivityDetailView> {
    const activity = await this.loadActivity(this.dataSource.manager, id);
    if (!activity) throw activityNotFound(id);
    return this.toDetailView(this.dataSource.manager, activity, asOf);
  }

  async createActivity(actor: Actor, workplanId: string, input: ActivityInput, idempotency: IdempotencyRequest | undefined): Promise<ActivityDetailView> {
    return this.idempotency.run(actor.user.id, idempotency, { workplanId, input }, 201, async (manager) => {
      const workplan = await manager.findOneBy(WorkplanEntity, { id: workplanId });
      if (!workplan || workplan.networkId !== actor.user.networkId) throw new DomainError('not_found', `No workplan with id ${workplanId}`);
      await this.assertOrganisationsExist(manager, input);
      const [{ next }] = await manager.query<[{ next: number }]>(
        'SELECT COALESCE(MAX(position) + 1, 0)::int AS next FROM activity WHERE workplan_id = $1',
        [workplanId],
      );
      const created = await manager.save(
        manager.create(ActivityEntity, {
          workplanId,
          kind: input.kind,
          title: input.title,
          purpose: input.purpose,
          status: input.status,
          dateSpan: input.dateSpan,
          objectives: input.objectives,
          gcmObjectiveNumbers: input.gcmObjectiveNumbers,
          gcmPrincipleNumbers: input.gcmPrincipleNumbers ?? [],
          sdgTargetCodes: input.sdgTargetCodes,
          position: next,
        }),
      );
      await this.replaceOrganisationLinks(manager, created.id, input);
      await this.reconcileDeliverables(manager, created.id, [], input.expectedDeliverables);
      const after = await this.requireActivity(manager, created.id);
      await this.audit.record(manager, {
        actor,
        networkId: workplan.networkId,
        entityType: 'activity',
        entityId: created.id,
        action: 'create',
        before: null,
        after: toActivityAuditRecord(after),
      });
      return this.toDetailView(manager, after, getTodayUtc());
    });
  }

  async updateActivity(actor: Actor, id: string, version: number, input: ActivityUpdateInput): Promise<ActivityDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadForWrite(manager, actor, id, version);
      const beforeRecord = toActivityAuditRecord(before);
      const lists: OrganisationLists = {
        leadOrganisationIds: input.leadOrganisationIds ?? getLinkedIds(before, 'lead'),
        participatingOrganisationIds: input.participatingOrganisationIds ?? getLinkedIds(before, 'participating'),
      };
      const repeats = findOrganisationRepeats(lists);
      if (repeats.length > 0) throw new DomainError('validation_failed', 'An organisation is named twice', repeats);
      await this.assertOrganisationsExist(manager, lists);

      await this.claimVersion(manager, id, version, {
        ...(input.kind === undefined ? {} : { kind: input.kind }),
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.purpose === undefined ? {} : { purpose: input.purpose }),
        ...(input.dateSpan === undefined ? {} : { dateSpan: input.dateSpan }),
        ...(input.objectives === undefined ? {} : { objectives: input.objectives }),
        ...(input.gcmObjectiveNumbers === undefined ? {} : { gcmObjectiveNumbers: input.gcmObjectiveNumbers }),
        ...(input.gcmPrincipleNumbers === undefined ? {} : { gcmPrincipleNumbers: input.gcmPrincipleNumbers }),
        ...(input.sdgTargetCodes === undefined ? {} : { sdgTargetCodes: input.sdgTargetCodes }),
      });
      if (input.leadOrganisationIds !== undefined || input.participatingOrganisationIds !== undefined) {
        await this.replaceOrganisationLinks(manager, id, lists);
      }
      if (input.expectedDeliverables !== undefined) await this.reconcileDeliverables(manager, id, before.deliverables, input.expectedDeliverables);
      return this.finishUpdate(manager, actor, before, beforeRecord, undefined);
    });
  }

  async changeStatus(actor: Actor, id: string, version: number, input: ActivityStatusChangeInput): Promise<ActivityDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadForWrite(manager, actor, id, version);
      // The check reads the status of `version`, and the update below applies only while the row is still at it.
      assertStatusTransition(before.status, input.status);
      await this.claimVersion(manager, id, version, { status: input.status });
      await manager.insert(ProgressEntryEntity, {
        activityId: id,
        recordedAt: this.clock.now(),
        recordedByUserId: actor.user.id,
        fromStatus: before.status,
        toStatus: input.status,
        note: input.note ?? null,
      });
      return this.finishUpdate(manager, actor, before, toActivityAuditRecord(before), input.note);
    });
  }

  async deleteActivity(actor: Actor, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadForWrite(manager, actor, id, version);
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(ActivityEntity)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw staleVersion(version, undefined);
      await this.audit.record(manager, {
        actor,
        networkId: before.workplan.networkId,
        entityType: 'activity',
        entityId: id,
        action: 'delete',
        before: toActivityAuditRecord(before),
        after: null,
      });
    });
  }

  /**
   * For a change to something the activity owns (its agenda): refuses another network's activity (404) and a stale
   * version (412), and moves the activity to its next version in the caller's transaction. Answers the activity
   * as it was.
   */
  async claimNextVersion(manager: EntityManager, actor: Actor, id: string, version: number): Promise<ActivityEntity> {
    const before = await this.loadForWrite(manager, actor, id, version);
    await this.claimVersion(manager, id, version, {});
    return before;
  }

  /** Activities whose event schedule has at least one agenda item. */
  private async findActivitiesWithAgenda(manager: EntityManager, activityIds: string[]): Promise<Set<string>> {
    if (activityIds.length === 0) return new Set();
    const schedules = await manager
      .createQueryBuilder(EventScheduleEntity, 'schedule')
      .select('schedule.activityId', 'activityId')
      .where({ activityId: In(activityIds) })
      .andWhere('EXISTS (SELECT 1 FROM agenda_item item WHERE item.schedule_id = schedule.id)')
      .getRawMany<{ activityId: string }>();
    return new Set(schedules.map((schedule) => schedule.activityId));
  }

  private loadActivity(manager: EntityManager, id: string): Promise<ActivityEntity | null> {
    return manager.findOne(ActivityEntity, {
      where: { id },
      relations: { workplan: true, organisationLinks: { organisation: true }, deliverables: true, schedule: true },
    });
  }

  private async requireActivity(manager: EntityManager, id: string): Promise<ActivityEntity> {
    const activity = await this.loadActivity(manager, id);
    if (!activity) throw activityNotFound(id);
    return activity;
  }

  private async toDetailView(manager: EntityManager, activity: ActivityEntity, asOf: string): Promise<ActivityDetailView> {
    const withAgenda = await this.findActivitiesWithAgenda(manager, [activity.id]);
    return toActivityDetailView(activity, { asOf, hasAgenda: withAgenda.has(activity.id) });
  }

  /**
   * The activity as it is before a change, for the audit trail: not found in the actor's network is 404, and a
   * version already passed is refused at once. The versioned UPDATE is what guarantees it; this only saves work.
   */
  private async loadForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<ActivityEntity> {
    const activity = await this.loadActivity(manager, id);
    if (!activity || activity.workplan.networkId !== actor.user.networkId) throw activityNotFound(id);
    if (activity.version !== version) throw staleVersion(version, activity.version);
    return activity;
  }

  /**
   * `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2`: of any number of concurrent commands
   * based on one version, exactly one gets the row; the others find no row at that version and are refused.
   */
  private async claimVersion(manager: EntityManager, id: string, version: number, columns: ActivityColumns): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ActivityEntity)
      .set({ ...withDayBounds(columns), version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion(version, undefined);
  }

  private async finishUpdate(
    manager: EntityManager,
    actor: Actor,
    before: ActivityEntity,
    beforeRecord: Record<string, unknown>,
    note: string | undefined,
  ): Promise<ActivityDetailView> {
    const after = await this.requireActivity(manager, before.id);
    await this.audit.record(manager, {
      actor,
      networkId: before.workplan.networkId,
      entityType: 'activity',
      entityId: before.id,
      action: 'update',
      before: beforeRecord,
      after: toActivityAuditRecord(after),
      note: note ?? null,
    });
    return this.toDetailView(manager, after, getTodayUtc());
  }

  /** Unknown organisation ids are a bad request naming each, not a foreign-key failure. */
  private async assertOrganisationsExist(manager: EntityManager, lists: OrganisationLists): Promise<void> {
    const ids = [...lists.leadOrganisationIds, ...lists.participatingOrganisationIds];
    if (ids.length === 0) return;
    const found = new Set((await manager.findBy(OrganisationEntity, { id: In(ids) })).map((organisation) => organisation.id));
    const problems: FieldProblem[] = (['leadOrganisationIds', 'participatingOrganisationIds'] as const).flatMap((listName) =>
      lists[listName].flatMap((id, index) => (found.has(id) ? [] : [{ path: `${listName}.${index}`, message: 'is not a known organisation' }])),
    );
    if (problems.length > 0) {
      throw new DomainError('validation_failed', `Unknown organisations: ${problems.map((problem) => problem.path).join(', ')}`, problems);
    }
  }

  private async replaceOrganisationLinks(manager: EntityManager, activityId: string, lists: OrganisationLists): Promise<void> {
    await manager.delete(ActivityOrganisationEntity, { activityId });
    const links = [
      ...lists.leadOrganisationIds.map((organisationId, position) => ({ activityId, organisationId, role: 'lead' as const, position })),
      ...lists.participatingOrganisationIds.map((organisationId, position) => ({ activityId, organisationId, role: 'participating' as const, position })),
    ];
    if (links.length > 0) await manager.insert(ActivityOrganisationEntity, links);
  }

  /** Deliverables follow the list of titles: a title kept keeps its deliverable (and status), new ones start pending. */
  private async reconcileDeliverables(manager: EntityManager, activityId: string, existing: DeliverableEntity[], titles: string[]): Promise<void> {
    const unused = [...existing].sort((a, b) => a.position - b.position);
    const kept: DeliverableEntity[] = [];
    for (const [position, title] of titles.entries()) {
      const index = unused.findIndex((deliverable) => deliverable.title === title);
      const match = index === -1 ? undefined : unused.splice(index, 1)[0];
      kept.push(manager.create(DeliverableEntity, match ? { id: match.id, activityId, title, status: match.status, position, version: match.version } : { activityId, title, status: 'pending', position }));
    }
    if (unused.length > 0) await manager.delete(DeliverableEntity, { id: In(unused.map((deliverable) => deliverable.id)) });
    if (kept.length > 0) await manager.save(kept);
  }
}
