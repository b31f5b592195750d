import { describe, expect, it } from 'vitest';
import { formatClockTime, formatLongDate, formatZoneAbbreviation, formatZoneOffset, getSpanDateTimeAttribute, listMonths } from './date-time';

describe('date-time helpers', () => {
  const opening = '2021-04-22T14:00:00+04:00';

  it('shows one instant as 24-hour wall-clock time in each zone', () => {
    expect(formatClockTime(opening, 'Asia/Tbilisi')).toBe('14:00');
    expect(formatClockTime(opening, 'Europe/Berlin')).toBe('12:00');
    expect(formatClockTime(opening, 'America/New_York')).toBe('06:00');
  });

  it('names zones the way the concept note does on the event day', () => {
    expect(formatZoneOffset(opening, 'Asia/Tbilisi')).toBe('GMT+4');
    expect(formatZoneAbbreviation(opening, 'Europe/Berlin')).toBe('CEST');
    expect(formatZoneAbbreviation('2021-01-22T14:00:00+04:00', 'Europe/Berlin')).toBe('CET');
    expect(formatZoneAbbreviation(opening, 'Asia/Tbilisi')).toBe('GMT+4');
  });

  it('writes long dates and month columns in the chosen language', () => {
    expect(formatLongDate('2020-06-30', 'en')).toBe('30 June 2020');
    expect(formatLongDate('2020-06-30', 'ka')).toBe('30 ივნისი, 2020');
    const months = listMonths('2021-01', '2021-12', 'en');
    expect(months).toHaveLength(12);
    expect(months[5]).toEqual({ key: '2021-06', label: 'Jun', fullLabel: 'June 2021' });
    expect(listMonths('2021-06', '2021-06', 'ka')[0]?.fullLabel).toBe('ივნისი 2021');
  });

  it('gives <time> a value only when the span is one valid HTML date or month', () => {
    expect(getSpanDateTimeAttribute({ precision: 'day', date: '2021-03-16' })).toBe('2021-03-16');
    expect(
      getSpanDateTimeAttribute({ precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' }),
    ).toBe('2021-04-22T14:00+04:00');
    expect(getSpanDateTimeAttribute({ precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' })).toBeUndefined();
    expect(getSpanDateTimeAttribute({ precision: 'month-choice', months: ['2021-06', '2021-07'] })).toBeUndefined();
  });
});
