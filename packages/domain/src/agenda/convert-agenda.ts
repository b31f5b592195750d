import { DateTime } from 'luxon';
import { assertKnownTimeZone } from '../time-zone/time-zone.js';
import type { TimedAgenda, TimedAgendaItem } from './agenda.js';

export type ZonedAgendaItem<Item extends TimedAgendaItem> = Item & { start: string; end: string };

export type ZonedAgenda<Item extends TimedAgendaItem> = {
  timeZone: string;
  eventTimeZone: string;
  windowStart: string;
  windowEnd: string;
  items: ZonedAgendaItem<Item>[];
};

const toZone = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toISO({ suppressMilliseconds: true }) as string;

/**
 * The same agenda seen from another IANA zone: every start and end as ISO 8601 with that zone's offset
 * on that day (so daylight-saving time is right for the event's date, not for today).
 */
export const convertAgendaToZone = <Item extends TimedAgendaItem>(
  agenda: Omit<TimedAgenda, 'items'> & { items: readonly Item[] },
  zone: string,
): ZonedAgenda<Item> => {
  assertKnownTimeZone(zone);
  return {
    timeZone: zone,
    eventTimeZone: agenda.timeZone,
    windowStart: toZone(agenda.windowStart, zone),
    windowEnd: toZone(agenda.windowEnd, zone),
    items: agenda.items.map((item) => ({
      ...item,
      start: toZone(item.start, zone),
      end: toZone(DateTime.fromISO(item.start).plus({ minutes: item.durationMinutes }).toISO() as string, zone),
    })),
  };
};
