import { DateTime } from 'luxon';

/** Today's calendar day in UTC: the default "as of" day for status checks. */
export const getTodayUtc = (): string => DateTime.utc().toISODate();

/** An instant as ISO 8601 with the offset of `zone` on that day, e.g. 2021-04-22T14:00:00+04:00. */
export const toZonedIso = (instant: Date, zone: string): string =>
  DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) as string;
