import {
  DomainError,
  getEvidenceRecordId,
  getForumCountdown,
  getReadinessTotals,
  isCriterionOverdue,
  resolveReadinessAsOf,
  type EvidenceLink,
  type EvidenceLinkView,
  type ReadinessAsOf,
  type ReadinessCriterionDetailView,
  type ReadinessCriterionView,
  type ReadinessReviewView,
  type ReadinessView,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { DeliverableEntity } from '../activities/deliverable.entity.js';
import { Clock } from '../common/clock.js';
import { IndicatorEntity } from '../indicators/indicator.entities.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { toOrganisationView } from '../organisations/organisation.mapper.js';
import { ReadinessCommentEntity } from './readiness-comment.entity.js';
import { ReadinessCriterionEntity } from './readiness-criterion.entity.js';
import { ReadinessReviewEntity } from './readiness-review.entity.js';
import { ReadinessSnapshotReader, type CriterionAtInstant, type ReadinessSnapshot } from './readiness-snapshot.js';
import { toReadinessCommentView, type ReviewRecord } from './readiness.mapper.js';

export const noReadinessReview = (networkId: string): DomainError => new DomainError('not_found', `No readiness review for network ${networkId}`);
export const criterionNotFound = (id: string): DomainError => new DomainError('not_found', `No readiness criterion with id ${id}`);

const notYetReviewed: ReviewRecord = { timeZone: 'UTC', status: 'in_review', signedOffAt: null, signedOffBy: null, signOffNote: null };

/** What the evidence links name, read as the records are now. */
type EvidenceTargets = {
  activities: Map<string, ActivityEntity>;
  deliverables: Map<string, DeliverableEntity>;
  indicators: Map<string, IndicatorEntity>;
};

const byId = <Entity extends { id: string }>(records: Entity[]) => new Map(records.map((record) => [record.id, record]));

const resolveEvidence = (link: EvidenceLink, targets: EvidenceTargets): EvidenceLinkView => {
  switch (link.kind) {
    case 'activity': {
      const activity = targets.activities.get(link.activityId);
      return { kind: 'activity', activityId: link.activityId, title: activity?.title ?? null, status: activity?.status ?? null };
    }
    case 'deliverable': {
      const deliverable = targets.deliverables.get(link.deliverableId);
      return { kind: 'deliverable', deliverableId: link.deliverableId, activityId: deliverable?.activityId ?? null, title: deliverable?.title ?? null, status: deliverable?.status ?? null };
    }
    case 'indicator': {
      const indicator = targets.indicators.get(link.indicatorId);
      return { kind: 'indicator', indicatorId: link.indicatorId, code: indicator?.code ?? null, name: indicator?.name ?? null };
    }
    case 'document':
      return link;
  }
};

/** The readiness summary and one criterion's detail, now or as of an instant in the past. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly snapshots: ReadinessSnapshotReader,
  ) {}

  async getReadiness(actor: Actor, networkId: string, asOf: string | undefined): Promise<ReadinessView> {
    const manager = this.dataSource.manager;
    const review = await this.requireReadableReview(manager, actor, networkId);
    const { resolved, snapshot } = await this.readSnapshot(manager, review, asOf);
    const criteria = await this.toCriterionViews(manager, review.networkId, resolved, snapshot.criteria);
    return {
      networkId,
      asOf: resolved,
      countdown: getForumCountdown(resolved.day),
      totals: getReadinessTotals(criteria),
      criteria,
      review: this.toReviewView(review, snapshot),
    };
  }

  async getCriterion(actor: Actor, id: string, asOf: string | undefined): Promise<ReadinessCriterionDetailView> {
    const manager = this.dataSource.manager;
    const criterion = await manager.findOneBy(ReadinessCriterionEntity, { id });
    if (!criterion || criterion.networkId !== actor.user.networkId) throw criterionNotFound(id);
    return this.buildCriterionDetail(manager, await this.requireReview(manager, criterion.networkId), id, asOf);
  }

  /** For the commands too, inside their transaction: the criterion as it now reads (or as it read at `asOf`). */
  async buildCriterionDetail(manager: EntityManager, review: ReadinessReviewEntity, id: string, asOf?: string): Promise<ReadinessCriterionDetailView> {
    const { resolved, snapshot } = await this.readSnapshot(manager, review, asOf);
    const atInstant = snapshot.criteria.find((criterion) => criterion.id === id);
    if (!atInstant) throw new DomainError('not_found', `The readiness criterion ${id} did not exist yet at ${resolved.instant}`);
    const [view] = await this.toCriterionViews(manager, review.networkId, resolved, [atInstant]);
    const comments = await manager.find(ReadinessCommentEntity, {
      where: { criterionId: id },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const instant = new Date(resolved.instant);
    return {
      ...(view as ReadinessCriterionView),
      asOf: resolved,
      comments: comments.filter((comment) => comment.createdAt <= instant).map(toReadinessCommentView),
    };
  }

  /** The review as it now stands, for the sign-off's answer. */
  async buildReviewView(manager: EntityManager, review: ReadinessReviewEntity): Promise<ReadinessReviewView> {
    const { snapshot } = await this.readSnapshot(manager, review, undefined);
    return this.toReviewView(review, snapshot);
  }

  /** For the reads: another network's review is not found, as an unknown network's is. */
  async requireReadableReview(manager: EntityManager, actor: Actor, networkId: string): Promise<ReadinessReviewEntity> {
    if (networkId !== actor.user.networkId) throw noReadinessReview(networkId);
    return this.requireReview(manager, networkId);
  }

  async requireReview(manager: EntityManager, networkId: string): Promise<ReadinessReviewEntity> {
    const review = await manager.findOneBy(ReadinessReviewEntity, { networkId });
    if (!review) throw noReadinessReview(networkId);
    return review;
  }

  /**
   * The instant a view is read at. Its history begins when the review was opened: the seed opens it with its criteria
   * (the records these views are about) after storing the workplan, so before then records may read as first recorded
   * rather than as they stood, and from then on every change is in the trail. The network and workplan rows keep no
   * creation time.
   */
  resolveAsOf(review: ReadinessReviewEntity, asOf: string | undefined): ReadinessAsOf {
    return resolveReadinessAsOf(asOf, review.timeZone, this.clock.now(), review.createdAt);
  }

  private async readSnapshot(manager: EntityManager, review: ReadinessReviewEntity, asOf: string | undefined): Promise<{ resolved: ReadinessAsOf; snapshot: ReadinessSnapshot }> {
    const resolved = this.resolveAsOf(review, asOf);
    return { resolved, snapshot: await this.snapshots.read(manager, review.networkId, new Date(resolved.instant)) };
  }

  private toReviewView(review: ReadinessReviewEntity, snapshot: ReadinessSnapshot): ReadinessReviewView {
    const record = snapshot.review ?? notYetReviewed;
    return {
      id: review.id,
      networkId: review.networkId,
      status: record.status,
      signedOffAt: record.signedOffAt,
      signedOffBy: record.signedOffBy,
      signOffNote: record.signOffNote,
      returnedCriterionIds: snapshot.criteria.filter((criterion) => criterion.record.reviewState === 'returned').map((criterion) => criterion.id),
      version: review.version,
    };
  }

  private async toCriterionViews(manager: EntityManager, networkId: string, asOf: ReadinessAsOf, criteria: CriterionAtInstant[]): Promise<ReadinessCriterionView[]> {
    const links = criteria.flatMap((criterion) => criterion.record.evidence);
    const idsOf = (kind: EvidenceLink['kind']) => links.filter((link) => link.kind === kind).flatMap((link) => getEvidenceRecordId(link) ?? []);
    const ownerIds = [...new Set(criteria.map((criterion) => criterion.record.owner.id))];
    // One query after another: inside a command's transaction they share one connection.
    const versions = await manager.find(ReadinessCriterionEntity, { where: { networkId }, select: { id: true, version: true } });
    const owners = await manager.findBy(OrganisationEntity, { id: In(ownerIds) });
    const activities = await manager.findBy(ActivityEntity, { id: In(idsOf('activity')) });
    const deliverables = await manager.findBy(DeliverableEntity, { id: In(idsOf('deliverable')) });
    const indicators = await manager.findBy(IndicatorEntity, { id: In(idsOf('indicator')) });
    const targets: EvidenceTargets = { activities: byId(activities), deliverables: byId(deliverables), indicators: byId(indicators) };
    const versionOf = new Map(versions.map((row) => [row.id, row.version]));
    const ownerOf = byId(owners);
    return criteria.map(({ id, record, status, figures, commentCount }) => {
      const owner = ownerOf.get(record.owner.id);
      const isReturned = record.reviewState === 'returned' || record.reviewState === 'answered';
      return {
        id,
        networkId,
        key: record.key,
        position: record.position,
        title: record.title,
        description: record.description,
        kind: record.kind,
        source: record.source,
        status,
        figures,
        owner: owner ? toOrganisationView(owner) : null,
        dueDate: record.dueDate,
        isOverdue: isCriterionOverdue({ status, dueDate: record.dueDate }, asOf.day),
        evidence: record.evidence.map((link) => resolveEvidence(link, targets)),
        review: {
          state: record.reviewState,
          returnReason: isReturned ? record.lastReturnReason : null,
          reviewedAt: record.reviewedAt,
          reviewedBy: record.reviewedBy,
        },
        commentCount,
        version: versionOf.get(id) ?? 0,
      };
    });
  }
}
