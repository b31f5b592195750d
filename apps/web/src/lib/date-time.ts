import { formatCalendarDay, formatUtcOffset, getMonthName, type DateSpan, type Locale } from '@compact-tracker/domain';
import { DateTime } from 'luxon';

export const getViewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export const getTodayIsoDate = (): string => DateTime.now().toISODate() as string;

export const isIsoDate = (value: string | null | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;

/** "30 June 2020" / "30 ივნისი, 2020". */
export const formatLongDate = formatCalendarDay;

/** "22 Apr" in the reader's language, for a time that lands on another day in some zone. */
export const formatShortDate = (iso: string, zone: string, locale: Locale): string => {
  const date = DateTime.fromISO(iso, { zone });
  return `${date.day} ${getMonthName(date.month, locale, 'short')}`;
};

/** 24-hour wall-clock time of an instant in a zone, e.g. "14:00". */
export const formatClockTime = (iso: string, zone: string): string => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');

export const getCalendarDate = (iso: string, zone: string): string => DateTime.fromISO(iso, { zone }).toISODate() as string;

/** The offset as the concept note prints it on that day, e.g. "GMT+4". */
export const formatZoneOffset = (iso: string, zone: string): string => formatUtcOffset(DateTime.fromISO(iso, { zone }));

/**
 * The zone's everyday short name on that day ("CEST", "BST", "UTC"), falling back to the offset
 * where there is no such name. British English is asked because it names European zones.
 */
export const formatZoneAbbreviation = (iso: string, zone: string): string => {
  const name = DateTime.fromISO(iso, { zone }).setLocale('en-GB').toFormat('ZZZZ');
  return name.startsWith('GMT') ? formatZoneOffset(iso, zone) : name;
};

export type MonthColumn = { key: string; label: string; fullLabel: string };

/** Every month from `fromMonth` to `toMonth` (YYYY-MM), labelled in the reader's language. */
export const listMonths = (fromMonth: string, toMonth: string, locale: Locale): MonthColumn[] => {
  const months: MonthColumn[] = [];
  const last = DateTime.fromFormat(toMonth, 'yyyy-MM', { zone: 'utc' });
  for (let month = DateTime.fromFormat(fromMonth, 'yyyy-MM', { zone: 'utc' }); month <= last; month = month.plus({ months: 1 })) {
    months.push({
      key: month.toFormat('yyyy-MM'),
      label: getMonthName(month.month, locale, 'short'),
      fullLabel: `${getMonthName(month.month, locale, 'long')} ${month.year}`,
    });
  }
  return months;
};

/** A value for `<time dateTime>` when the span is one valid HTML date, date-time or month. */
export const getSpanDateTimeAttribute = (span: DateSpan): string | undefined => {
  switch (span.precision) {
    case 'day':
      return span.date;
    case 'day-time-window':
      return DateTime.fromISO(`${span.date}T${span.startTime}`, { zone: span.timeZone }).toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? undefined;
    case 'month-range':
      return span.fromMonth === span.toMonth ? span.fromMonth : undefined;
    case 'month-choice':
      return undefined;
  }
};
