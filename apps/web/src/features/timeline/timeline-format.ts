import { formatCalendarDay, getMonthName, type Locale, type TimelineRange, type TimelineZoom } from '@compact-tracker/domain';
import type { TimelineMonth } from '@compact-tracker/ui';
import { listMonths } from '../../lib/date-time';

const monthNumber = (month: string) => Number(month.slice(5, 7));

/** "12–13 November 2020", "30 November – 2 December 2020", or one day. */
export const formatDayRange = (start: string, end: string, locale: Locale): string => {
  if (start === end) return formatCalendarDay(start, locale);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8, 10))}–${formatCalendarDay(end, locale)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) {
    return `${Number(start.slice(8, 10))} ${getMonthName(monthNumber(start), locale)} – ${formatCalendarDay(end, locale)}`;
  }
  return `${formatCalendarDay(start, locale)} – ${formatCalendarDay(end, locale)}`;
};

export type PeriodWords = { quarter: number; year: string; from: string; to: string; lastYear: string };

/** The parts a period's title is made of; the words around them come from the translations. */
export const describePeriod = (range: TimelineRange, locale: Locale): PeriodWords => ({
  quarter: Math.ceil(monthNumber(range.fromMonth) / 3),
  year: range.fromMonth.slice(0, 4),
  from: getMonthName(monthNumber(range.fromMonth), locale),
  to: getMonthName(monthNumber(range.toMonth), locale),
  lastYear: range.toMonth.slice(0, 4),
});

/**
 * The month columns of a zoom: full names for a quarter, short ones for a year. Over several years a column is too
 * narrow for a name: only the first month of each quarter is named on screen; every column keeps its full name.
 */
export const listTimelineMonths = (zoom: TimelineZoom, range: TimelineRange, locale: Locale): TimelineMonth[] => {
  const months = listMonths(range.fromMonth, range.toMonth, locale);
  if (zoom === 'quarter') return months.map((month) => ({ ...month, label: getMonthName(monthNumber(month.key), locale) }));
  if (zoom === 'year') return months;
  return months.map((month) => (monthNumber(month.key) % 3 === 1 ? month : { ...month, label: '' }));
};
