import { auditEntityTypes, auditEntryViewSchema, networkAuditPageViewSchema, type AuditEntryView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { asUser, signIn, testAccountEmails } from './support/accounts.js';
import { createOtherNetwork, otherNetworkPassword, type OtherNetwork } from './support/other-network.js';
import { countRows, findAuditRows, findUserId } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type Page = { entries: AuditEntryView[]; nextBefore: string | null };

describe('the audit trail', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let networkId: string;
  let coChair: string;
  let admin: string;
  let other: OtherNetwork;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_audit');
    app = harness.app;
    ids = await findSeededIds(app);
    networkId = ((await request(app, '/api/networks')).body as { id: string; countryCode: string }[]).find((network) => network.countryCode === 'GE')?.id as string;
    coChair = await signIn(app, 'co_chair');
    admin = await signIn(app, 'admin');
    other = await createOtherNetwork(harness.dataSource);
  });
  afterAll(() => harness.close());
  afterEach(() => vi.restoreAllMocks());

  const get = (url: string, cookie: string) => request(app, { method: 'GET', url, headers: { cookie } });
  const changeStatus = (id: string, status: string, version: number, note?: string) =>
    request(app, {
      method: 'PATCH',
      url: `/api/activities/${id}/status`,
      headers: asUser(coChair, { 'if-match': `"${version}"` }),
      payload: note === undefined ? { status } : { status, note },
    });

  it("lists one record's history newest first: who, when, what, before and after, changed fields, the note", async () => {
    expect((await changeStatus(ids.webinarId, 'in_progress', 1, 'Speakers confirmed')).status).toBe(200);
    expect((await changeStatus(ids.webinarId, 'done', 2)).status).toBe(200);
    const response = await get(`/api/audit/activity/${ids.webinarId}`, coChair);
    expect(response.status).toBe(200);
    const entries = auditEntryViewSchema.strict().array().parse(response.body);
    const coChairId = await findUserId(harness.dataSource, testAccountEmails.co_chair);
    expect(entries.map(({ action, actor, changedFields, note, before, after }) => ({ action, actor, changedFields, note, from: before?.status ?? null, to: after?.status }))).toEqual([
      { action: 'update', actor: { id: coChairId, displayName: 'Demo Co-chair (IOM)', role: 'co_chair' }, changedFields: ['status'], note: null, from: 'in_progress', to: 'done' },
      { action: 'update', actor: { id: coChairId, displayName: 'Demo Co-chair (IOM)', role: 'co_chair' }, changedFields: ['status'], note: 'Speakers confirmed', from: 'planned', to: 'in_progress' },
      // The seed is the system's doing.
      { action: 'create', actor: null, changedFields: expect.arrayContaining(['status', 'title']), note: null, from: null, to: 'planned' },
    ]);
    expect(entries[0]?.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(entries.map((entry) => entry.entityId)).toEqual([ids.webinarId, ids.webinarId, ids.webinarId]);
  });

  it('keeps users out of records and networks that are not theirs (404), and user histories for those who manage users (403)', async () => {
    expect(await get(`/api/audit/activity/${other.activityId}`, coChair)).toMatchObject({ status: 404, body: { code: 'not_found', message: `No activity with id ${other.activityId}` } });
    expect(await get(`/api/networks/${other.networkId}/audit`, admin)).toMatchObject({ status: 404, body: { code: 'not_found', message: `No network with id ${other.networkId}` } });
    expect(await get('/api/audit/activity/0d5f0c52-5f7c-4a4b-9a68-5d0c5e2f0001', coChair)).toMatchObject({ status: 404 });

    const viewerId = await findUserId(harness.dataSource, testAccountEmails.viewer);
    expect(await get(`/api/audit/user/${viewerId}`, coChair)).toMatchObject({ status: 403, body: { code: 'forbidden', message: 'Your role may not read the history of a user' } });
    expect(await get(`/api/audit/user/${viewerId}`, admin)).toMatchObject({ status: 200, body: [{ action: 'create', actor: null, after: { email: testAccountEmails.viewer } }] });
    expect(await get(`/api/audit/user/${other.users.admin.id}`, admin)).toMatchObject({ status: 404 });

    // Armenia's admin sees Armenia's network, not Georgia's.
    const armenianAdmin = await signIn(app, { email: other.users.admin.email, password: otherNetworkPassword });
    expect(await get(`/api/networks/${networkId}/audit`, armenianAdmin)).toMatchObject({ status: 404 });
    expect(await get(`/api/audit/activity/${ids.webinarId}`, armenianAdmin)).toMatchObject({ status: 404 });
    expect(await get(`/api/networks/${other.networkId}/audit`, armenianAdmin)).toMatchObject({ status: 200, body: { entries: [], nextBefore: null } });
  });

  it("pages through a network's history newest first; entries at one instant never straddle a page", async () => {
    // A little ahead of every other entry, and close enough to now for the sessions to stay alive.
    const base = Math.ceil(Date.now() / 1000) * 1000 + 10_000;
    const clock = vi.spyOn(app.get(Clock), 'now');
    // Five changes at three instants: t0, t1, t1, t1, t2.
    const instants = [base, base + 1000, base + 1000, base + 1000, base + 2000];
    const created: string[] = [];
    for (const [index, instant] of instants.entries()) {
      clock.mockReturnValue(new Date(instant));
      const response = await request(app, {
        method: 'POST',
        url: `/api/workplans/${ids.workplanId}/activities`,
        headers: asUser(coChair),
        payload: { kind: 'other', title: `Paging ${index}`, dateSpan: { precision: 'day', date: '2021-12-01' } },
      });
      created.push((response.body as { id: string }).id);
    }
    const titles = (page: Page) => page.entries.map((entry) => entry.after?.title);

    const first = networkAuditPageViewSchema.parse((await get(`/api/networks/${networkId}/audit?limit=2`, coChair)).body) as Page;
    // Two asked for; the second is at t1, so the other two at t1 come along.
    expect(titles(first).slice(0, 1)).toEqual(['Paging 4']);
    expect(new Set(titles(first).slice(1))).toEqual(new Set(['Paging 1', 'Paging 2', 'Paging 3']));
    expect(first.nextBefore).toBe(new Date(base + 1000).toISOString());

    const second = (await get(`/api/networks/${networkId}/audit?limit=1&before=${encodeURIComponent(first.nextBefore as string)}`, coChair)).body as Page;
    expect(titles(second)).toEqual(['Paging 0']);
    expect(second.nextBefore).toBe(new Date(base).toISOString());

    const rest = (await get(`/api/networks/${networkId}/audit?limit=100&before=${encodeURIComponent(second.nextBefore as string)}`, coChair)).body as Page;
    expect(rest.nextBefore).toBeNull();
    expect(rest.entries.some((entry) => created.includes(entry.entityId))).toBe(false);
    // Co-chairs see activities only; the admin also sees the accounts' history.
    expect(new Set(rest.entries.map((entry) => entry.entityType))).toEqual(new Set(['activity']));
    const adminPage = (await get(`/api/networks/${networkId}/audit?limit=100`, admin)).body as Page;
    expect(new Set(adminPage.entries.map((entry) => entry.entityType))).toEqual(new Set(['activity', 'user']));
  });

  it('refuses bad paging parameters, naming them', async () => {
    for (const [query, path] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['before=yesterday', 'before'],
      ['before=2021-04-22T10:00:00', 'before'],
      ['page=2', 'page'],
    ]) {
      expect(await get(`/api/networks/${networkId}/audit?${query}`, coChair), query).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path }] } });
    }
    expect(await get(`/api/audit/workplan/${ids.workplanId}`, coChair)).toMatchObject({
      status: 400,
      body: { fields: [{ path: 'entityType', message: `must be one of ${auditEntityTypes.join(', ')}` }] },
    });
  });

  describe('a command that fails inside its transaction', () => {
    // Fails at COMMIT, after the command and its audit row were written: nothing of either may remain.
    const installFailingTrigger = () =>
      harness.dataSource.query(`
        CREATE FUNCTION fail_audit_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.note = 'fail on commit' OR NEW.after->>'title' = 'fail on commit' THEN RAISE EXCEPTION 'forced failure'; END IF;
          RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER fail_audit_for_test AFTER INSERT ON audit_entry DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION fail_audit_for_test();`);
    const removeFailingTrigger = () =>
      harness.dataSource.query('DROP TRIGGER fail_audit_for_test ON audit_entry; DROP FUNCTION fail_audit_for_test();');

    it('rolls back an update with its audit row, answering a bare 500', async () => {
      await installFailingTrigger();
      try {
        const before = await countRows(harness.dataSource);
        const auditBefore = await findAuditRows(harness.dataSource, ids.meetingId);
        const response = await changeStatus(ids.meetingId, 'postponed', 1, 'fail on commit');
        expect({ status: response.status, body: response.body }).toEqual({ status: 500, body: { code: 'internal_error', message: 'Unexpected error' } });
        expect((await request(app, `/api/activities/${ids.meetingId}`)).body).toMatchObject({ status: 'planned', version: 1 });
        expect(await findAuditRows(harness.dataSource, ids.meetingId)).toEqual(auditBefore);
        expect(await countRows(harness.dataSource)).toEqual(before);
      } finally {
        await removeFailingTrigger();
      }
      expect((await changeStatus(ids.meetingId, 'postponed', 1, 'works again')).status).toBe(200);
    });

    it('rolls back a creation with its audit row and its idempotency record, so a retry runs afresh', async () => {
      await installFailingTrigger();
      const create = (title: string) =>
        request(app, {
          method: 'POST',
          url: `/api/workplans/${ids.workplanId}/activities`,
          headers: asUser(coChair, { 'idempotency-key': 'fails-then-works' }),
          payload: { kind: 'other', title, dateSpan: { precision: 'day', date: '2021-12-02' } },
        });
      try {
        const before = await countRows(harness.dataSource);
        expect((await create('fail on commit')).status).toBe(500);
        expect(await countRows(harness.dataSource)).toEqual(before);
      } finally {
        await removeFailingTrigger();
      }
      expect((await create('fail on commit')).status).toBe(201);
    });
  });
});
