import {
  assertStatusTransition,
  DomainError,
  type ActivityDetailView,
  type ActivityStatusChangeInput,
  type ActivitySummaryView,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { getTodayUtc } from '../common/calendar.js';
import { EventScheduleEntity } from '../events/event-schedule.entity.js';
import { ActivityEntity } from './activity.entity.js';
import { toActivityDetailView, toActivitySummaryView } from './activity.mapper.js';

export const activityNotFound = (id: string): DomainError => new DomainError('not_found', `No activity with id ${id}`);

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ActivityEntity) private readonly activities: Repository<ActivityEntity>,
    @InjectRepository(EventScheduleEntity) private readonly schedules: Repository<EventScheduleEntity>,
  ) {}

  /** A workplan's activities in calendar order: by earliest possible day, then latest, then as the source lists them. */
  async listActivitySummaries(workplanId: string, asOf: string): Promise<ActivitySummaryView[]> {
    const activities = await this.activities.find({
      where: { workplanId },
      relations: { organisationLinks: { organisation: true } },
      order: { earliestDay: 'ASC', latestDay: 'ASC', position: 'ASC' },
    });
    const withAgenda = await this.findActivitiesWithAgenda(activities.map((activity) => activity.id));
    return activities.map((activity) => toActivitySummaryView(activity, { asOf, hasAgenda: withAgenda.has(activity.id) }));
  }

  async getActivity(id: string, asOf: string = getTodayUtc()): Promise<ActivityDetailView> {
    const activity = await this.activities.findOne({
      where: { id },
      relations: { organisationLinks: { organisation: true }, deliverables: true, schedule: true },
    });
    if (!activity) throw activityNotFound(id);
    const withAgenda = await this.findActivitiesWithAgenda([id]);
    return toActivityDetailView(activity, { asOf, hasAgenda: withAgenda.has(id) });
  }

  async changeStatus(id: string, input: ActivityStatusChangeInput): Promise<ActivityDetailView> {
    await this.dataSource.transaction(async (manager) => {
      const activity = await manager.findOne(ActivityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!activity) throw activityNotFound(id);
      if (activity.version !== input.version) {
        throw new DomainError(
          'conflict',
          `The activity was changed by someone else (you sent version ${input.version}, it is at ${activity.version}); reload it and try again`,
          [{ path: 'version', message: `is ${activity.version} now` }],
        );
      }
      assertStatusTransition(activity.status, input.status);
      activity.status = input.status;
      await manager.save(activity);
    });
    return this.getActivity(id);
  }

  /** Activities whose event schedule has at least one agenda item. */
  private async findActivitiesWithAgenda(activityIds: string[]): Promise<Set<string>> {
    if (activityIds.length === 0) return new Set();
    const schedules = await this.schedules
      .createQueryBuilder('schedule')
      .select('schedule.activityId', 'activityId')
      .where({ activityId: In(activityIds) })
      .andWhere('EXISTS (SELECT 1 FROM agenda_item item WHERE item.schedule_id = schedule.id)')
      .getRawMany<{ activityId: string }>();
    return new Set(schedules.map((schedule) => schedule.activityId));
  }
}
