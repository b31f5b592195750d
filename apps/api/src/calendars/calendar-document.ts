import {
  formatDateSpan,
  formatUtcOffset,
  getDateSpanBounds,
  type ActivityDetailView,
  type ActivityStatus,
  type AgendaView,
  type Milestone,
} from '@compact-tracker/domain';
import ical, { escape, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { DocumentActivity } from '../exports/workplan-document.service.js';
import { formatSpeakerRole } from '../exports/workplan-tables.js';
import { getVtimezone, hasVtimezone } from './vtimezone.js';

/** PRODID; the library writes it with the leading "-" of a non-registered identifier. */
export const calendarProductId = { company: 'Compact Tracker', product: 'Workplan calendar', language: 'EN' };

/** The right-hand side of every UID: an activity keeps its UID in the single-event file and in the feed alike. */
export const calendarUidDomain = 'compact-tracker';

/** How often subscribed calendar programs should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const feedRefreshSeconds = 60 * 60;

/**
 * When an activity happens, as a calendar can say it: a timed event in the organisers' zone, or whole days with an
 * exclusive end (RFC 5545: DTEND;VALUE=DATE is the day after the last day).
 */
export type CalendarTime =
  | { kind: 'timed'; start: DateTime; end: DateTime; timeZone: string }
  | { kind: 'all-day'; firstDay: string; dayAfterLastDay: string };

const toDayAfter = (isoDate: string) => DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days: 1 }).toISODate() as string;

/**
 * A scheduled event keeps its window; otherwise the span says it: a day-time window is timed, an exact day is that
 * day, and months are whole days from the first day of the first month to the last day of the last, never a day
 * the source does not give.
 */
export const getCalendarTime = (activity: Pick<ActivityDetailView, 'dateSpan' | 'schedule'>): CalendarTime => {
  if (activity.schedule) {
    const { windowStart, windowEnd, timeZone } = activity.schedule;
    return {
      kind: 'timed',
      start: DateTime.fromISO(windowStart, { zone: timeZone }),
      end: DateTime.fromISO(windowEnd, { zone: timeZone }),
      timeZone,
    };
  }
  const span = activity.dateSpan;
  if (span.precision === 'day-time-window') {
    return {
      kind: 'timed',
      start: DateTime.fromISO(`${span.date}T${span.startTime}`, { zone: span.timeZone }),
      end: DateTime.fromISO(`${span.date}T${span.endTime}`, { zone: span.timeZone }),
      timeZone: span.timeZone,
    };
  }
  const bounds = getDateSpanBounds(span);
  return { kind: 'all-day', firstDay: bounds.earliestStart, dayAfterLastDay: toDayAfter(bounds.latestEnd) };
};

/** Planned, in progress and done all happen (or happened) as written; a postponed date no longer holds. */
export const getEventStatus = (status: ActivityStatus, isTentative: boolean): ICalEventStatus => {
  switch (status) {
    case 'cancelled':
      return ICalEventStatus.CANCELLED;
    case 'postponed':
      return ICalEventStatus.TENTATIVE;
    case 'planned':
    case 'in_progress':
    case 'done':
      return isTentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
  }
};

/** The title as a calendar shows it, with what a calendar's own fields cannot say: an undecided date, a status. */
export const getEventSummary = (activity: Pick<ActivityDetailView, 'title' | 'status' | 'dateSpan'>): string => {
  const marks: string[] = [];
  if (activity.dateSpan.precision === 'month-choice') marks.push(`tentative: ${formatDateSpan(activity.dateSpan, 'en')}`);
  if (activity.status === 'postponed' || activity.status === 'cancelled') marks.push(activity.status);
  return marks.length > 0 ? `${activity.title} (${marks.join('; ')})` : activity.title;
};

const toWallClock = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toFormat('HH:mm');

/** The agenda as plain text, every time in the event's own zone: "14:00–14:15 Opening remarks" and its speakers. */
export const formatAgendaText = (agenda: AgendaView): string => {
  const offset = formatUtcOffset(DateTime.fromISO(agenda.windowStart, { setZone: true }));
  const lines = [`Agenda (times in ${agenda.eventTimeZone}, ${offset})`];
  for (const item of agenda.items) {
    lines.push(`${toWallClock(item.start)}–${toWallClock(item.end)} ${item.title}${item.hasQa ? ' (with Q&A)' : ''}`);
    for (const speaker of item.speakers) lines.push(`  • ${speaker.name} (${formatSpeakerRole(speaker)}): ${speaker.minutes} min`);
  }
  return lines.join('\n');
};

const formatOrganisations = (activity: ActivityDetailView) =>
  activity.leadOrganisations.map((organisation) => organisation.shortName ?? organisation.name).join(', ');

const getEventDescription = (source: DocumentActivity): string => {
  const { activity, agenda } = source;
  const parts = [activity.purpose.trim()];
  parts.push(`Date: ${formatDateSpan(activity.dateSpan, 'en')}`);
  if (activity.leadOrganisations.length > 0) parts.push(`Lead: ${formatOrganisations(activity)}`);
  if (agenda && agenda.items.length > 0) parts.push(formatAgendaText(agenda));
  return parts.filter((part) => part.length > 0).join('\n\n');
};

const createCalendar = (feed?: { name: string; description: string }): ICalCalendar =>
  ical({
    prodId: calendarProductId,
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // No calendar-wide zone (that would print DTSTAMP in local time); the VTIMEZONEs are added by toIcsText.
    timezone: null,
    // The library writes X-WR-CALNAME and X-WR-CALDESC as given, so commas and semicolons are escaped here.
    ...(feed ? { name: escape(feed.name, false), description: escape(feed.description, false), ttl: feedRefreshSeconds } : {}),
  });

const utcDay = (isoDate: string) => DateTime.fromISO(isoDate, { zone: 'utc' });

const addActivityEvent = (calendar: ICalCalendar, source: DocumentActivity, now: Date): void => {
  const { activity } = source;
  const time = getCalendarTime(activity);
  const isTentative = getDateSpanBounds(activity.dateSpan).isTentative && !activity.schedule;
  const spansMonths = time.kind === 'all-day' && activity.dateSpan.precision !== 'day';
  const status = getEventStatus(activity.status, isTentative);
  calendar.createEvent({
    id: `activity-${activity.id}@${calendarUidDomain}`,
    // The version starts at 1; RFC 5545 starts SEQUENCE at 0.
    sequence: Math.max(0, activity.version - 1),
    stamp: now,
    created: source.createdAt,
    lastModified: source.updatedAt,
    ...(time.kind === 'timed'
      ? {
          start: time.start,
          end: time.end,
          // A zone without a VTIMEZONE definition would leave TZID dangling: UTC times are then the honest fallback.
          timezone: hasVtimezone(time.timeZone) ? time.timeZone : null,
        }
      : { allDay: true, start: utcDay(time.firstDay), end: utcDay(time.dayAfterLastDay) }),
    summary: getEventSummary(activity),
    description: getEventDescription(source),
    location: activity.schedule?.platform ?? null,
    status,
    // Months-long spans and what may not happen should not mark anyone busy.
    transparency: spansMonths || status !== ICalEventStatus.CONFIRMED ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
  });
};

const addMilestoneEvent = (calendar: ICalCalendar, milestone: Milestone, now: Date): void => {
  calendar.createEvent({
    id: `milestone-${milestone.kind}-${milestone.startDate}@${calendarUidDomain}`,
    stamp: now,
    allDay: true,
    start: utcDay(milestone.startDate),
    end: utcDay(toDayAfter(milestone.endDate)),
    summary: milestone.title,
    description: 'GCM review milestone',
    status: ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.TRANSPARENT,
  });
};

/**
 * The text of the calendar, with one VTIMEZONE per zone its events use. The library would write them before its
 * REFRESH-INTERVAL and X-PUBLISHED-TTL lines, but RFC 5545 wants every calendar property before the first component,
 * so they go in just before the first event. RFC 5545 also ends every content line with CRLF, the last one too;
 * the library leaves it off END:VCALENDAR.
 */
const toIcsText = (calendar: ICalCalendar): string => {
  const text = calendar.toString().replace(/(\r\n)?$/, '\r\n');
  const zones = [...new Set(calendar.events().flatMap((event) => event.timezone() ?? []))];
  const vtimezones = zones.flatMap((zone) => getVtimezone(zone) ?? []);
  if (vtimezones.length === 0) return text;
  const firstComponent = text.search(/^BEGIN:VEVENT\r$/m);
  return `${text.slice(0, firstComponent)}${vtimezones.map((block) => `${block}\r\n`).join('')}${text.slice(firstComponent)}`;
};

/** One event with its agenda, for "add to my calendar". */
export const buildEventCalendar = (source: DocumentActivity, now: Date): string => {
  const calendar = createCalendar();
  addActivityEvent(calendar, source, now);
  return toIcsText(calendar);
};

export type WorkplanFeedInput = {
  name: string;
  description: string;
  activities: readonly DocumentActivity[];
  milestones: readonly Milestone[];
};

/** The whole workplan and the review milestones, for calendar programs to subscribe to. */
export const buildWorkplanFeed = (input: WorkplanFeedInput, now: Date): string => {
  const calendar = createCalendar({ name: input.name, description: input.description });
  for (const source of input.activities) addActivityEvent(calendar, source, now);
  for (const milestone of input.milestones) addMilestoneEvent(calendar, milestone, now);
  return toIcsText(calendar);
};
