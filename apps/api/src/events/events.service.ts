import { DomainError, type AgendaReplaceInput, type AgendaView, type FieldProblem } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { ActivitiesService, activityNotFound } from '../activities/activities.service.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { PersonEntity } from '../people/person.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { AgendaSpeakerEntity } from './agenda-speaker.entity.js';
import { toAgendaAuditRecord, toAgendaView } from './agenda.mapper.js';
import { EventScheduleEntity } from './event-schedule.entity.js';

const agendaRelations = { schedule: { items: { speakers: { person: { organisation: true } } } } } as const;

@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(ActivityEntity) private readonly activities: Repository<ActivityEntity>,
    private readonly dataSource: DataSource,
    private readonly activityCommands: ActivitiesService,
    private readonly audit: AuditService,
  ) {}

  /** The agenda in `zone`, by default in the event's own zone. */
  async getAgenda(activityId: string, zone: string | undefined): Promise<AgendaView> {
    const activity = await this.activities.findOne({ where: { id: activityId }, relations: agendaRelations });
    if (!activity) throw activityNotFound(activityId);
    if (!activity.schedule) {
      throw new DomainError('not_found', `Activity ${activityId} is not a scheduled event, so it has no agenda`);
    }
    return toAgendaView(activity, activity.schedule, zone ?? activity.schedule.timeZone);
  }

  /**
   * Replaces an event's schedule and every agenda item at once, as the next version of the activity. Timing problems
   * are saved and answered as findings, for the co-chairs to see; unknown speakers are refused.
   */
  async replaceAgenda(actor: Actor, activityId: string, version: number, input: AgendaReplaceInput): Promise<AgendaView> {
    return this.dataSource.transaction(async (manager) => {
      await this.activityCommands.claimNextVersion(manager, actor, activityId, version);
      await this.assertSpeakersExist(manager, input);
      const before = await manager.findOne(EventScheduleEntity, { where: { activityId }, relations: { items: { speakers: { person: true } } } });
      const beforeRecord = before ? toAgendaAuditRecord(before) : null;

      const scheduleColumns = {
        windowStart: new Date(input.schedule.windowStart),
        windowEnd: new Date(input.schedule.windowEnd),
        timeZone: input.schedule.timeZone,
        platform: input.schedule.platform ?? null,
      };
      let scheduleId: string;
      if (before) {
        await manager.update(EventScheduleEntity, { id: before.id }, scheduleColumns);
        // Speakers go with their items (ON DELETE CASCADE).
        await manager.delete(AgendaItemEntity, { scheduleId: before.id });
        scheduleId = before.id;
      } else {
        scheduleId = (await manager.save(manager.create(EventScheduleEntity, { activityId, ...scheduleColumns }))).id;
      }
      for (const [position, item] of input.items.entries()) {
        const saved = await manager.save(
          manager.create(AgendaItemEntity, {
            scheduleId,
            position,
            startsAt: new Date(item.start),
            durationMinutes: item.durationMinutes,
            kind: item.kind,
            title: item.title,
            hasQa: item.hasQa,
          }),
        );
        if (item.speakers.length > 0) {
          await manager.insert(
            AgendaSpeakerEntity,
            item.speakers.map((speaker, speakerPosition) => ({ agendaItemId: saved.id, personId: speaker.personId, minutes: speaker.minutes, position: speakerPosition })),
          );
        }
      }

      const after = await manager.findOneOrFail(ActivityEntity, { where: { id: activityId }, relations: { ...agendaRelations, workplan: true } });
      const schedule = after.schedule as EventScheduleEntity;
      await this.audit.record(manager, {
        actor,
        networkId: after.workplan.networkId,
        entityType: 'agenda',
        entityId: activityId,
        action: before ? 'update' : 'create',
        before: beforeRecord,
        after: toAgendaAuditRecord(schedule),
      });
      return toAgendaView(after, schedule, schedule.timeZone);
    });
  }

  /** An unknown person is a bad request naming the slot, not a foreign-key failure. */
  private async assertSpeakersExist(manager: EntityManager, input: AgendaReplaceInput): Promise<void> {
    const ids = [...new Set(input.items.flatMap((item) => item.speakers.map((speaker) => speaker.personId)))];
    if (ids.length === 0) return;
    const found = new Set((await manager.findBy(PersonEntity, { id: In(ids) })).map((person) => person.id));
    const problems: FieldProblem[] = input.items.flatMap((item, itemIndex) =>
      item.speakers.flatMap((speaker, speakerIndex) =>
        found.has(speaker.personId) ? [] : [{ path: `items.${itemIndex}.speakers.${speakerIndex}.personId`, message: 'is not a known person' }],
      ),
    );
    if (problems.length > 0) throw new DomainError('validation_failed', `Unknown speakers: ${problems.map((problem) => problem.path).join(', ')}`, problems);
  }
}
