import { IndicatorBaselineEntity, IndicatorEntity } from '../indicators/indicator.entities.js';
import { DomainError, type AuditEntityType, type AuditEntryView, type NetworkAuditPageView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { actorCan, type Actor } from '../access/actor.js';
import { UserEntity } from '../accounts/user.entity.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { DeliverableEntity } from '../activities/deliverable.entity.js';
import { ProgressEntryEntity } from '../activities/progress-entry.entity.js';
import { ActionPointEntity } from '../action-points/action-point.entity.js';
import { Clock } from '../common/clock.js';
import { CrosswalkLinkEntity } from '../crosswalk/crosswalk-link.entity.js';
import { StrategyGoalEntity, StrategyObjectiveEntity } from '../crosswalk/strategy.entities.js';
import { OutcomeRecordEntity } from '../outcomes/outcome-record.entity.js';
import { PlanBaselineEntity } from '../plan-baselines/plan-baseline.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { ReadinessCommentEntity } from '../readiness/readiness-comment.entity.js';
import { ReadinessCriterionEntity } from '../readiness/readiness-criterion.entity.js';
import { ReadinessReviewEntity } from '../readiness/readiness-review.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { toAuditEntryView } from './audit.mapper.js';
import { writeAuditEntry, type AuditChange } from './audit-writer.js';

export type NetworkAuditPageOptions = { limit: number; before?: Date | undefined };

/** A change as a command reports it: who made it is the signed-in user. */
export type CommandChange = Omit<AuditChange, 'actorUserId'> & { actor: Actor };

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Exactly one row per change, in the command's transaction. */
  async record(manager: EntityManager, change: CommandChange): Promise<void> {
    const { actor, ...rest } = change;
    await writeAuditEntry(manager, { ...rest, actorUserId: actor.user.id }, this.clock.now());
  }

  /** One record's history, newest first. Users' histories are for those who manage users. */
  async listForEntity(actor: Actor, entityType: AuditEntityType, entityId: string): Promise<AuditEntryView[]> {
    this.assertMayRead(actor, entityType);
    const entries = await this.dataSource.manager.find(AuditEntryEntity, {
      where: { entityType, entityId, networkId: actor.user.networkId },
      relations: { actor: true },
      order: { occurredAt: 'DESC', id: 'DESC' },
    });
    // A record with no recorded change yet still has a history, an empty one; another network's record has none here.
    if (entries.length === 0 && !(await this.existsInNetwork(entityType, entityId, actor.user.networkId))) {
      throw new DomainError('not_found', `No ${entityType} with id ${entityId}`);
    }
    return entries.map(toAuditEntryView);
  }

  /**
   * A page of a network's history, newest first. Entries that share the last entry's instant all go on the same
   * page, so that `before` never skips one.
   */
  async listForNetwork(actor: Actor, networkId: string, options: NetworkAuditPageOptions): Promise<NetworkAuditPageView> {
    if (networkId !== actor.user.networkId) throw new DomainError('not_found', `No network with id ${networkId}`);
    const where: FindOptionsWhere<AuditEntryEntity> = {
      networkId,
      entityType: In(this.getReadableTypes(actor)),
      ...(options.before ? { occurredAt: LessThan(options.before) } : {}),
    };
    const page = await this.dataSource.manager.find(AuditEntryEntity, {
      where,
      relations: { actor: true },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: options.limit,
    });
    const last = page.at(-1);
    if (!last || page.length < options.limit) return { entries: page.map(toAuditEntryView), nextBefore: null };
    const ties = await this.dataSource.manager.find(AuditEntryEntity, {
      where: { ...where, occurredAt: last.occurredAt, id: LessThan(last.id) },
      relations: { actor: true },
      order: { id: 'DESC' },
    });
    const hasOlder = await this.dataSource.manager.exists(AuditEntryEntity, { where: { ...where, occurredAt: LessThan(last.occurredAt) } });
    return { entries: [...page, ...ties].map(toAuditEntryView), nextBefore: hasOlder ? last.occurredAt.toISOString() : null };
  }

  private getReadableTypes(actor: Actor): AuditEntityType[] {
    const workplanTypes: AuditEntityType[] = [
      'activity', 'agenda', 'deliverable', 'progress_entry', 'person', 'plan_baseline', 'outcome_record', 'action_point',
      'strategy_goal', 'strategy_objective', 'crosswalk_link', 'indicator', 'indicator_baseline',
      'readiness_criterion', 'readiness_comment', 'readiness_review',
    ];
    return actorCan(actor, 'user:manage') ? [...workplanTypes, 'user'] : workplanTypes;
  }

  private assertMayRead(actor: Actor, entityType: AuditEntityType): void {
    if (!this.getReadableTypes(actor).includes(entityType)) {
      throw new DomainError('forbidden', `Your role may not read the history of a ${entityType}`);
    }
  }

  private existsInNetwork(entityType: AuditEntityType, entityId: string, networkId: string): Promise<boolean> {
    switch (entityType) {
      case 'activity':
        return this.dataSource.manager.exists(ActivityEntity, { where: { id: entityId, workplan: { networkId } } });
      case 'user':
        return this.dataSource.manager.exists(UserEntity, { where: { id: entityId, networkId } });
      // An agenda's history is kept under its activity's id.
      case 'agenda':
        return this.dataSource.manager.exists(ActivityEntity, { where: { id: entityId, workplan: { networkId } } });
      case 'deliverable':
        return this.dataSource.manager.exists(DeliverableEntity, { where: { id: entityId, activity: { workplan: { networkId } } } });
      case 'progress_entry':
        return this.dataSource.manager.exists(ProgressEntryEntity, { where: { id: entityId, activity: { workplan: { networkId } } } });
      // People are shared by every network; each network keeps its own record of what it changed.
      case 'person':
        return this.dataSource.manager.exists(PersonEntity, { where: { id: entityId } });
      case 'plan_baseline':
        return this.dataSource.manager.exists(PlanBaselineEntity, { where: { id: entityId, workplan: { networkId } } });
      case 'outcome_record':
        return this.dataSource.manager.exists(OutcomeRecordEntity, { where: { id: entityId, activity: { workplan: { networkId } } } });
      case 'action_point':
        return this.dataSource.manager.exists(ActionPointEntity, { where: { id: entityId, sourceActivity: { workplan: { networkId } } } });
      case 'strategy_goal':
        return this.dataSource.manager.exists(StrategyGoalEntity, { where: { id: entityId, networkId } });
      case 'strategy_objective':
        return this.dataSource.manager.exists(StrategyObjectiveEntity, { where: { id: entityId, goal: { networkId } } });
      case 'crosswalk_link':
        return this.dataSource.manager.exists(CrosswalkLinkEntity, { where: { id: entityId, strategyObjective: { goal: { networkId } } } });
      case 'indicator':
        return this.dataSource.manager.exists(IndicatorEntity, { where: { id: entityId, networkId } });
      case 'indicator_baseline':
        return this.dataSource.manager.exists(IndicatorBaselineEntity, { where: { id: entityId, indicator: { networkId } } });
      case 'readiness_criterion':
        return this.dataSource.manager.exists(ReadinessCriterionEntity, { where: { id: entityId, networkId } });
      case 'readiness_comment':
        return this.dataSource.manager.exists(ReadinessCommentEntity, { where: { id: entityId, criterion: { networkId } } });
      case 'readiness_review':
        return this.dataSource.manager.exists(ReadinessReviewEntity, { where: { id: entityId, networkId } });
      default: {
        const unhandled: never = entityType;
        throw new Error(`Unknown audit entity type ${String(unhandled)}`);
      }
    }
  }
}
