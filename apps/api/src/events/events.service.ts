import { DomainError, type AgendaView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { activityNotFound } from '../activities/activities.service.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { toAgendaView } from './agenda.mapper.js';

@Injectable()
export class EventsService {
  constructor(@InjectRepository(ActivityEntity) private readonly activities: Repository<ActivityEntity>) {}

  /** The agenda in `zone`, by default in the event's own zone. */
  async getAgenda(activityId: string, zone: string | undefined): Promise<AgendaView> {
    const activity = await this.activities.findOne({
      where: { id: activityId },
      relations: { schedule: { items: { speakers: { person: { organisation: true } } } } },
    });
    if (!activity) throw activityNotFound(activityId);
    if (!activity.schedule) {
      throw new DomainError('not_found', `Activity ${activityId} is not a scheduled event, so it has no agenda`);
    }
    return toAgendaView(activity, activity.schedule, zone ?? activity.schedule.timeZone);
  }
}
