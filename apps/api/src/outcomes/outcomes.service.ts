import {
  applyOutcomeReviewAction,
  DomainError,
  initialOutcomeReview,
  type OutcomeRecordInput,
  type OutcomeRecordView,
  type OutcomeReturnInput,
  type OutcomeReviewAction,
  type OutcomeReviewState,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { activityNotFound } from '../activities/activities.service.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { isUniqueViolation } from '../common/sql.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { OutcomeRecordEntity } from './outcome-record.entity.js';
import { toOutcomeRecordAuditRecord, toOutcomeRecordView, toOutcomeReviewState } from './outcome-record.mapper.js';
import { OutcomeSignOffEntity } from './outcome-sign-off.entity.js';

const recordNotFound = (activityId: string): DomainError =>
  new DomainError('not_found', `Activity ${activityId} has no outcomes record yet; record one with PUT first`);

const staleVersion = (sent: number, current: number | undefined): DomainError =>
  new DomainError(
    'precondition_failed',
    current === undefined
      ? `The outcomes record was changed by someone else since version ${sent}; reload it and try again`
      : `The outcomes record was changed by someone else (you sent version ${sent}, it is at ${current}); reload it and try again`,
  );

type ReviewColumns = Partial<Pick<OutcomeRecordEntity, 'summary' | 'decisions' | 'reviewStatus' | 'lastReturnOrganisationId' | 'lastReturnReason' | 'lastReturnedAt' | 'lastReturnedByUserId'>>;

const recordRelations = { signOffs: { organisation: true }, lastReturnOrganisation: true, lastReturnedBy: true } as const;

@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The activity's outcomes record, or null while none is recorded. */
  async getOutcomes(actor: Actor, activityId: string): Promise<OutcomeRecordView | null> {
    const manager = this.dataSource.manager;
    await this.loadActivityInNetwork(manager, actor, activityId);
    const record = await this.findRecord(manager, activityId);
    return record ? toOutcomeRecordView(record) : null;
  }

  /**
   * Records the outcomes (no If-Match: the record must not exist yet) or revises them (If-Match: the version read).
   * A revision clears the sign-offs: the co-chairs sign the text as it now reads.
   */
  async putOutcomes(actor: Actor, activityId: string, version: number | undefined, input: OutcomeRecordInput): Promise<OutcomeRecordView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const activity = await this.loadActivityInNetwork(manager, actor, activityId);
        const existing = await this.findRecord(manager, activityId);
        if (!existing) {
          if (version !== undefined) throw new DomainError('precondition_failed', `Activity ${activityId} has no outcomes record at version ${version}; send no If-Match to record one`);
          const created = await manager.save(
            manager.create(OutcomeRecordEntity, { activityId, summary: input.summary, decisions: input.decisions, reviewStatus: initialOutcomeReview.status }),
          );
          const after = await this.requireRecord(manager, activityId);
          await this.audit.record(manager, {
            actor,
            networkId: activity.workplan.networkId,
            entityType: 'outcome_record',
            entityId: created.id,
            action: 'create',
            before: null,
            after: toOutcomeRecordAuditRecord(after),
          });
          return toOutcomeRecordView(after);
        }
        if (version === undefined) {
          throw new DomainError('precondition_required', 'This activity already has an outcomes record: send If-Match with the ETag you last read, e.g. If-Match: "3"', [
            { path: 'If-Match', message: 'is required' },
          ]);
        }
        if (existing.version !== version) throw staleVersion(version, existing.version);
        return this.applyStep(manager, actor, activity, existing, version, { kind: 'revise' }, { summary: input.summary, decisions: input.decisions }, null);
      });
    } catch (error) {
      // Two first recordings at once: the unique activity id lets one in; the other was based on "no record".
      if (isUniqueViolation(error, 'UQ_outcome_record_activity')) {
        throw new DomainError('precondition_failed', 'Someone else recorded the outcomes of this activity meanwhile; reload them and try again');
      }
      throw error;
    }
  }

  /** Signs off the current text for the signed-in co-chair's organisation. */
  async signOff(actor: Actor, activityId: string, version: number): Promise<OutcomeRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.loadActivityInNetwork(manager, actor, activityId);
      const record = await this.loadRecordForWrite(manager, activityId, version);
      return this.applyStep(manager, actor, activity, record, version, { kind: 'sign_off', organisationId: actor.user.organisationId }, {}, null);
    });
  }

  /** Returns the record to be revised, with a reason; the sign-offs so far are cleared. */
  async returnRecord(actor: Actor, activityId: string, version: number, input: OutcomeReturnInput): Promise<OutcomeRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.loadActivityInNetwork(manager, actor, activityId);
      const record = await this.loadRecordForWrite(manager, activityId, version);
      const columns: ReviewColumns = {
        lastReturnOrganisationId: actor.user.organisationId,
        lastReturnReason: input.reason,
        lastReturnedAt: this.clock.now(),
        lastReturnedByUserId: actor.user.id,
      };
      return this.applyStep(manager, actor, activity, record, version, { kind: 'return', organisationId: actor.user.organisationId, reason: input.reason }, columns, input.reason);
    });
  }

  /**
   * One review step: the domain decides the next state from the state at `version`, the versioned UPDATE makes sure
   * the record is still at it, the sign-offs follow the new state, and one audit row records the step.
   */
  private async applyStep(
    manager: EntityManager,
    actor: Actor,
    activity: ActivityEntity,
    record: OutcomeRecordEntity,
    version: number,
    action: OutcomeReviewAction,
    columns: ReviewColumns,
    note: string | null,
  ): Promise<OutcomeRecordView> {
    const coChairIds = await this.findCoChairOrganisationIds(manager, activity.workplan.networkId);
    const before = toOutcomeReviewState(record);
    const next: OutcomeReviewState = applyOutcomeReviewAction(before, action, coChairIds);
    const beforeRecord = toOutcomeRecordAuditRecord(record);

    const result = await manager
      .createQueryBuilder()
      .update(OutcomeRecordEntity)
      .set({ ...columns, reviewStatus: next.status, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: record.id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion(version, undefined);

    if (next.signedOffBy.length === 0) {
      if (before.signedOffBy.length > 0) await manager.delete(OutcomeSignOffEntity, { outcomeRecordId: record.id });
    } else if (action.kind === 'sign_off') {
      await manager.insert(OutcomeSignOffEntity, {
        outcomeRecordId: record.id,
        organisationId: action.organisationId,
        signedAt: this.clock.now(),
        signedByUserId: actor.user.id,
      });
    }

    const after = await this.requireRecord(manager, activity.id);
    await this.audit.record(manager, {
      actor,
      networkId: activity.workplan.networkId,
      entityType: 'outcome_record',
      entityId: record.id,
      action: 'update',
      before: beforeRecord,
      after: toOutcomeRecordAuditRecord(after),
      note,
    });
    return toOutcomeRecordView(after);
  }

  private async loadActivityInNetwork(manager: EntityManager, actor: Actor, activityId: string): Promise<ActivityEntity> {
    const activity = await manager.findOne(ActivityEntity, { where: { id: activityId }, relations: { workplan: true } });
    if (!activity || activity.workplan.networkId !== actor.user.networkId) throw activityNotFound(activityId);
    return activity;
  }

  /** A version already passed is refused at once; the versioned UPDATE is what guarantees it. */
  private async loadRecordForWrite(manager: EntityManager, activityId: string, version: number): Promise<OutcomeRecordEntity> {
    const record = await this.findRecord(manager, activityId);
    if (!record) throw recordNotFound(activityId);
    if (record.version !== version) throw staleVersion(version, record.version);
    return record;
  }

  private findRecord(manager: EntityManager, activityId: string): Promise<OutcomeRecordEntity | null> {
    return manager.findOne(OutcomeRecordEntity, { where: { activityId }, relations: recordRelations });
  }

  private async requireRecord(manager: EntityManager, activityId: string): Promise<OutcomeRecordEntity> {
    const record = await this.findRecord(manager, activityId);
    if (!record) throw recordNotFound(activityId);
    return record;
  }

  private async findCoChairOrganisationIds(manager: EntityManager, networkId: string): Promise<string[]> {
    const network = await manager.findOneOrFail(CountryNetworkEntity, { where: { id: networkId }, relations: { coChairs: true } });
    return network.coChairs.map((organisation) => organisation.id);
  }
}
