import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, changeHeaders, signIn } from './support/accounts.js';
import { createOtherNetwork, otherNetworkPassword, type OtherNetwork } from './support/other-network.js';
import { countRows, findAuditRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type Baseline = { id: string; name: string; createdAt: string; createdBy: { id: string; displayName: string } | null; activityCount: number };
type Detail = { id: string; title: string; status: string; dateSpan: Record<string, unknown>; version: number };

describe('plan baselines', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let coChair: string;
  let other: OtherNetwork;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_baselines');
    app = harness.app;
    ids = await findSeededIds(app);
    coChair = await signIn(app, 'co_chair');
    other = await createOtherNetwork(harness.dataSource);
  });
  afterAll(() => harness.close());

  const freeze = (name: string, cookie = coChair, workplanId = ids.workplanId, extra: Record<string, string> = {}) =>
    request(app, { method: 'POST', url: `/api/workplans/${workplanId}/baselines`, headers: asUser(cookie, extra), payload: { name } });
  const readActivity = async (id: string) => (await request(app, `/api/activities/${id}`)).body as Detail;

  it('freezes the plan, then shows exactly the reschedule, the status change, the added and the dropped activity', async () => {
    const frozen = await freeze('  As agreed in January  ');
    expect(frozen.status).toBe(201);
    const baseline = frozen.body as Baseline;
    expect(baseline).toEqual({
      id: expect.any(String),
      name: 'As agreed in January',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      createdBy: { id: expect.any(String), displayName: 'Demo Co-chair (IOM)' },
      activityCount: 4,
    });
    const [audit] = await findAuditRows(harness.dataSource, baseline.id);
    expect(audit).toMatchObject({ entity_type: 'plan_baseline', action: 'create', before: null, after: { name: 'As agreed in January', activityCount: 4 } });

    const meeting = await readActivity(ids.meetingId);
    const webinar = await readActivity(ids.webinarId);
    expect(meeting.dateSpan).toEqual({ precision: 'month-choice', months: ['2021-06', '2021-07'] });

    // "June or July" is decided: 8 July, an exact day.
    const moved = await request(app, {
      method: 'PATCH',
      url: `/api/activities/${ids.meetingId}`,
      headers: asUser(coChair, { 'if-match': `"${meeting.version}"` }),
      payload: { dateSpan: { precision: 'day', date: '2021-07-08' } },
    });
    expect(moved.status).toBe(200);
    expect((moved.body as Detail).dateSpan).toEqual({ precision: 'day', date: '2021-07-08' });
    const started = await request(app, { method: 'PATCH', url: `/api/activities/${ids.expertId}/status`, headers: asUser(coChair, { 'if-match': '"1"' }), payload: { status: 'in_progress' } });
    expect(started.status).toBe(200);
    const added = await request(app, {
      method: 'POST',
      url: `/api/workplans/${ids.workplanId}/activities`,
      headers: asUser(coChair),
      payload: { kind: 'meeting', title: 'Annual review', dateSpan: { precision: 'month-range', fromMonth: '2021-12', toMonth: '2021-12' } },
    });
    expect(added.status).toBe(201);
    const addedId = (added.body as Detail).id;
    const dropped = await request(app, { method: 'DELETE', url: `/api/activities/${ids.webinarId}`, headers: asUser(coChair, { 'if-match': `"${webinar.version}"` }) });
    expect(dropped.status).toBe(204);

    const diff = await request(app, `/api/workplans/${ids.workplanId}/baselines/${baseline.id}/diff`);
    expect(diff.status).toBe(200);
    const expert = await readActivity(ids.expertId);
    const expertSpan = { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' };
    expect(diff.body).toEqual({
      baseline,
      changes: [
        {
          kind: 'changed',
          activityId: ids.expertId,
          title: expert.title,
          baseline: { activityId: ids.expertId, title: expert.title, status: 'planned', dateSpan: expertSpan },
          current: { activityId: ids.expertId, title: expert.title, status: 'in_progress', dateSpan: expertSpan },
          isMoved: false,
          isStatusChanged: true,
          isRetitled: false,
        },
        {
          kind: 'changed',
          activityId: ids.meetingId,
          title: meeting.title,
          baseline: { activityId: ids.meetingId, title: meeting.title, status: 'planned', dateSpan: { precision: 'month-choice', months: ['2021-06', '2021-07'] } },
          current: { activityId: ids.meetingId, title: meeting.title, status: 'planned', dateSpan: { precision: 'day', date: '2021-07-08' } },
          isMoved: true,
          isStatusChanged: false,
          isRetitled: false,
        },
        {
          kind: 'added',
          activityId: addedId,
          title: 'Annual review',
          current: { activityId: addedId, title: 'Annual review', status: 'planned', dateSpan: { precision: 'month-range', fromMonth: '2021-12', toMonth: '2021-12' } },
        },
        // Dropped: the frozen title and span, though the activity is gone.
        { kind: 'dropped', activityId: ids.webinarId, title: webinar.title, baseline: { activityId: ids.webinarId, title: webinar.title, status: 'planned', dateSpan: webinar.dateSpan } },
      ],
    });

    // The baseline itself never changes; a new one of today's plan differs from it in nothing.
    const today = (await freeze('After the changes')).body as Baseline;
    expect(today.activityCount).toBe(4);
    expect((await request(app, `/api/workplans/${ids.workplanId}/baselines/${today.id}/diff`)).body).toEqual({ baseline: today, changes: [] });
    const list = await request(app, `/api/workplans/${ids.workplanId}/baselines`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([today, baseline]);
  });

  it('replays a retried freeze with the same Idempotency-Key, and writes one baseline', async () => {
    const before = await countRows(harness.dataSource, ['plan_baseline', 'audit_entry']);
    const first = await freeze('Mid-year', coChair, ids.workplanId, { 'idempotency-key': 'freeze-mid-year' });
    const retry = await freeze('Mid-year', coChair, ids.workplanId, { 'idempotency-key': 'freeze-mid-year' });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await countRows(harness.dataSource, ['plan_baseline', 'audit_entry'])).toEqual({ plan_baseline: (before.plan_baseline ?? 0) + 1, audit_entry: (before.audit_entry ?? 0) + 1 });
  });

  it('refuses the roles without activity:write, anonymous callers, another network and bad input, and writes nothing', async () => {
    const before = await countRows(harness.dataSource, ['plan_baseline', 'audit_entry']);
    for (const role of ['expert', 'viewer', 'admin', 'scmi_reviewer'] as const) {
      const refused = await freeze('Not mine', await signIn(app, role));
      expect({ role, status: refused.status, body: refused.body }).toEqual({
        role,
        status: 403,
        body: { code: 'forbidden', message: 'Your role may not do this (it needs activity:write)' },
      });
    }
    const anonymous = await request(app, { method: 'POST', url: `/api/workplans/${ids.workplanId}/baselines`, headers: changeHeaders, payload: { name: 'x' } });
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    const armenian = await signIn(app, { email: other.users.co_chair.email, password: otherNetworkPassword });
    expect(await freeze('Not ours', armenian)).toMatchObject({ status: 404, body: { code: 'not_found', message: `No workplan with id ${ids.workplanId}` } });
    const empty = await freeze('   ');
    expect(empty).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'name' }] } });
    expect(await countRows(harness.dataSource, ['plan_baseline', 'audit_entry'])).toEqual(before);
  });

  it("answers 404 for an unknown workplan or a baseline of another workplan, and 400 for a malformed baseline id", async () => {
    const armenian = await signIn(app, { email: other.users.co_chair.email, password: otherNetworkPassword });
    const theirs = (await freeze('Armenian plan', armenian, other.workplanId)).body as Baseline;
    expect((await request(app, `/api/workplans/${ids.workplanId}/baselines/${theirs.id}/diff`)).body).toEqual({
      code: 'not_found',
      message: `No baseline with id ${theirs.id} in workplan ${ids.workplanId}`,
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await request(app, `/api/workplans/${unknown}/baselines`)).toMatchObject({ status: 404, body: { code: 'not_found' } });
    const malformed = await request(app, `/api/workplans/${ids.workplanId}/baselines/nope/diff`);
    expect(malformed).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'baselineId', message: 'must be a UUID' }] } });
  });
});
