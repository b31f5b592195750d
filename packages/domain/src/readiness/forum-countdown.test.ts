import { describe, expect, it } from 'vitest';
import { getForumCountdown, imrf2022 } from './forum-countdown.js';
import { resolveReadinessAsOf } from './readiness-as-of.js';

describe('the countdown to the IMRF', () => {
  it('takes the forum from the GCM review milestones: 17–20 May 2022', () => {
    expect(imrf2022).toMatchObject({ startDate: '2022-05-17', endDate: '2022-05-20' });
  });

  it('counts calendar days from the as-of day, across a year end', () => {
    expect(getForumCountdown('2021-04-22')).toMatchObject({ daysToForum: 390, phase: 'before' });
    expect(getForumCountdown('2022-05-16')).toMatchObject({ daysToForum: 1, phase: 'before' });
    expect(getForumCountdown('2022-05-17')).toMatchObject({ daysToForum: 0, phase: 'during' });
    expect(getForumCountdown('2022-05-20')).toMatchObject({ daysToForum: -3, phase: 'during' });
    expect(getForumCountdown('2022-05-21')).toMatchObject({ daysToForum: -4, phase: 'after' });
  });
});

describe('the as-of instant of a readiness view', () => {
  const now = new Date('2022-03-01T08:00:00Z');
  const historyBeginsAt = new Date('2021-03-01T06:00:00Z');
  const history = { historyBeginsAt: '2021-03-01T10:00:00.000+04:00', isBeforeHistory: false };

  it('is now when none is asked for', () => {
    expect(resolveReadinessAsOf(undefined, 'Asia/Tbilisi', now, historyBeginsAt)).toEqual({ day: '2022-03-01', instant: '2022-03-01T12:00:00.000+04:00', timeZone: 'Asia/Tbilisi', isPast: false, ...history });
  });

  it("reads a day as the end of that day in the network's zone", () => {
    expect(resolveReadinessAsOf('2021-04-22', 'Asia/Tbilisi', now, historyBeginsAt)).toEqual({ day: '2021-04-22', instant: '2021-04-22T23:59:59.999+04:00', timeZone: 'Asia/Tbilisi', isPast: true, ...history });
    expect(resolveReadinessAsOf('2022-03-01', 'Asia/Tbilisi', now, historyBeginsAt).isPast).toBe(false);
  });

  it('takes a date-time as the instant it names, and its day in the zone', () => {
    expect(resolveReadinessAsOf('2022-02-28T21:30:00Z', 'Asia/Tbilisi', now, historyBeginsAt)).toEqual({ day: '2022-03-01', instant: '2022-03-01T01:30:00.000+04:00', timeZone: 'Asia/Tbilisi', isPast: true, ...history });
  });

  it('is before the history until the instant the history begins', () => {
    expect(resolveReadinessAsOf('2021-02-28', 'Asia/Tbilisi', now, historyBeginsAt).isBeforeHistory).toBe(true);
    expect(resolveReadinessAsOf('2021-03-01T05:59:59.999Z', 'Asia/Tbilisi', now, historyBeginsAt).isBeforeHistory).toBe(true);
    expect(resolveReadinessAsOf('2021-03-01T06:00:00Z', 'Asia/Tbilisi', now, historyBeginsAt).isBeforeHistory).toBe(false);
  });
});
