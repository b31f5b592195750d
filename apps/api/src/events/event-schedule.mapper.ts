import type { ActivityDetailView } from '@compact-tracker/domain';
import { toZonedIso } from '../common/calendar.js';
import type { EventScheduleEntity } from './event-schedule.entity.js';

export type EventScheduleView = NonNullable<ActivityDetailView['schedule']>;

/** The window in the event's own zone, as its organisers wrote it. */
export const toEventScheduleView = (schedule: EventScheduleEntity): EventScheduleView => ({
  windowStart: toZonedIso(schedule.windowStart, schedule.timeZone),
  windowEnd: toZonedIso(schedule.windowEnd, schedule.timeZone),
  timeZone: schedule.timeZone,
  platform: schedule.platform,
});
