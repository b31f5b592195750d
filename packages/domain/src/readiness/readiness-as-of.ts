import { DateTime } from 'luxon';
import { z } from 'zod';
import { calendarDaySchema } from '../date-span/date-span.js';

const asOfMessage = 'must be a calendar day YYYY-MM-DD or an ISO 8601 date-time with an offset, e.g. 2022-03-01T12:00:00+04:00';

/** A calendar day (read as the end of that day in the network's zone) or an exact instant. */
export const readinessAsOfSchema = z.union([calendarDaySchema, z.iso.datetime({ offset: true })], { error: asOfMessage });

export const readinessAsOfQuerySchema = z
  .object({
    asOf: readinessAsOfSchema
      .optional()
      .describe(
        "Show what was ready then, from the audit trail: a day YYYY-MM-DD (the end of that day in the network's time zone) or an instant with an offset; defaults to now.",
      ),
  })
  .strict();
export type ReadinessAsOfQuery = z.infer<typeof readinessAsOfQuerySchema>;

export const readinessAsOfViewSchema = z.object({
  /** The calendar day in the network's zone: what the countdown and the due dates are judged on. */
  day: z.string(),
  /** The instant the records are shown as of, ISO 8601 with the zone's offset. */
  instant: z.string(),
  timeZone: z.string(),
  /** True when the instant lies in the past: the view is rebuilt from the audit trail rather than the live records. */
  isPast: z.boolean(),
  /** When the history of the network's readiness records begins, ISO 8601 with the zone's offset. */
  historyBeginsAt: z.string(),
  /**
   * True when the instant lies before the history begins: the records stored without a history of their own (the
   * seeded workplan, criteria and review) are shown as first recorded, not as they stood then.
   */
  isBeforeHistory: z.boolean(),
});
export type ReadinessAsOf = z.infer<typeof readinessAsOfViewSchema>;

/**
 * Turns the `asOf` of a request into the instant records are read at: nothing means now; a day means the end of that
 * day in the network's zone (so "as of 22 April" includes everything done on 22 April in Tbilisi); a date-time is
 * taken as it is.
 */
export const resolveReadinessAsOf = (asOf: string | undefined, timeZone: string, now: Date, historyBeginsAt: Date): ReadinessAsOf => {
  const current = DateTime.fromJSDate(now, { zone: timeZone });
  const instant =
    asOf === undefined
      ? current
      : calendarDaySchema.safeParse(asOf).success
        ? DateTime.fromISO(asOf, { zone: timeZone }).endOf('day')
        : DateTime.fromISO(asOf, { setZone: true }).setZone(timeZone);
  if (!instant.isValid) throw new Error(`Cannot read the as-of ${asOf}`);
  return {
    day: instant.toISODate() as string,
    instant: instant.toISO() as string,
    timeZone,
    isPast: instant.toMillis() < now.getTime(),
    historyBeginsAt: DateTime.fromJSDate(historyBeginsAt, { zone: timeZone }).toISO() as string,
    isBeforeHistory: instant.toMillis() < historyBeginsAt.getTime(),
  };
};
