import { DomainError, gcmReviewMilestones, type MilestoneView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ActionPointEntity } from '../action-points/action-point.entity.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';

/** Action points still to do: their due dates are the timeline's follow-up milestones. */
const openActionPointStatuses = ['open', 'in_progress'] as const;

@Injectable()
export class MilestonesService {
  constructor(private readonly dataSource: DataSource) {}

  /** The GCM review cycle and each open action point's due date, in calendar order. */
  async listMilestones(workplanId: string): Promise<MilestoneView[]> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(WorkplanEntity, { id: workplanId }))) throw new DomainError('not_found', `No workplan with id ${workplanId}`);
    const actionPoints = await manager.find(ActionPointEntity, {
      where: { sourceActivity: { workplanId }, status: In(openActionPointStatuses) },
    });
    const milestones: MilestoneView[] = [
      ...gcmReviewMilestones.map((milestone) => ({ ...milestone })),
      ...actionPoints.map((actionPoint) => ({
        title: actionPoint.title,
        kind: 'action_point_due' as const,
        startDate: actionPoint.dueDate,
        endDate: actionPoint.dueDate,
        actionPointId: actionPoint.id,
      })),
    ];
    return milestones.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
  }
}
