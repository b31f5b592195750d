import {
  applyCriterionReviewAction,
  assertReadinessCanBeSignedOff,
  DomainError,
  type CriterionReviewAction,
  type ReadinessAnswerInput,
  type ReadinessCommentInput,
  type ReadinessCommentKind,
  type ReadinessCommentView,
  type ReadinessCriterionDetailView,
  type ReadinessReviewDecisionInput,
  type ReadinessReviewView,
  type ReadinessSignOffInput,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { ReadinessCommentEntity } from './readiness-comment.entity.js';
import { criterionRelations, ReadinessCriteriaService, staleCriterion } from './readiness-criteria.service.js';
import { ReadinessCriterionEntity } from './readiness-criterion.entity.js';
import { ReadinessReviewEntity } from './readiness-review.entity.js';
import { toReadinessCommentAuditRecord, toReadinessCommentView, toReadinessCriterionAuditRecord, toReadinessReviewAuditRecord } from './readiness.mapper.js';
import { criterionNotFound, noReadinessReview, ReadinessService } from './readiness.service.js';

const staleReview = (sent: number, current?: number): DomainError =>
  new DomainError(
    'precondition_failed',
    current === undefined
      ? `The readiness review was changed by someone else since version ${sent}; reload it and try again`
      : `The readiness review was changed by someone else (you sent version ${sent}, it is at ${current}); reload it and try again`,
  );

type ReviewStep = { action: CriterionReviewAction; threadEntry: { kind: ReadinessCommentKind; body: string | null } };

/**
 * SCMI's review: comments on criteria, accepting or returning each, the co-chairs' answers to returns, and the
 * sign-off of the whole. Every step is one transaction with one audit row; the review row is locked by every step
 * that depends on its status, so a return and a sign-off at the same moment cannot both succeed.
 */
@Injectable()
export class ReadinessReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly readiness: ReadinessService,
    private readonly criteria: ReadinessCriteriaService,
  ) {}

  async addComment(actor: Actor, criterionId: string, input: ReadinessCommentInput, idempotency: IdempotencyRequest | undefined): Promise<ReadinessCommentView> {
    return this.idempotency.run(actor.user.id, idempotency, { criterionId, input }, 201, async (manager) => {
      const criterion = await manager.findOneBy(ReadinessCriterionEntity, { id: criterionId });
      if (!criterion || criterion.networkId !== actor.user.networkId) throw criterionNotFound(criterionId);
      const comment = await this.appendToThread(manager, actor, criterionId, { kind: 'comment', body: input.body }, this.clock.now());
      await this.audit.record(manager, {
        actor,
        networkId: criterion.networkId,
        entityType: 'readiness_comment',
        entityId: comment.id,
        action: 'create',
        before: null,
        after: toReadinessCommentAuditRecord(comment),
      });
      return toReadinessCommentView(comment);
    });
  }

  /** A reviewer accepts a criterion (with an optional comment) or returns it with a reason. */
  async decide(actor: Actor, criterionId: string, version: number, input: ReadinessReviewDecisionInput): Promise<ReadinessCriterionDetailView> {
    const step: ReviewStep =
      input.decision === 'return'
        ? { action: { kind: 'return', reason: input.reason }, threadEntry: { kind: 'return', body: input.reason } }
        : { action: { kind: 'accept' }, threadEntry: { kind: 'accept', body: input.comment ?? null } };
    return this.applyStep(actor, criterionId, version, step);
  }

  /** A co-chair answers a returned criterion, which opens it again for the reviewer. */
  async answer(actor: Actor, criterionId: string, version: number, input: ReadinessAnswerInput): Promise<ReadinessCriterionDetailView> {
    return this.applyStep(actor, criterionId, version, { action: { kind: 'answer', comment: input.comment }, threadEntry: { kind: 'answer', body: input.comment } });
  }

  async signOff(actor: Actor, networkId: string, version: number, input: ReadinessSignOffInput): Promise<ReadinessReviewView> {
    return this.dataSource.transaction(async (manager) => {
      const review = await this.lockReview(manager, networkId);
      if (!review || networkId !== actor.user.networkId) throw noReadinessReview(networkId);
      if (review.version !== version) throw staleReview(version, review.version);
      const criteria = await manager.find(ReadinessCriterionEntity, { where: { networkId }, order: { position: 'ASC' } });
      assertReadinessCanBeSignedOff(review.status, criteria);
      const before = await manager.findOneOrFail(ReadinessReviewEntity, { where: { id: review.id }, relations: { signedOffBy: true } });
      const result = await manager
        .createQueryBuilder()
        .update(ReadinessReviewEntity)
        .set({ status: 'signed_off', signedOffAt: this.clock.now(), signedOffByUserId: actor.user.id, signOffNote: input?.note ?? null, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: review.id, version })
        .execute();
      if (result.affected !== 1) throw staleReview(version);
      const after = await manager.findOneOrFail(ReadinessReviewEntity, { where: { id: review.id }, relations: { signedOffBy: true } });
      await this.audit.record(manager, {
        actor,
        networkId,
        entityType: 'readiness_review',
        entityId: review.id,
        action: 'update',
        before: toReadinessReviewAuditRecord(before),
        after: toReadinessReviewAuditRecord(after),
        note: input?.note ?? null,
      });
      return this.readiness.buildReviewView(manager, after);
    });
  }

  /**
   * One review step on a criterion: the domain decides the next state from the state at `version` and the review's
   * status, the versioned UPDATE makes sure the criterion is still at it, the step's text joins the thread, and one
   * audit row records the step with that text as its note.
   */
  private async applyStep(actor: Actor, criterionId: string, version: number, step: ReviewStep): Promise<ReadinessCriterionDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const located = await manager.findOneBy(ReadinessCriterionEntity, { id: criterionId });
      if (!located || located.networkId !== actor.user.networkId) throw criterionNotFound(criterionId);
      const review = await this.lockReview(manager, located.networkId);
      if (!review) throw noReadinessReview(located.networkId);
      const before = await this.criteria.loadForWrite(manager, actor, criterionId, version);
      const nextState = applyCriterionReviewAction(before.reviewState, step.action, review.status);
      const now = this.clock.now();
      const result = await manager
        .createQueryBuilder()
        .update(ReadinessCriterionEntity)
        .set({
          reviewState: nextState,
          ...(step.action.kind === 'return' ? { lastReturnReason: step.threadEntry.body } : {}),
          ...(step.action.kind === 'accept' ? { lastReturnReason: null } : {}),
          reviewedAt: now,
          reviewedByUserId: actor.user.id,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: criterionId, version })
        .execute();
      if (result.affected !== 1) throw staleCriterion(version);
      await this.appendToThread(manager, actor, criterionId, step.threadEntry, now);
      const after = await manager.findOneOrFail(ReadinessCriterionEntity, { where: { id: criterionId }, relations: criterionRelations });
      await this.audit.record(manager, {
        actor,
        networkId: before.networkId,
        entityType: 'readiness_criterion',
        entityId: criterionId,
        action: 'update',
        before: toReadinessCriterionAuditRecord(before),
        after: toReadinessCriterionAuditRecord(after),
        note: step.threadEntry.body,
      });
      return this.readiness.buildCriterionDetail(manager, review, criterionId);
    });
  }

  private lockReview(manager: EntityManager, networkId: string): Promise<ReadinessReviewEntity | null> {
    return manager.findOne(ReadinessReviewEntity, { where: { networkId }, lock: { mode: 'pessimistic_write' } });
  }

  private async appendToThread(manager: EntityManager, actor: Actor, criterionId: string, entry: ReviewStep['threadEntry'], at: Date): Promise<ReadinessCommentEntity> {
    const saved = await manager.save(manager.create(ReadinessCommentEntity, { criterionId, kind: entry.kind, body: entry.body, authorUserId: actor.user.id, createdAt: at }));
    return manager.findOneOrFail(ReadinessCommentEntity, { where: { id: saved.id }, relations: { author: true } });
  }
}
