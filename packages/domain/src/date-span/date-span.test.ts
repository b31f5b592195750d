import { describe, expect, it } from 'vitest';
import { dateSpanSchema } from './date-span.js';
import { getDateSpanBounds } from './date-span-bounds.js';

describe('dateSpanSchema', () => {
  it('accepts each precision the concept note uses', () => {
    const spans = [
      { precision: 'day', date: '2021-03-16' },
      { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' },
      { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' },
      { precision: 'month-choice', months: ['2021-06', '2021-07'] },
    ];
    for (const span of spans) expect(dateSpanSchema.parse(span)).toEqual(span);
  });

  it.each([
    [{ precision: 'day', date: '2021-02-30' }, 'date'],
    [{ precision: 'day', date: '16 March 2021' }, 'date'],
    [{ precision: 'day', date: '0000-01-01' }, 'date'],
    [{ precision: 'month-range', fromMonth: '0000-01', toMonth: '2021-01' }, 'fromMonth'],
    [{ precision: 'month-range', fromMonth: '2021-06', toMonth: '2021-04' }, 'toMonth'],
    [{ precision: 'month-range', fromMonth: '2021-13', toMonth: '2021-14' }, 'fromMonth'],
    [{ precision: 'month-choice', months: ['2021-06'] }, 'months'],
    [{ precision: 'month-choice', months: ['2021-06', '2021-06'] }, 'months'],
    [{ precision: 'day-time-window', date: '2021-04-22', startTime: '17:00', endTime: '14:00', timeZone: 'Asia/Tbilisi' }, 'endTime'],
    [{ precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ precision: 'day', date: '2021-03-16', extra: true }, ''],
  ])('refuses %j, naming the field %s', (input, field) => {
    const result = dateSpanSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('refuses an unknown precision', () => {
    expect(dateSpanSchema.safeParse({ precision: 'week', date: '2021-03-16' }).success).toBe(false);
  });
});

describe('getDateSpanBounds', () => {
  it('bounds an exact day by that day alone', () => {
    expect(getDateSpanBounds({ precision: 'day', date: '2021-03-16' })).toEqual({
      earliestStart: '2021-03-16', latestStart: '2021-03-16', earliestEnd: '2021-03-16', latestEnd: '2021-03-16', isTentative: false,
    });
  });

  it('bounds a month range from the first day of its first month to the last day of its last', () => {
    expect(getDateSpanBounds({ precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' })).toMatchObject({
      earliestStart: '2021-04-01', latestEnd: '2021-06-30', isTentative: false,
    });
  });

  it('keeps an undecided choice tentative, with what is certain and what is possible apart', () => {
    expect(getDateSpanBounds({ precision: 'month-choice', months: ['2021-07', '2021-06'] })).toEqual({
      earliestStart: '2021-06-01', latestStart: '2021-07-01', earliestEnd: '2021-06-30', latestEnd: '2021-07-31', isTentative: true,
    });
  });

  it('knows February of a leap year', () => {
    expect(getDateSpanBounds({ precision: 'month-range', fromMonth: '2024-02', toMonth: '2024-02' }).latestEnd).toBe('2024-02-29');
  });
});
