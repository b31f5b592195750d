import { DomainError, type WorkplanDetailView, type WorkplanSummaryView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ActivitiesService } from '../activities/activities.service.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { getTodayUtc } from '../common/calendar.js';
import { toWorkplanDetailView, toWorkplanSummaryView } from './workplan.mapper.js';
import { WorkplanEntity } from './workplan.entity.js';

@Injectable()
export class WorkplansService {
  constructor(
    @InjectRepository(WorkplanEntity) private readonly workplans: Repository<WorkplanEntity>,
    @InjectRepository(ActivityEntity) private readonly activities: Repository<ActivityEntity>,
    private readonly activitiesService: ActivitiesService,
  ) {}

  async listWorkplans(): Promise<WorkplanSummaryView[]> {
    const workplans = await this.workplans.find({
      relations: { network: { coChairs: true } },
      order: { year: 'DESC', title: 'ASC', id: 'ASC' },
    });
    const counts = await this.activities
      .createQueryBuilder('activity')
      .select('activity.workplanId', 'workplanId')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('activity.workplanId')
      .getRawMany<{ workplanId: string; count: number }>();
    const countByWorkplan = new Map(counts.map((row) => [row.workplanId, row.count]));
    return workplans.map((workplan) => toWorkplanSummaryView(workplan, countByWorkplan.get(workplan.id) ?? 0));
  }

  async getWorkplan(id: string, asOf: string = getTodayUtc()): Promise<WorkplanDetailView> {
    const workplan = await this.workplans.findOne({ where: { id }, relations: { network: { coChairs: true } } });
    if (!workplan) throw new DomainError('not_found', `No workplan with id ${id}`);
    const activities = await this.activitiesService.listActivitySummaries(id, asOf);
    return toWorkplanDetailView(workplan, activities, asOf);
  }
}
