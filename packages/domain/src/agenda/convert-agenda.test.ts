import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { wallClockToInstant } from './agenda.js';
import { convertAgendaToZone } from './convert-agenda.js';

const agenda = {
  windowStart: '2021-04-22T14:00:00+04:00',
  windowEnd: '2021-04-22T17:00:00+04:00',
  timeZone: 'Asia/Tbilisi',
  items: [{ start: '2021-04-22T14:00:00+04:00', durationMinutes: 15, title: 'Opening remarks', speakers: [] }],
};

describe('convertAgendaToZone', () => {
  it('shows the Tbilisi agenda in Central European Summer Time', () => {
    const berlin = convertAgendaToZone(agenda, 'Europe/Berlin');
    expect(berlin.windowStart).toBe('2021-04-22T12:00:00+02:00');
    expect(berlin.windowEnd).toBe('2021-04-22T15:00:00+02:00');
    expect(berlin.items[0]).toMatchObject({ title: 'Opening remarks', start: '2021-04-22T12:00:00+02:00', end: '2021-04-22T12:15:00+02:00' });
    expect(berlin.timeZone).toBe('Europe/Berlin');
    expect(berlin.eventTimeZone).toBe('Asia/Tbilisi');
  });

  it('uses the offset the zone had on the event day', () => {
    const winter = { ...agenda, items: [{ ...agenda.items[0]!, start: '2021-01-14T14:00:00+04:00' }] };
    expect(convertAgendaToZone(winter, 'Europe/Berlin').items[0]?.start).toBe('2021-01-14T11:00:00+01:00');
  });

  it('crosses midnight into the next day where the zone is far ahead', () => {
    expect(convertAgendaToZone(agenda, 'Pacific/Kiritimati').items[0]?.start).toBe('2021-04-23T00:00:00+14:00');
  });

  it('keeps every other field of an item', () => {
    const withSpeakers = { ...agenda, items: [{ ...agenda.items[0]!, speakers: [{ minutes: 5, name: 'Dr. Sabine Machl' }] }] };
    expect(convertAgendaToZone(withSpeakers, 'UTC').items[0]?.speakers).toEqual([{ minutes: 5, name: 'Dr. Sabine Machl' }]);
  });

  it('refuses an unknown zone with a domain error naming tz', () => {
    expect(() => convertAgendaToZone(agenda, 'Europe/Atlantis')).toThrow(DomainError);
    expect(() => convertAgendaToZone(agenda, 'Europe/Atlantis')).toThrow(/Europe\/Atlantis/);
  });
});

describe('wallClockToInstant', () => {
  it('reads a printed time in the event zone', () => {
    expect(wallClockToInstant('2021-04-22', '14:00', 'Asia/Tbilisi')).toBe('2021-04-22T14:00:00+04:00');
    expect(wallClockToInstant('2021-04-22', '12:00', 'Europe/Berlin')).toBe('2021-04-22T12:00:00+02:00');
  });
});
