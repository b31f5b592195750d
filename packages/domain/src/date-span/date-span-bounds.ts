import { DateTime } from 'luxon';
import type { DateSpan } from './date-span.js';

/**
 * The calendar days a span may touch. `earliestStart`/`latestEnd` are the outer bounds (what a
 * timeline must cover); `latestStart`/`earliestEnd` are what is certain even for an undecided choice.
 */
export type DateSpanBounds = {
  earliestStart: string;
  latestStart: string;
  earliestEnd: string;
  latestEnd: string;
  isTentative: boolean;
};

const firstDayOf = (yearMonth: string) => `${yearMonth}-01`;
const lastDayOf = (yearMonth: string) =>
  DateTime.fromFormat(yearMonth, 'yyyy-MM', { zone: 'utc' }).endOf('month').toISODate() as string;

export const getDateSpanBounds = (span: DateSpan): DateSpanBounds => {
  switch (span.precision) {
    case 'day':
    case 'day-time-window':
      return { earliestStart: span.date, latestStart: span.date, earliestEnd: span.date, latestEnd: span.date, isTentative: false };
    case 'month-range': {
      const start = firstDayOf(span.fromMonth);
      const end = lastDayOf(span.toMonth);
      return { earliestStart: start, latestStart: start, earliestEnd: end, latestEnd: end, isTentative: false };
    }
    case 'month-choice': {
      const months = [...span.months].sort();
      const first = months[0] as string;
      const last = months[months.length - 1] as string;
      return {
        earliestStart: firstDayOf(first),
        latestStart: firstDayOf(last),
        earliestEnd: lastDayOf(first),
        latestEnd: lastDayOf(last),
        isTentative: true,
      };
    }
  }
};

/** Same span, whatever order an undecided choice lists its months in. */
export const areDateSpansEqual = (a: DateSpan, b: DateSpan): boolean => {
  const normalise = (span: DateSpan) =>
    span.precision === 'month-choice' ? { ...span, months: [...span.months].sort() } : span;
  const sortedEntries = (span: DateSpan) => JSON.stringify(Object.entries(normalise(span)).sort(([x], [y]) => x.localeCompare(y)));
  return sortedEntries(a) === sortedEntries(b);
};
