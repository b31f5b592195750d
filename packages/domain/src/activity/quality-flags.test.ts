import { describe, expect, it } from 'vitest';
import type { DateSpan } from '../date-span/date-span.js';
import { getQualityFlags } from './quality-flags.js';

const webinar: DateSpan = { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' };
const expert: DateSpan = { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' };
const stockTaking: DateSpan = { precision: 'month-choice', months: ['2021-06', '2021-07'] };

describe('getQualityFlags', () => {
  it('flags an event still planned the day after it was due', () => {
    expect(getQualityFlags({ status: 'planned', dateSpan: webinar }, '2021-04-22')).toEqual([]);
    expect(getQualityFlags({ status: 'planned', dateSpan: webinar }, '2021-04-23')).toEqual(['still_planned_after_start']);
  });

  it('flags a month range still planned once its first month has begun', () => {
    expect(getQualityFlags({ status: 'planned', dateSpan: expert }, '2021-04-01')).toEqual([]);
    expect(getQualityFlags({ status: 'planned', dateSpan: expert }, '2021-05-01')).toEqual(['still_planned_after_start']);
    expect(getQualityFlags({ status: 'in_progress', dateSpan: expert }, '2021-05-01')).toEqual([]);
  });

  it('does not flag an undecided June/July meeting as late in June', () => {
    expect(getQualityFlags({ status: 'planned', dateSpan: stockTaking }, '2021-06-20')).toEqual([]);
    expect(getQualityFlags({ status: 'planned', dateSpan: stockTaking }, '2021-07-02')).toEqual(['still_planned_after_start']);
  });

  it('flags work marked done before it could have ended', () => {
    expect(getQualityFlags({ status: 'done', dateSpan: expert }, '2021-05-15')).toEqual(['done_before_end']);
    expect(getQualityFlags({ status: 'done', dateSpan: expert }, '2021-06-30')).toEqual([]);
    expect(getQualityFlags({ status: 'done', dateSpan: stockTaking }, '2021-06-15')).toEqual(['done_before_end']);
    expect(getQualityFlags({ status: 'done', dateSpan: stockTaking }, '2021-07-15')).toEqual([]);
  });

  it('leaves cancelled and postponed activities alone', () => {
    expect(getQualityFlags({ status: 'cancelled', dateSpan: webinar }, '2022-01-01')).toEqual([]);
    expect(getQualityFlags({ status: 'postponed', dateSpan: webinar }, '2022-01-01')).toEqual([]);
  });
});
