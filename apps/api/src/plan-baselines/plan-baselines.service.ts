import { diffPlan, DomainError, type BaselineDiffView, type BaselineInput, type BaselineView, type PlannedActivity } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';
import { PlanBaselineEntity } from './plan-baseline.entity.js';
import { toBaselineAuditRecord, toBaselineView } from './plan-baseline.mapper.js';

const workplanNotFound = (id: string): DomainError => new DomainError('not_found', `No workplan with id ${id}`);

/**
 * One statement reads every activity of the workplan and writes the baseline: the snapshot is of one moment,
 * whatever else commits meanwhile.
 */
const freezePlanSql = `
  INSERT INTO plan_baseline (workplan_id, name, created_at, created_by_user_id, activities)
  SELECT $1::uuid, $2::text, $3::timestamptz, $4::uuid,
    COALESCE(
      jsonb_agg(
        jsonb_build_object('activityId', a.id, 'title', a.title, 'status', a.status, 'dateSpan', a.date_span)
        ORDER BY a.earliest_day, a.latest_day, a.position
      ),
      '[]'::jsonb
    )
  FROM activity a
  WHERE a.workplan_id = $1::uuid
  RETURNING id`;

@Injectable()
export class PlanBaselinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  async createBaseline(actor: Actor, workplanId: string, input: BaselineInput, idempotency: IdempotencyRequest | undefined): Promise<BaselineView> {
    return this.idempotency.run(actor.user.id, idempotency, { workplanId, input }, 201, async (manager) => {
      const workplan = await manager.findOneBy(WorkplanEntity, { id: workplanId });
      if (!workplan || workplan.networkId !== actor.user.networkId) throw workplanNotFound(workplanId);
      const [row] = await manager.query<[{ id: string }]>(freezePlanSql, [workplanId, input.name, this.clock.now(), actor.user.id]);
      const baseline = await manager.findOneOrFail(PlanBaselineEntity, { where: { id: row.id }, relations: { createdBy: true } });
      await this.audit.record(manager, {
        actor,
        networkId: workplan.networkId,
        entityType: 'plan_baseline',
        entityId: baseline.id,
        action: 'create',
        before: null,
        after: toBaselineAuditRecord(baseline),
      });
      return toBaselineView(baseline);
    });
  }

  /** Newest first. */
  async listBaselines(workplanId: string): Promise<BaselineView[]> {
    await this.assertWorkplanExists(workplanId);
    const baselines = await this.dataSource.manager.find(PlanBaselineEntity, {
      where: { workplanId },
      relations: { createdBy: true },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return baselines.map(toBaselineView);
  }

  /** The baseline against the plan as it is now: moved, re-statused, renamed, added and dropped activities. */
  async diffBaseline(workplanId: string, baselineId: string): Promise<BaselineDiffView> {
    await this.assertWorkplanExists(workplanId);
    const baseline = await this.dataSource.manager.findOne(PlanBaselineEntity, { where: { id: baselineId, workplanId }, relations: { createdBy: true } });
    if (!baseline) throw new DomainError('not_found', `No baseline with id ${baselineId} in workplan ${workplanId}`);
    const activities = await this.dataSource.manager.find(ActivityEntity, {
      where: { workplanId },
      order: { earliestDay: 'ASC', latestDay: 'ASC', position: 'ASC' },
    });
    const current: PlannedActivity[] = activities.map((activity) => ({
      activityId: activity.id,
      title: activity.title,
      status: activity.status,
      dateSpan: activity.dateSpan,
    }));
    return { baseline: toBaselineView(baseline), changes: diffPlan(baseline.activities, current) };
  }

  private async assertWorkplanExists(workplanId: string): Promise<void> {
    if (!(await this.dataSource.manager.existsBy(WorkplanEntity, { id: workplanId }))) throw workplanNotFound(workplanId);
  }
}
