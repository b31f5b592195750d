import type { ActivityDetailView, DateSpan } from '@compact-tracker/domain';
import { getDateSpanBounds } from '@compact-tracker/domain';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DocumentActivity } from '../exports/workplan-document.service.js';
import { buildEventCalendar, buildWorkplanFeed, getCalendarTime, getEventStatus, getEventSummary } from './calendar-document.js';

const makeActivity = (overrides: Partial<ActivityDetailView> & { dateSpan: DateSpan }): ActivityDetailView => ({
  id: '2f7c1c1e-0000-4000-8000-000000000001',
  workplanId: '2f7c1c1e-0000-4000-8000-0000000000ff',
  kind: 'meeting',
  title: 'Meeting; with a semicolon, and a comma',
  status: 'planned',
  bounds: getDateSpanBounds(overrides.dateSpan),
  qualityFlags: [],
  leadOrganisations: [],
  hasAgenda: false,
  version: 3,
  purpose: '',
  participatingOrganisations: [],
  objectives: [],
  expectedDeliverables: [],
  gcmObjectiveNumbers: [],
  gcmPrincipleNumbers: [],
  sdgTargetCodes: [],
  schedule: null,
  ...overrides,
});

const toSource = (activity: ActivityDetailView): DocumentActivity => ({
  activity,
  agenda: null,
  createdAt: new Date('2021-01-10T09:00:00Z'),
  updatedAt: new Date('2021-02-10T09:00:00Z'),
});

const now = new Date('2021-04-01T08:00:00Z');
const parseEvents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

describe('getCalendarTime', () => {
  it('gives an exact day one whole day, with the exclusive end RFC 5545 wants', () => {
    expect(getCalendarTime({ dateSpan: { precision: 'day', date: '2021-12-31' }, schedule: null })).toEqual({
      kind: 'all-day',
      firstDay: '2021-12-31',
      dayAfterLastDay: '2022-01-01',
    });
  });

  it('spans months from the first day of the first to the day after the last day of the last', () => {
    expect(getCalendarTime({ dateSpan: { precision: 'month-range', fromMonth: '2024-01', toMonth: '2024-02' }, schedule: null })).toEqual({
      kind: 'all-day',
      firstDay: '2024-01-01',
      dayAfterLastDay: '2024-03-01',
    });
    expect(getCalendarTime({ dateSpan: { precision: 'month-choice', months: ['2021-07', '2021-06'] }, schedule: null })).toEqual({
      kind: 'all-day',
      firstDay: '2021-06-01',
      dayAfterLastDay: '2021-08-01',
    });
  });

  it('keeps a day-time window in its own zone, and prefers the event schedule when there is one', () => {
    const window = getCalendarTime({
      dateSpan: { precision: 'day-time-window', date: '2021-10-31', startTime: '01:30', endTime: '03:30', timeZone: 'Europe/Berlin' },
      schedule: null,
    });
    expect(window.kind === 'timed' && [window.start.toISO(), window.end.toISO(), window.timeZone]).toEqual([
      '2021-10-31T01:30:00.000+02:00',
      '2021-10-31T03:30:00.000+01:00',
      'Europe/Berlin',
    ]);
    const scheduled = getCalendarTime({
      dateSpan: { precision: 'day', date: '2021-04-22' },
      schedule: { windowStart: '2021-04-22T10:00:00Z', windowEnd: '2021-04-22T13:00:00Z', timeZone: 'Asia/Tbilisi', platform: null },
    });
    expect(scheduled.kind === 'timed' && scheduled.start.toISO()).toBe('2021-04-22T14:00:00.000+04:00');
  });
});

describe('getEventStatus and getEventSummary', () => {
  it('maps each activity status to an iCalendar status', () => {
    expect(['planned', 'in_progress', 'done', 'postponed', 'cancelled'].map((status) => getEventStatus(status as ActivityDetailView['status'], false))).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
      'TENTATIVE',
      'CANCELLED',
    ]);
    expect(getEventStatus('planned', true)).toBe('TENTATIVE');
    expect(getEventStatus('cancelled', true)).toBe('CANCELLED');
  });

  it('says in the summary what a calendar cannot: undecided months, postponed or cancelled', () => {
    const choice: DateSpan = { precision: 'month-choice', months: ['2021-06', '2021-07'] };
    expect(getEventSummary({ title: 'Stock taking', status: 'planned', dateSpan: choice })).toBe('Stock taking (tentative: June/July 2021)');
    expect(getEventSummary({ title: 'Stock taking', status: 'cancelled', dateSpan: choice })).toBe('Stock taking (tentative: June/July 2021; cancelled)');
    expect(getEventSummary({ title: 'Workshop', status: 'postponed', dateSpan: { precision: 'day', date: '2021-03-16' } })).toBe('Workshop (postponed)');
    expect(getEventSummary({ title: 'Workshop', status: 'done', dateSpan: { precision: 'day', date: '2021-03-16' } })).toBe('Workshop');
  });
});

describe('buildWorkplanFeed', () => {
  it('writes a cancelled activity as STATUS:CANCELLED and free, with SEQUENCE from its version', () => {
    const cancelled = makeActivity({ status: 'cancelled', dateSpan: { precision: 'day', date: '2021-09-01' } });
    const text = buildWorkplanFeed({ name: 'Plan, 2021; draft', description: 'Test', activities: [toSource(cancelled)], milestones: [] }, now);
    const [event] = parseEvents(text);
    expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(event?.sequence).toBe(2);
    expect(event?.summary).toBe('Meeting; with a semicolon, and a comma (cancelled)');
    expect(text).toContain('SUMMARY:Meeting\\; with a semicolon\\, and a comma (cancelled)\r\n');
    expect(text).toContain('X-WR-CALNAME:Plan\\, 2021\\; draft\r\n');
    expect(text).toContain('DTSTAMP:20210401T080000Z\r\n');
    expect(text).toContain('LAST-MODIFIED:20210210T090000Z\r\n');
    expect(text).not.toContain('BEGIN:VTIMEZONE');
  });

  it('writes one VTIMEZONE per zone in use, and UTC times for a zone the library has no definition of (a legacy SystemV zone)', () => {
    const berlin = makeActivity({
      id: '2f7c1c1e-0000-4000-8000-000000000002',
      dateSpan: { precision: 'day-time-window', date: '2021-07-01', startTime: '10:00', endTime: '11:00', timeZone: 'Europe/Berlin' },
    });
    const otherBerlin = makeActivity({
      id: '2f7c1c1e-0000-4000-8000-000000000003',
      dateSpan: { precision: 'day-time-window', date: '2021-12-01', startTime: '10:00', endTime: '11:00', timeZone: 'Europe/Berlin' },
    });
    const utc = makeActivity({
      id: '2f7c1c1e-0000-4000-8000-000000000004',
      dateSpan: { precision: 'day-time-window', date: '2021-07-01', startTime: '10:00', endTime: '11:00', timeZone: 'SystemV/AST4' },
    });
    const text = buildWorkplanFeed({ name: 'Plan', description: 'Test', activities: [berlin, otherBerlin, utc].map(toSource), milestones: [] }, now);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20210701T100000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20211201T100000\r\n');
    expect(text).toContain('DTSTART:20210701T140000Z\r\n');
  });
});

describe('buildEventCalendar', () => {
  it('leaves out the agenda when the event has none, and still names the date as written', () => {
    const event = makeActivity({
      dateSpan: { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' },
      schedule: { windowStart: '2021-04-22T14:00:00+04:00', windowEnd: '2021-04-22T17:00:00+04:00', timeZone: 'Asia/Tbilisi', platform: 'KUDO' },
    });
    const [parsed] = parseEvents(buildEventCalendar(toSource(event), now));
    expect(parsed?.description).toBe('Date: Thursday, 22 April 2021, 14:00–17:00 (GMT+4)');
    expect(parsed?.location).toBe('KUDO');
  });
});
