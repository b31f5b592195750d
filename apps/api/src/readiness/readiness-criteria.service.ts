import {
  DomainError,
  findStatusProblems,
  getEvidenceRecordId,
  type EvidenceLink,
  type FieldProblem,
  type ReadinessCriterionDetailView,
  type ReadinessCriterionInput,
  type ReadinessCriterionUpdateInput,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { DeliverableEntity } from '../activities/deliverable.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { IndicatorEntity } from '../indicators/indicator.entities.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ReadinessCriterionEntity } from './readiness-criterion.entity.js';
import { ReadinessReviewEntity } from './readiness-review.entity.js';
import { toReadinessCriterionAuditRecord } from './readiness.mapper.js';
import { criterionNotFound, noReadinessReview, ReadinessService } from './readiness.service.js';

export const staleCriterion = (sent: number, current?: number): DomainError =>
  new DomainError(
    'precondition_failed',
    current === undefined
      ? `The readiness criterion was changed by someone else since version ${sent}; reload it and try again`
      : `The readiness criterion was changed by someone else (you sent version ${sent}, it is at ${current}); reload it and try again`,
  );

const refuseProblems = (problems: FieldProblem[]): void => {
  if (problems.length > 0) throw new DomainError('validation_failed', `Invalid readiness criterion: ${problems.map((problem) => problem.path).join(', ')}`, problems);
};

export const criterionRelations = { owner: true, reviewedBy: true } as const;

/** The co-chairs' side of the criteria: add an evidence-based criterion, change a criterion's details and evidence. */
@Injectable()
export class ReadinessCriteriaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly readiness: ReadinessService,
  ) {}

  async createCriterion(actor: Actor, networkId: string, input: ReadinessCriterionInput, idempotency: IdempotencyRequest | undefined): Promise<ReadinessCriterionDetailView> {
    return this.idempotency.run(actor.user.id, idempotency, { networkId, input }, 201, async (manager) => {
      if (networkId !== actor.user.networkId) throw noReadinessReview(networkId);
      // Locked against a sign-off at the same moment: the set of criteria signed off is the set that was there.
      const review = await manager.findOne(ReadinessReviewEntity, { where: { networkId }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw noReadinessReview(networkId);
      if (review.status === 'signed_off') throw new DomainError('conflict', 'The readiness review is signed off: no criteria can be added to it');
      refuseProblems([
        ...findStatusProblems('evidence', input.status, input.evidence.length),
        ...(await this.findReferenceProblems(manager, networkId, input.ownerOrganisationId, input.evidence)),
      ]);
      const [{ next }] = await manager.query<[{ next: number }]>('SELECT COALESCE(MAX(position) + 1, 1)::int AS next FROM readiness_criterion WHERE network_id = $1', [networkId]);
      const created = await manager.save(
        manager.create(ReadinessCriterionEntity, {
          networkId,
          key: null,
          position: next,
          title: input.title,
          description: input.description || null,
          kind: 'evidence',
          source: null,
          evidenceStatus: input.status,
          evidence: input.evidence,
          ownerOrganisationId: input.ownerOrganisationId,
          dueDate: input.dueDate,
          reviewState: 'open',
          lastReturnReason: null,
          reviewedAt: null,
          reviewedByUserId: null,
        }),
      );
      const after = await manager.findOneOrFail(ReadinessCriterionEntity, { where: { id: created.id }, relations: criterionRelations });
      await this.audit.record(manager, {
        actor,
        networkId,
        entityType: 'readiness_criterion',
        entityId: created.id,
        action: 'create',
        before: null,
        after: toReadinessCriterionAuditRecord(after),
      });
      return this.readiness.buildCriterionDetail(manager, review, created.id);
    });
  }

  async updateCriterion(actor: Actor, id: string, version: number, input: ReadinessCriterionUpdateInput): Promise<ReadinessCriterionDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadForWrite(manager, actor, id, version);
      // Locked against a sign-off at the same moment, as for a new criterion: what was signed off stays as it was.
      const review = await manager.findOne(ReadinessReviewEntity, { where: { networkId: before.networkId }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw noReadinessReview(before.networkId);
      if (review.status === 'signed_off') throw new DomainError('conflict', 'The readiness review is signed off: its criteria can no longer be changed');
      const evidence = input.evidence ?? before.evidence;
      const statusProblems =
        before.kind === 'computed'
          ? findStatusProblems('computed', input.status, evidence.length)
          : findStatusProblems('evidence', input.status ?? before.evidenceStatus ?? 'not_met', evidence.length).map((problem) =>
              input.status === undefined ? { path: 'evidence', message: `must keep at least one link while the criterion is ${before.evidenceStatus === 'met' ? 'met' : 'partly met'}` } : problem,
            );
      refuseProblems([...statusProblems, ...(await this.findReferenceProblems(manager, before.networkId, input.ownerOrganisationId, input.evidence ?? []))]);

      const result = await manager
        .createQueryBuilder()
        .update(ReadinessCriterionEntity)
        .set({
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.description === undefined ? {} : { description: input.description || null }),
          ...(input.ownerOrganisationId === undefined ? {} : { ownerOrganisationId: input.ownerOrganisationId }),
          ...(input.dueDate === undefined ? {} : { dueDate: input.dueDate }),
          ...(input.status === undefined ? {} : { evidenceStatus: input.status }),
          ...(input.evidence === undefined ? {} : { evidence: input.evidence }),
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw staleCriterion(version);
      const after = await manager.findOneOrFail(ReadinessCriterionEntity, { where: { id }, relations: criterionRelations });
      await this.audit.record(manager, {
        actor,
        networkId: before.networkId,
        entityType: 'readiness_criterion',
        entityId: id,
        action: 'update',
        before: toReadinessCriterionAuditRecord(before),
        after: toReadinessCriterionAuditRecord(after),
      });
      return this.readiness.buildCriterionDetail(manager, review, id);
    });
  }

  /** Another network's criterion is not found; a version already passed is refused at once (the versioned UPDATE guarantees it). */
  async loadForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<ReadinessCriterionEntity> {
    const criterion = await manager.findOne(ReadinessCriterionEntity, { where: { id }, relations: criterionRelations });
    if (!criterion || criterion.networkId !== actor.user.networkId) throw criterionNotFound(id);
    if (criterion.version !== version) throw staleCriterion(version, criterion.version);
    return criterion;
  }

  /** The owner must be a known organisation, and evidence must name records of the network. */
  private async findReferenceProblems(manager: EntityManager, networkId: string, ownerOrganisationId: string | undefined, evidence: EvidenceLink[]): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (ownerOrganisationId !== undefined && !(await manager.existsBy(OrganisationEntity, { id: ownerOrganisationId }))) {
      problems.push({ path: 'ownerOrganisationId', message: 'is not a known organisation' });
    }
    const idsOf = (kind: EvidenceLink['kind']) => evidence.filter((link) => link.kind === kind).flatMap((link) => getEvidenceRecordId(link) ?? []);
    const activities = await manager.find(ActivityEntity, { where: { id: In(idsOf('activity')), workplan: { networkId } }, select: { id: true } });
    const deliverables = await manager.find(DeliverableEntity, { where: { id: In(idsOf('deliverable')), activity: { workplan: { networkId } } }, select: { id: true } });
    const indicators = await manager.find(IndicatorEntity, { where: { id: In(idsOf('indicator')), networkId }, select: { id: true } });
    const known = {
      activity: { ids: new Set(activities.map((record) => record.id)), name: 'an activity' },
      deliverable: { ids: new Set(deliverables.map((record) => record.id)), name: 'a deliverable' },
      indicator: { ids: new Set(indicators.map((record) => record.id)), name: 'an indicator' },
    };
    evidence.forEach((link, index) => {
      const id = getEvidenceRecordId(link);
      if (link.kind === 'document' || id === null || known[link.kind].ids.has(id)) return;
      problems.push({ path: `evidence.${index}.${link.kind}Id`, message: `is not ${known[link.kind].name} of your network` });
    });
    return problems;
  }
}
