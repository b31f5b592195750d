import { describe, expect, it } from 'vitest';
import type { TimedAgenda, TimedAgendaItem } from './agenda.js';
import { checkAgendaTiming, hasTimingErrors } from './check-agenda-timing.js';

const at = (time: string) => `2021-04-22T${time}:00+04:00`;
const item = (time: string, durationMinutes: number, speakerMinutes: number[] = []): TimedAgendaItem => ({
  start: at(time),
  durationMinutes,
  title: `Item at ${time}`,
  speakers: speakerMinutes.map((minutes) => ({ minutes })),
});
const agenda = (items: TimedAgendaItem[]): TimedAgenda => ({
  windowStart: at('14:00'),
  windowEnd: at('17:00'),
  timeZone: 'Asia/Tbilisi',
  items,
});

describe('checkAgendaTiming', () => {
  it('finds nothing wrong with back-to-back items that fill the window', () => {
    expect(checkAgendaTiming(agenda([item('14:00', 60, [30, 30]), item('15:00', 120)]))).toEqual([]);
  });

  it('reports slack before the window closes as information, not an error', () => {
    const findings = checkAgendaTiming(agenda([item('14:00', 60), item('15:00', 115)]));
    expect(findings).toEqual([{ code: 'slack_before_window_end', severity: 'info', items: [], minutes: 5 }]);
    expect(hasTimingErrors(findings)).toBe(false);
  });

  it('reports an overlap between two items with its minutes', () => {
    const findings = checkAgendaTiming(agenda([item('14:00', 30), item('14:20', 160)]));
    expect(findings).toEqual([{ code: 'overlap', severity: 'error', items: [0, 1], minutes: 10 }]);
    expect(hasTimingErrors(findings)).toBe(true);
  });

  it('reports a gap between two items as a warning', () => {
    expect(checkAgendaTiming(agenda([item('14:00', 30), item('14:45', 135)]))).toEqual([
      { code: 'gap', severity: 'warning', items: [0, 1], minutes: 15 },
    ]);
  });

  it('checks items in time order whatever order they are listed in', () => {
    expect(checkAgendaTiming(agenda([item('15:00', 120), item('14:00', 60)]))).toEqual([]);
  });

  it('reports items that start before or run past the window', () => {
    expect(checkAgendaTiming(agenda([item('13:50', 70), item('15:00', 125)]))).toEqual([
      { code: 'starts_before_window', severity: 'error', items: [0], minutes: 10 },
      { code: 'ends_after_window', severity: 'error', items: [1], minutes: 5 },
    ]);
  });

  it('reports speakers given more minutes than their item', () => {
    expect(checkAgendaTiming(agenda([item('14:00', 15, [5, 5, 10]), item('14:15', 165)]))).toEqual([
      { code: 'speaker_minutes_exceed_item', severity: 'error', items: [0], minutes: 5 },
    ]);
  });

  it('compares instants, not wall clocks, when items are written in another offset', () => {
    const mixed = agenda([item('14:00', 60), { ...item('15:00', 120), start: '2021-04-22T13:00:00+02:00' }]);
    expect(checkAgendaTiming(mixed)).toEqual([]);
  });

  it('finds an overlap hidden behind a long item', () => {
    expect(checkAgendaTiming(agenda([item('14:00', 120), item('14:30', 15), item('15:50', 70)]))).toEqual([
      { code: 'overlap', severity: 'error', items: [0, 1], minutes: 15 },
      { code: 'overlap', severity: 'error', items: [0, 2], minutes: 10 },
    ]);
  });

  it('has nothing to say about an empty agenda', () => {
    expect(checkAgendaTiming(agenda([]))).toEqual([]);
  });
});
