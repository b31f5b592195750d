import type { AgendaReplaceInput, AgendaView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { countRows, findAuditRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

/** The agenda as the editor would send it back unchanged. */
const toReplaceInput = (agenda: AgendaView): AgendaReplaceInput => ({
  schedule: { windowStart: agenda.windowStart, windowEnd: agenda.windowEnd, timeZone: agenda.eventTimeZone, ...(agenda.platform ? { platform: agenda.platform } : {}) },
  items: agenda.items.map((item) => ({
    start: item.start,
    durationMinutes: item.durationMinutes,
    kind: item.kind,
    title: item.title,
    speakers: item.speakers.map((speaker) => ({ personId: speaker.personId, minutes: speaker.minutes })),
    hasQa: item.hasQa,
  })),
});

const unfold = (ics: string) => ics.replaceAll('\r\n ', '');

// These tests write, so they get a seeded database of their own.
describe('PUT /api/activities/:id/agenda', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let cookie: string;
  let seeded: AgendaView;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_agenda_editing');
    app = harness.app;
    ids = await findSeededIds(app);
    cookie = await signIn(app, 'co_chair');
    seeded = (await request(app, `/api/activities/${ids.webinarId}/agenda`)).body as AgendaView;
  });
  afterAll(() => harness.close());

  const put = (id: string, payload: unknown, ifMatch?: string) =>
    request(app, {
      method: 'PUT',
      url: `/api/activities/${id}/agenda`,
      headers: asUser(cookie, ifMatch === undefined ? {} : { 'if-match': ifMatch }),
      payload: payload as Record<string, unknown>,
    });

  it('refuses a bad item with 400 naming it, and changes nothing at all', async () => {
    const before = await countRows(harness.dataSource);
    const input = toReplaceInput(seeded);
    const items = input.items.map((item, index) => (index === 3 ? { ...item, start: '2021-04-22 14:50' } : item));
    const refused = await put(ids.webinarId, { ...input, items }, '"1"');
    expect(refused).toEqual({
      status: 400,
      headers: expect.anything(),
      body: {
        code: 'validation_failed',
        message: 'Invalid request body: items.3.start',
        fields: [{ path: 'items.3.start', message: 'must be ISO 8601 with an offset, e.g. 2021-04-22T14:00:00+04:00' }],
      },
    });
    const unknownSpeaker = input.items.map((item, index) => (index === 1 ? { ...item, speakers: [{ personId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', minutes: 15 }] } : item));
    expect(await put(ids.webinarId, { ...input, items: unknownSpeaker }, '"1"')).toEqual({
      status: 400,
      headers: expect.anything(),
      body: {
        code: 'validation_failed',
        message: 'Unknown speakers: items.1.speakers.0.personId',
        fields: [{ path: 'items.1.speakers.0.personId', message: 'is not a known person' }],
      },
    });
    expect(await countRows(harness.dataSource)).toEqual(before);
    expect((await request(app, `/api/activities/${ids.webinarId}/agenda`)).body).toEqual(seeded);
  });

  it('replaces the agenda atomically, saves and reports an overlap, bumps the ETag, audits once, and the agenda and .ics follow', async () => {
    const auditBefore = await findAuditRows(harness.dataSource, ids.webinarId);
    const input = toReplaceInput(seeded);
    // Item 2 starts 10 minutes early, into item 1 (14:15–14:30); the window closes 15 minutes later.
    const items = input.items.map((item, index) => (index === 2 ? { ...item, start: '2021-04-22T14:20:00+04:00', title: 'GCM Regional Reviews (shortened)' } : item));
    const saved = await put(ids.webinarId, { ...input, schedule: { ...input.schedule, windowEnd: '2021-04-22T17:15:00+04:00' }, items }, '"1"');
    expect(saved.status).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    const agenda = saved.body as AgendaView;
    expect(agenda).toMatchObject({ activityId: ids.webinarId, version: 2, timeZone: 'Asia/Tbilisi', windowEnd: '2021-04-22T17:15:00+04:00' });
    expect(agenda.items[2]).toMatchObject({ position: 2, start: '2021-04-22T14:20:00+04:00', end: '2021-04-22T14:40:00+04:00', title: 'GCM Regional Reviews (shortened)' });
    expect(agenda.findings).toEqual([
      { code: 'overlap', severity: 'error', items: [1, 2], minutes: 10 },
      { code: 'gap', severity: 'warning', items: [2, 3], minutes: 10 },
      { code: 'slack_before_window_end', severity: 'info', items: [], minutes: 20 },
    ]);
    // Speakers keep their ids and their own zones.
    expect(agenda.items[3]?.speakers.map((speaker) => [speaker.name, speaker.timeZone])).toEqual([
      ['Mr. Kristof Tamas', 'Europe/Stockholm'],
      ['Ms. Olga Poalelungi', 'Europe/Chisinau'],
    ]);

    const reread = await request(app, `/api/activities/${ids.webinarId}/agenda`);
    expect(reread.body).toEqual(agenda);
    expect(reread.headers.etag).toBe('"2"');
    expect((await request(app, `/api/activities/${ids.webinarId}`)).body).toMatchObject({ version: 2, schedule: { windowEnd: '2021-04-22T17:15:00+04:00' } });

    const ics = unfold((await request(app, `/api/activities/${ids.webinarId}/calendar.ics`)).body as string);
    expect(ics).toContain('DTEND;TZID=Asia/Tbilisi:20210422T171500\r\n');
    expect(ics).toContain('14:20–14:40 GCM Regional Reviews (shortened) (with Q&A)');

    const auditAfter = await findAuditRows(harness.dataSource, ids.webinarId);
    expect(auditAfter).toHaveLength(auditBefore.length + 1);
    const change = auditAfter.at(-1);
    expect(change).toMatchObject({ entity_type: 'agenda', action: 'update', before: { windowEnd: '2021-04-22T17:00:00+04:00' }, after: { windowEnd: '2021-04-22T17:15:00+04:00' } });
    const beforeItems = change?.before?.items as { start: string; title: string }[];
    const afterItems = change?.after?.items as { start: string; title: string }[];
    expect([beforeItems[2], afterItems[2]]).toMatchObject([
      { start: '2021-04-22T14:30:00+04:00', title: 'GCM Regional Reviews: Overview, lessons learned and reporting timelines' },
      { start: '2021-04-22T14:20:00+04:00', title: 'GCM Regional Reviews (shortened)' },
    ]);
    const history = await request(app, { method: 'GET', url: `/api/audit/agenda/${ids.webinarId}`, headers: { cookie } });
    expect(history).toMatchObject({ status: 200, body: [{ entityType: 'agenda', action: 'update', changedFields: ['items', 'windowEnd'] }] });

    // The version the co-chair read is gone: a second edit based on it loses nothing of the first.
    expect(await put(ids.webinarId, input, '"1"')).toEqual({
      status: 412,
      headers: expect.anything(),
      body: { code: 'precondition_failed', message: 'The activity was changed by someone else (you sent version 1, it is at 2); reload it and try again' },
    });
    expect(await put(ids.webinarId, input)).toMatchObject({ status: 428, body: { code: 'precondition_required' } });
    expect((await request(app, `/api/activities/${ids.webinarId}/agenda`)).body).toEqual(agenda);
  });

  it("gives an activity without a schedule its first agenda, with a new person speaking in their own zone", async () => {
    const person = await request(app, {
      method: 'POST',
      url: '/api/people',
      headers: asUser(cookie),
      payload: { honorific: 'Ms.', name: 'Nino Example', title: 'Policy Officer', timeZone: 'Asia/Tbilisi' },
    });
    expect(person.status).toBe(201);
    const personId = (person.body as { id: string }).id;
    const input: AgendaReplaceInput = {
      schedule: { windowStart: '2021-06-10T10:00:00+04:00', windowEnd: '2021-06-10T11:00:00+04:00', timeZone: 'Asia/Tbilisi' },
      items: [{ start: '2021-06-10T10:00:00+04:00', durationMinutes: 60, kind: 'discussion', title: 'Stock-taking', speakers: [{ personId, minutes: 10 }], hasQa: false }],
    };
    const saved = await put(ids.meetingId, input, '"1"');
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      activityId: ids.meetingId,
      platform: null,
      version: 2,
      items: [{ title: 'Stock-taking', speakers: [{ personId, name: 'Ms. Nino Example', title: 'Policy Officer', organisation: null, timeZone: 'Asia/Tbilisi', minutes: 10 }] }],
      findings: [],
    });
    expect((await request(app, `/api/activities/${ids.meetingId}`)).body).toMatchObject({ hasAgenda: true, schedule: { timeZone: 'Asia/Tbilisi', platform: null } });
    const [, created] = await findAuditRows(harness.dataSource, ids.meetingId);
    expect(created).toMatchObject({ entity_type: 'agenda', action: 'create', before: null, after: { timeZone: 'Asia/Tbilisi', items: [{ title: 'Stock-taking' }] } });
  });

  it('answers 404 for an unknown activity', async () => {
    const unknownId = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    expect(await put(unknownId, toReplaceInput(seeded), '"1"')).toEqual({
      status: 404,
      headers: expect.anything(),
      body: { code: 'not_found', message: `No activity with id ${unknownId}` },
    });
  });
});
