import { DateTime } from 'luxon';
import { formatCalendarDay } from '../date-span/format-date-span.js';
import type { Locale } from '../locale/locale.js';

/** "17–20 May 2022" / "17–20 მაისი, 2022": a month shared by both days is written once. */
export const formatForumDates = (startDay: string, endDay: string, locale: Locale): string => {
  const start = DateTime.fromISO(startDay, { zone: 'utc' });
  const end = DateTime.fromISO(endDay, { zone: 'utc' });
  if (start.hasSame(end, 'month')) return `${start.day}–${formatCalendarDay(endDay, locale)}`;
  return `${formatCalendarDay(startDay, locale)} – ${formatCalendarDay(endDay, locale)}`;
};
