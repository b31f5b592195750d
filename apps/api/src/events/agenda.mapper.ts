import {
  checkAgendaTiming,
  convertAgendaToZone,
  formatPersonName,
  type AgendaItemView,
  type AgendaView,
} from '@compact-tracker/domain';
import type { ActivityEntity } from '../activities/activity.entity.js';
import { toZonedIso } from '../common/calendar.js';
import { getOrganisationLabel } from '../organisations/organisation.mapper.js';
import type { AgendaItemEntity } from './agenda-item.entity.js';
import type { EventScheduleEntity } from './event-schedule.entity.js';

type UnzonedItem = Omit<AgendaItemView, 'end'>;

const byPosition = <Row extends { position: number }>(a: Row, b: Row) => a.position - b.position;

/** `position` is the item's place in the agenda, the same index the timing findings use. */
const toUnzonedItem = (item: AgendaItemEntity, position: number, eventZone: string): UnzonedItem => ({
  id: item.id,
  position,
  start: toZonedIso(item.startsAt, eventZone),
  durationMinutes: item.durationMinutes,
  kind: item.kind,
  title: item.title,
  hasQa: item.hasQa,
  speakers: [...item.speakers].sort(byPosition).map((speaker) => ({
    personId: speaker.personId,
    name: formatPersonName(speaker.person),
    title: speaker.person.title,
    organisation: getOrganisationLabel(speaker.person.organisation),
    timeZone: speaker.person.timeZone,
    minutes: speaker.minutes,
  })),
});

/**
 * The agenda seen from `zone`, with the timing findings of the domain. Needs
 * `items.speakers.person.organisation` loaded on the schedule. Throws unknown_time_zone for a bad zone.
 */
export const toAgendaView = (activity: ActivityEntity, schedule: EventScheduleEntity, zone: string): AgendaView => {
  const eventZone = schedule.timeZone;
  const timed = {
    windowStart: toZonedIso(schedule.windowStart, eventZone),
    windowEnd: toZonedIso(schedule.windowEnd, eventZone),
    timeZone: eventZone,
    items: [...schedule.items].sort(byPosition).map((item, index) => toUnzonedItem(item, index, eventZone)),
  };
  const zoned = convertAgendaToZone(timed, zone);
  return {
    activityId: activity.id,
    title: activity.title,
    timeZone: zoned.timeZone,
    eventTimeZone: zoned.eventTimeZone,
    platform: schedule.platform,
    windowStart: zoned.windowStart,
    windowEnd: zoned.windowEnd,
    items: zoned.items,
    findings: checkAgendaTiming(timed),
    version: activity.version,
  };
};

/**
 * What the audit trail keeps of an agenda: the schedule and each item in the event's own zone, speakers by name
 * as they were then. Needs `items.speakers.person` loaded.
 */
export const toAgendaAuditRecord = (schedule: EventScheduleEntity): Record<string, unknown> => ({
  windowStart: toZonedIso(schedule.windowStart, schedule.timeZone),
  windowEnd: toZonedIso(schedule.windowEnd, schedule.timeZone),
  timeZone: schedule.timeZone,
  platform: schedule.platform,
  items: [...schedule.items].sort(byPosition).map((item) => ({
    start: toZonedIso(item.startsAt, schedule.timeZone),
    durationMinutes: item.durationMinutes,
    kind: item.kind,
    title: item.title,
    hasQa: item.hasQa,
    speakers: [...item.speakers].sort(byPosition).map((speaker) => ({ personId: speaker.personId, name: formatPersonName(speaker.person), minutes: speaker.minutes })),
  })),
});
