import {
  agendaReplaceInputSchema,
  checkAgendaTiming,
  wallClockToInstant,
  type ActivityDetailView,
  type AgendaFinding,
  type AgendaItemKind,
  type AgendaReplaceInput,
  type AgendaView,
} from '@compact-tracker/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { DateTime } from 'luxon';
import type { Resolver } from 'react-hook-form';
import { formatClockTime, getCalendarDate } from '../../lib/date-time';
import { resolveThrough } from '../../lib/form-resolver';

export type SpeakerDraft = { personId: string; minutes: string };

/** Times are wall-clock "HH:mm" on the event's day in its zone; minutes stay text until they are sent. */
export type AgendaItemDraft = {
  start: string;
  durationMinutes: string;
  kind: AgendaItemKind;
  title: string;
  hasQa: boolean;
  speakers: SpeakerDraft[];
};

/** Field names follow the domain schema's paths, so its refusals (and the API's) land on the right inputs. */
export type AgendaDraft = {
  date: string;
  schedule: { windowStart: string; windowEnd: string; timeZone: string; platform: string };
  items: AgendaItemDraft[];
};

const defaultTimeZone = 'Asia/Tbilisi';

const readMinutes = (value: string): number => (value.trim() === '' ? Number.NaN : Number(value));

/** The instant of a wall-clock time on the event's day, or '' when the date, time or zone is not usable. */
const toInstant = (date: string, time: string, zone: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return '';
  return (wallClockToInstant(date, time, zone.trim()) as string | null) ?? '';
};

export const toAgendaCandidate = (draft: AgendaDraft) => {
  const { date, schedule } = draft;
  const zone = schedule.timeZone.trim();
  return {
    schedule: {
      windowStart: toInstant(date, schedule.windowStart, zone),
      windowEnd: toInstant(date, schedule.windowEnd, zone),
      timeZone: zone,
      ...(schedule.platform.trim() === '' ? {} : { platform: schedule.platform }),
    },
    items: draft.items.map((item) => ({
      start: toInstant(date, item.start, zone),
      durationMinutes: readMinutes(item.durationMinutes),
      kind: item.kind,
      title: item.title,
      speakers: item.speakers.map((speaker) => ({ personId: speaker.personId, minutes: readMinutes(speaker.minutes) })),
      hasQa: item.hasQa,
    })),
  };
};

export const agendaDraftResolver: Resolver<AgendaDraft, unknown, AgendaReplaceInput> = resolveThrough(
  zodResolver(agendaReplaceInputSchema),
  toAgendaCandidate,
);

/**
 * The domain's timing check on the draft as it stands, without asking the server. Rows whose start or length is
 * not filled in yet are left out; findings still name rows by their place in the draft.
 */
export const checkDraftTiming = (draft: AgendaDraft): AgendaFinding[] => {
  const candidate = toAgendaCandidate(draft);
  const { windowStart, windowEnd, timeZone } = candidate.schedule;
  if (!windowStart || !windowEnd || windowStart >= windowEnd) return [];
  const positions: number[] = [];
  const items = candidate.items.flatMap((item, position) => {
    const speakers = item.speakers.filter((speaker) => Number.isFinite(speaker.minutes) && speaker.minutes > 0);
    if (!item.start || !Number.isInteger(item.durationMinutes) || item.durationMinutes < 1) return [];
    positions.push(position);
    return [{ start: item.start, durationMinutes: item.durationMinutes, title: item.title, speakers }];
  });
  return checkAgendaTiming({ windowStart, windowEnd, timeZone, items }).map(
    (finding) => ({ ...finding, items: finding.items.map((index) => positions[index] ?? index) }) as AgendaFinding,
  );
};

/** "14:00" plus minutes, as wall-clock time on the same day (or '' when either is unusable). */
export const addMinutes = (time: string, minutes: number): string => {
  const parsed = DateTime.fromFormat(time, 'HH:mm');
  if (!parsed.isValid || !Number.isFinite(minutes)) return '';
  return parsed.plus({ minutes }).toFormat('HH:mm');
};

/**
 * Moves an item one place up or down; the two swap their slots in the programme, so the moved item takes the
 * earlier start and the other follows straight after it. Untimed items just change places.
 */
export const swapAdjacentItems = (items: readonly AgendaItemDraft[], from: number, to: number): AgendaItemDraft[] => {
  const first = Math.min(from, to);
  const second = Math.max(from, to);
  const earlier = items[first];
  const later = items[second];
  if (!earlier || !later || second - first !== 1) return [...items];
  const laterStart = addMinutes(earlier.start, readMinutes(later.durationMinutes));
  const isTimed = earlier.start !== '' && laterStart !== '';
  const next = [...items];
  next[first] = isTimed ? { ...later, start: earlier.start } : later;
  next[second] = isTimed ? { ...earlier, start: laterStart } : earlier;
  return next;
};

export const createItemDraft = (items: readonly AgendaItemDraft[], windowStart: string): AgendaItemDraft => {
  const last = items.at(-1);
  const start = last ? addMinutes(last.start, readMinutes(last.durationMinutes)) : windowStart;
  return { start: start || windowStart, durationMinutes: '15', kind: 'presentation', title: '', hasQa: false, speakers: [] };
};

const getScheduleSeed = (activity: ActivityDetailView): AgendaDraft['schedule'] & { date: string } => {
  const span = activity.dateSpan;
  if (span.precision === 'day-time-window') {
    return { date: span.date, windowStart: span.startTime, windowEnd: span.endTime, timeZone: span.timeZone, platform: '' };
  }
  return { date: span.precision === 'day' ? span.date : '', windowStart: '', windowEnd: '', timeZone: defaultTimeZone, platform: '' };
};

/** The editor's starting point: the saved agenda in the event's zone, or the activity's dates when it has none. */
export const toAgendaDraft = (activity: ActivityDetailView, agenda: AgendaView | undefined): AgendaDraft => {
  const schedule = activity.schedule;
  if (!schedule) {
    const { date, ...seed } = getScheduleSeed(activity);
    return { date, schedule: seed, items: [] };
  }
  const zone = schedule.timeZone;
  return {
    date: getCalendarDate(schedule.windowStart, zone),
    schedule: {
      windowStart: formatClockTime(schedule.windowStart, zone),
      windowEnd: formatClockTime(schedule.windowEnd, zone),
      timeZone: zone,
      platform: schedule.platform ?? '',
    },
    items: (agenda?.items ?? []).map((item) => ({
      start: formatClockTime(item.start, zone),
      durationMinutes: String(item.durationMinutes),
      kind: item.kind,
      title: item.title,
      hasQa: item.hasQa,
      speakers: item.speakers.map((speaker) => ({ personId: speaker.personId, minutes: String(speaker.minutes) })),
    })),
  };
};

/** Every input the API may name in a 400, so its problems land on the row and field they concern. */
export const listAgendaFieldPaths = (draft: AgendaDraft): string[] => [
  'schedule.windowStart',
  'schedule.windowEnd',
  'schedule.timeZone',
  'schedule.platform',
  ...draft.items.flatMap((item, index) => [
    ...['start', 'durationMinutes', 'kind', 'title', 'hasQa'].map((field) => `items.${index}.${field}`),
    ...item.speakers.flatMap((_, at) => [`items.${index}.speakers.${at}.personId`, `items.${index}.speakers.${at}.minutes`]),
  ]),
];
