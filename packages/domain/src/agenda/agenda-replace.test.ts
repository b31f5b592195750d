import { describe, expect, it } from 'vitest';
import { deliverableInputSchema, deliverableUpdateInputSchema } from '../activity/deliverable.js';
import { personInputSchema } from '../person/person.js';
import { agendaReplaceInputSchema } from './agenda.js';

const item = (start: string) => ({ start, durationMinutes: 15, kind: 'presentation', title: 'A talk' });
const schedule = { windowStart: '2021-04-22T14:00:00+04:00', windowEnd: '2021-04-22T17:00:00+04:00', timeZone: 'Asia/Tbilisi' };

describe('editing inputs', () => {
  it('takes a whole agenda, filling each item’s defaults, and names a bad item by its place', () => {
    expect(agendaReplaceInputSchema.parse({ schedule, items: [item('2021-04-22T14:00:00+04:00')] }).items[0]).toEqual({ ...item('2021-04-22T14:00:00+04:00'), speakers: [], hasQa: false });
    const items = ['14:00', '14:15', '14:30', '14:45'].map((time) => item(`2021-04-22T${time}:00+04:00`));
    items[3] = item('2021-04-22 14:45');
    const paths = agendaReplaceInputSchema.safeParse({ schedule, items }).error?.issues.map((issue) => issue.path.join('.'));
    expect([...new Set(paths)]).toEqual(['items.3.start']);
    expect(agendaReplaceInputSchema.safeParse({ schedule: { ...schedule, windowEnd: schedule.windowStart }, items: [] }).error?.issues[0]?.path).toEqual(['schedule', 'windowEnd']);
  });

  it('starts a deliverable pending and refuses an empty edit', () => {
    expect(deliverableInputSchema.parse({ title: ' Report ' })).toEqual({ title: 'Report', status: 'pending' });
    expect(deliverableUpdateInputSchema.safeParse({}).error?.issues[0]?.message).toBe('must change at least one field');
  });

  it('takes a person’s time zone only when it is a real IANA zone', () => {
    expect(personInputSchema.parse({ name: 'Kristof Tamas', title: 'Senior Adviser', timeZone: 'Europe/Stockholm' })).toMatchObject({ timeZone: 'Europe/Stockholm' });
    expect(personInputSchema.safeParse({ name: 'A', title: 'B', timeZone: 'Europe/Geneva' }).error?.issues[0]?.path).toEqual(['timeZone']);
  });
});
