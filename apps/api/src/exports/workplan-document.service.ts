import { DomainError, type ActivityDetailView, type AgendaView, type WorkplanSummaryView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type FindOptionsRelations } from 'typeorm';
import { activityNotFound } from '../activities/activities.service.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { toActivityDetailView } from '../activities/activity.mapper.js';
import { toAgendaView } from '../events/agenda.mapper.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';
import { toWorkplanSummaryView } from '../workplans/workplan.mapper.js';

/** An activity as every document of the workplan prints it: the same views the JSON API answers. */
export type DocumentActivity = {
  activity: ActivityDetailView;
  /** In the event's own zone; null when the activity is not a scheduled event. */
  agenda: AgendaView | null;
  createdAt: Date;
  updatedAt: Date;
};

export type WorkplanDocument = {
  workplan: WorkplanSummaryView;
  /** The day the quality flags were checked against. */
  asOf: string;
  activities: DocumentActivity[];
};

const documentRelations = {
  organisationLinks: { organisation: true },
  deliverables: true,
  schedule: { items: { speakers: { person: { organisation: true } } } },
} satisfies FindOptionsRelations<ActivityEntity>;

const toDocumentActivity = (activity: ActivityEntity, asOf: string): DocumentActivity => {
  const schedule = activity.schedule;
  return {
    activity: toActivityDetailView(activity, { asOf, hasAgenda: (schedule?.items.length ?? 0) > 0 }),
    agenda: schedule ? toAgendaView(activity, schedule, schedule.timeZone) : null,
    createdAt: activity.createdAt,
    updatedAt: activity.updatedAt,
  };
};

/** Reads a workplan, or one activity, with everything the calendar files, exports and print need. */
@Injectable()
export class WorkplanDocumentService {
  constructor(private readonly dataSource: DataSource) {}

  async findWorkplanDocument(workplanId: string, asOf: string): Promise<WorkplanDocument> {
    const manager = this.dataSource.manager;
    const workplan = await manager.findOne(WorkplanEntity, { where: { id: workplanId }, relations: { network: { coChairs: true } } });
    if (!workplan) throw new DomainError('not_found', `No workplan with id ${workplanId}`);
    const activities = await manager.find(ActivityEntity, {
      where: { workplanId },
      relations: documentRelations,
      // One query per relation rather than one join: an agenda's items × speakers × organisations would multiply rows.
      relationLoadStrategy: 'query',
      // Calendar order, as the workplan endpoint answers it.
      order: { earliestDay: 'ASC', latestDay: 'ASC', position: 'ASC' },
    });
    return {
      workplan: toWorkplanSummaryView(workplan, activities.length),
      asOf,
      activities: activities.map((activity) => toDocumentActivity(activity, asOf)),
    };
  }

  async findActivityDocument(activityId: string, asOf: string): Promise<DocumentActivity> {
    const activity = await this.dataSource.manager.findOne(ActivityEntity, {
      where: { id: activityId },
      relations: documentRelations,
      relationLoadStrategy: 'query',
    });
    if (!activity) throw activityNotFound(activityId);
    return toDocumentActivity(activity, asOf);
  }
}
