import { DateTime } from 'luxon';
import { getMonthName, getWeekdayName } from '../locale/calendar-names.js';
import type { Locale } from '../locale/locale.js';
import type { DateSpan } from './date-span.js';

const monthName = (yearMonth: string, locale: Locale) => getMonthName(Number(yearMonth.slice(5, 7)), locale);
const yearOf = (yearMonth: string) => yearMonth.slice(0, 4);

/** "GMT+4", as the concept note prints offsets. */
export const formatUtcOffset = (instant: DateTime): string => {
  const offset = instant.toFormat('ZZ').replace(/^([+-])0?(\d+):00$/, '$1$2');
  return `GMT${offset === '+0' ? '' : offset}`;
};

/** "30 June 2020" / "30 ივნისი, 2020". */
export const formatCalendarDay = (isoDate: string, locale: Locale): string => {
  const day = DateTime.fromISO(isoDate, { zone: 'utc' });
  const month = getMonthName(day.month, locale);
  return locale === 'ka' ? `${day.day} ${month}, ${day.year}` : `${day.day} ${month} ${day.year}`;
};

/** "Tuesday, 16 March 2021" / "სამშაბათი, 16 მარტი, 2021". */
export const formatDay = (isoDate: string, locale: Locale): string =>
  `${getWeekdayName(DateTime.fromISO(isoDate, { zone: 'utc' }).weekday, locale)}, ${formatCalendarDay(isoDate, locale)}`;

const joinMonths = (months: string[], locale: Locale, separator: string) => {
  const years = new Set(months.map(yearOf));
  if (years.size === 1) return `${months.map((m) => monthName(m, locale)).join(separator)} ${yearOf(months[0] as string)}`;
  return months.map((m) => `${monthName(m, locale)} ${yearOf(m)}`).join(separator);
};

const throughWord: Record<Locale, string> = { en: ' through ', ka: ' – ' };

/**
 * Renders a span at exactly the precision it was recorded with:
 * "Tuesday, 16 March 2021", "Thursday, 22 April 2021, 14:00–17:00 (GMT+4)",
 * "April through June 2021", "June/July 2021". Never shows a day the span does not have.
 */
export const formatDateSpan = (span: DateSpan, locale: Locale): string => {
  switch (span.precision) {
    case 'day':
      return formatDay(span.date, locale);
    case 'day-time-window': {
      const start = DateTime.fromISO(`${span.date}T${span.startTime}`, { zone: span.timeZone });
      return `${formatDay(span.date, locale)}, ${span.startTime}–${span.endTime} (${formatUtcOffset(start)})`;
    }
    case 'month-range':
      if (span.fromMonth === span.toMonth) return joinMonths([span.fromMonth], locale, '');
      return joinMonths([span.fromMonth, span.toMonth], locale, throughWord[locale]);
    case 'month-choice':
      return joinMonths([...span.months].sort(), locale, '/');
  }
};
