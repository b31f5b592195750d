import { DateTime } from 'luxon';
import type { TimedAgenda } from './agenda.js';

export type AgendaFindingSeverity = 'error' | 'warning' | 'info';

/** `items` are positions in the agenda as given (0-based). */
export type AgendaFinding =
  | { code: 'overlap'; severity: 'error'; items: [number, number]; minutes: number }
  | { code: 'gap'; severity: 'warning'; items: [number, number]; minutes: number }
  | { code: 'starts_before_window'; severity: 'error'; items: [number]; minutes: number }
  | { code: 'ends_after_window'; severity: 'error'; items: [number]; minutes: number }
  | { code: 'speaker_minutes_exceed_item'; severity: 'error'; items: [number]; minutes: number }
  | { code: 'slack_before_window_end'; severity: 'info'; items: []; minutes: number };

const minutesBetween = (from: DateTime, to: DateTime) => Math.round(to.diff(from, 'minutes').minutes);

/**
 * Checks an agenda against its window: overlaps and gaps between consecutive items, items outside the
 * window, speakers given more minutes than their item. Time left over before the window closes is
 * reported as information, not as an error: a programme may end early by design.
 */
export const checkAgendaTiming = (agenda: TimedAgenda): AgendaFinding[] => {
  const windowStart = DateTime.fromISO(agenda.windowStart);
  const windowEnd = DateTime.fromISO(agenda.windowEnd);
  const findings: AgendaFinding[] = [];

  const timed = agenda.items
    .map((item, index) => {
      const start = DateTime.fromISO(item.start);
      return { index, item, start, end: start.plus({ minutes: item.durationMinutes }) };
    })
    .sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.index - b.index);

  for (const { index, item, start, end } of timed) {
    if (start < windowStart) {
      findings.push({ code: 'starts_before_window', severity: 'error', items: [index], minutes: minutesBetween(start, windowStart) });
    }
    if (end > windowEnd) {
      findings.push({ code: 'ends_after_window', severity: 'error', items: [index], minutes: minutesBetween(windowEnd, end) });
    }
    const speakerMinutes = item.speakers.reduce((sum, speaker) => sum + speaker.minutes, 0);
    if (speakerMinutes > item.durationMinutes) {
      findings.push({ code: 'speaker_minutes_exceed_item', severity: 'error', items: [index], minutes: speakerMinutes - item.durationMinutes });
    }
  }

  let latestEnd: { index: number; end: DateTime } | undefined;
  for (const current of timed) {
    if (latestEnd) {
      const gapMinutes = minutesBetween(latestEnd.end, current.start);
      if (gapMinutes > 0) findings.push({ code: 'gap', severity: 'warning', items: [latestEnd.index, current.index], minutes: gapMinutes });
      if (gapMinutes < 0) {
        const overlapEnd = current.end < latestEnd.end ? current.end : latestEnd.end;
        const minutes = minutesBetween(current.start, overlapEnd);
        findings.push({ code: 'overlap', severity: 'error', items: [latestEnd.index, current.index], minutes });
      }
    }
    if (!latestEnd || current.end > latestEnd.end) latestEnd = { index: current.index, end: current.end };
  }

  if (latestEnd && latestEnd.end < windowEnd) {
    findings.push({ code: 'slack_before_window_end', severity: 'info', items: [], minutes: minutesBetween(latestEnd.end, windowEnd) });
  }
  return findings;
};

export const hasTimingErrors = (findings: readonly AgendaFinding[]): boolean => findings.some((f) => f.severity === 'error');
