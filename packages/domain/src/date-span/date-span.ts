import { DateTime } from 'luxon';
import { z } from 'zod';
import { timeZoneSchema } from '../time-zone/time-zone.js';

// ISO 8601 has a year 0000 (1 BC); the Gregorian calendar, PostgreSQL's `date` and any workplan do not.
const isCommonEraYear = (value: string) => !value.startsWith('0000');
const isCalendarDay = (value: string) => isCommonEraYear(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
const isYearMonth = (value: string) => isCommonEraYear(value) && DateTime.fromFormat(value, 'yyyy-MM', { zone: 'utc' }).isValid;

export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a calendar day YYYY-MM-DD')
  .refine(isCalendarDay, 'must be a real calendar day');

export const yearMonthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'must be a month YYYY-MM')
  .refine(isYearMonth, 'must be a real month');

export const wallClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:mm');

/** An exact day, as in "Tuesday, 16 March 2021". */
export const daySpanSchema = z.object({ precision: z.literal('day'), date: calendarDaySchema }).strict();

/** A day with a start and end time in an IANA zone, as in "22 April 2021, 14:00-17:00 (GMT+4)". */
export const dayTimeWindowSpanSchema = z
  .object({
    precision: z.literal('day-time-window'),
    date: calendarDaySchema,
    startTime: wallClockTimeSchema,
    endTime: wallClockTimeSchema,
    timeZone: timeZoneSchema,
  })
  .strict()
  .refine((span) => span.startTime < span.endTime, { message: 'must end after it starts', path: ['endTime'] });

/** A run of whole months, as in "April through June 2021". */
export const monthRangeSpanSchema = z
  .object({ precision: z.literal('month-range'), fromMonth: yearMonthSchema, toMonth: yearMonthSchema })
  .strict()
  .refine((span) => span.fromMonth <= span.toMonth, { message: 'must not end before it starts', path: ['toMonth'] });

/** An undecided choice between months, as in "June/July 2021". */
export const monthChoiceSpanSchema = z
  .object({
    precision: z.literal('month-choice'),
    months: z
      .array(yearMonthSchema)
      .min(2, 'must offer at least two months')
      .max(12)
      .refine((months) => new Set(months).size === months.length, 'must not repeat a month'),
  })
  .strict();

export const dateSpanSchema = z.discriminatedUnion('precision', [
  daySpanSchema,
  dayTimeWindowSpanSchema,
  monthRangeSpanSchema,
  monthChoiceSpanSchema,
]);

export type DaySpan = z.infer<typeof daySpanSchema>;
export type DayTimeWindowSpan = z.infer<typeof dayTimeWindowSpanSchema>;
export type MonthRangeSpan = z.infer<typeof monthRangeSpanSchema>;
export type MonthChoiceSpan = z.infer<typeof monthChoiceSpanSchema>;
export type DateSpan = z.infer<typeof dateSpanSchema>;
export type DatePrecision = DateSpan['precision'];

export const datePrecisions = ['day', 'day-time-window', 'month-range', 'month-choice'] as const satisfies readonly DatePrecision[];
