import { migrationSdgTargetCodes } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { countRows, findAuditRows, findUserId } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type Detail = { id: string; version: number; gcmObjectiveNumbers: number[]; sdgTargetCodes: string[]; expectedDeliverables: { id: string; title: string; status: string; version: number }[] };

// These tests write, so they get a seeded database of their own.
describe('activity details: GCM and SDG links, progress log, deliverables', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let cookie: string;
  let coChairId: string;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_activity_details');
    app = harness.app;
    ids = await findSeededIds(app);
    cookie = await signIn(app, 'co_chair');
    coChairId = await findUserId(harness.dataSource, 'iom.cochair@compact-tracker.example');
  });
  afterAll(() => harness.close());

  const getDetail = async (id: string) => (await request(app, `/api/activities/${id}`)).body as Detail;

  describe('links to GCM objectives and SDG targets', () => {
    it('creates and edits them, answers them in the detail, and keeps them in the audit trail', async () => {
      const created = await request(app, {
        method: 'POST',
        url: `/api/workplans/${ids.workplanId}/activities`,
        headers: asUser(cookie),
        payload: { kind: 'meeting', title: 'Data working group', dateSpan: { precision: 'month-range', fromMonth: '2021-09', toMonth: '2021-09' }, gcmObjectiveNumbers: [1, 23], sdgTargetCodes: ['17.18'] },
      });
      expect(created.status).toBe(201);
      const { id } = created.body as Detail;
      expect(created.body).toMatchObject({ gcmObjectiveNumbers: [1, 23], sdgTargetCodes: ['17.18'], version: 1 });

      const seeded = await getDetail(ids.meetingId);
      expect(seeded).toMatchObject({ gcmObjectiveNumbers: [], sdgTargetCodes: [] });

      const edited = await request(app, {
        method: 'PATCH',
        url: `/api/activities/${id}`,
        headers: asUser(cookie, { 'if-match': '"1"' }),
        payload: { gcmObjectiveNumbers: [3], sdgTargetCodes: ['10.7', '10.c'] },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ gcmObjectiveNumbers: [3], sdgTargetCodes: ['10.7', '10.c'], version: 2 });
      expect(await getDetail(id)).toMatchObject({ gcmObjectiveNumbers: [3], sdgTargetCodes: ['10.7', '10.c'] });
      const [, update] = await findAuditRows(harness.dataSource, id);
      expect(update).toMatchObject({
        action: 'update',
        before: { gcmObjectiveNumbers: [1, 23], sdgTargetCodes: ['17.18'] },
        after: { gcmObjectiveNumbers: [3], sdgTargetCodes: ['10.7', '10.c'] },
      });
    });

    it('refuses GCM objective 24 and an SDG target outside the migration-related list, naming the field, and changes nothing', async () => {
      const before = await countRows(harness.dataSource, ['activity', 'audit_entry']);
      const edit = (payload: Record<string, unknown>) =>
        request(app, { method: 'PATCH', url: `/api/activities/${ids.meetingId}`, headers: asUser(cookie, { 'if-match': '"1"' }), payload });
      expect(await edit({ gcmObjectiveNumbers: [7, 24] })).toEqual({
        status: 400,
        headers: expect.anything(),
        body: {
          code: 'validation_failed',
          message: 'Invalid request body: gcmObjectiveNumbers.1',
          fields: [{ path: 'gcmObjectiveNumbers.1', message: 'must be a GCM objective number from 1 to 23' }],
        },
      });
      expect(await edit({ sdgTargetCodes: ['10.7', '1.1'] })).toEqual({
        status: 400,
        headers: expect.anything(),
        body: {
          code: 'validation_failed',
          message: 'Invalid request body: sdgTargetCodes.1',
          fields: [{ path: 'sdgTargetCodes.1', message: `must be a migration-related SDG target: ${migrationSdgTargetCodes.join(', ')}` }],
        },
      });
      expect(await edit({ gcmObjectiveNumbers: [2, 2] })).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', fields: [{ path: 'gcmObjectiveNumbers', message: 'names an objective twice' }] },
      });
      expect(await countRows(harness.dataSource, ['activity', 'audit_entry'])).toEqual(before);
      expect(await getDetail(ids.meetingId)).toMatchObject({ version: 1, gcmObjectiveNumbers: [] });
    });
  });

  describe('the progress log', () => {
    it('records who moved the status, when, from what to what and why; notes without a status change; newest first', async () => {
      expect(await request(app, `/api/activities/${ids.expertId}/progress`)).toMatchObject({ status: 200, body: [] });

      const moved = await request(app, {
        method: 'PATCH',
        url: `/api/activities/${ids.expertId}/status`,
        headers: asUser(cookie, { 'if-match': '"1"' }),
        payload: { status: 'in_progress', note: 'The expert started on 1 April' },
      });
      expect(moved.status).toBe(200);
      const noted = await request(app, {
        method: 'POST',
        url: `/api/activities/${ids.expertId}/progress`,
        headers: asUser(cookie, { 'idempotency-key': 'note-1' }),
        payload: { note: ' First draft shared with the SCMI ' },
      });
      expect(noted.status).toBe(201);
      const coChair = { id: coChairId, displayName: expect.any(String), role: 'co_chair' };
      const noteEntry = { id: expect.any(String), recordedAt: expect.any(String), recordedBy: coChair, fromStatus: 'in_progress', toStatus: 'in_progress', note: 'First draft shared with the SCMI' };
      expect(noted.body).toEqual(noteEntry);
      const retried = await request(app, {
        method: 'POST',
        url: `/api/activities/${ids.expertId}/progress`,
        headers: asUser(cookie, { 'idempotency-key': 'note-1' }),
        payload: { note: 'First draft shared with the SCMI' },
      });
      expect(retried).toMatchObject({ status: 201, body: noted.body });

      // Public, like the activity itself.
      const log = await request(app, `/api/activities/${ids.expertId}/progress`);
      expect(log.status).toBe(200);
      expect(log.body).toEqual([
        noteEntry,
        { id: expect.any(String), recordedAt: expect.any(String), recordedBy: coChair, fromStatus: 'planned', toStatus: 'in_progress', note: 'The expert started on 1 April' },
      ]);
      const [newest, oldest] = log.body as { recordedAt: string }[];
      expect(Date.parse(newest?.recordedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(oldest?.recordedAt ?? ''));
      // The note is its own change, audited once; it leaves the activity's version alone.
      const noteAudit = await findAuditRows(harness.dataSource, (noted.body as { id: string }).id);
      expect(noteAudit).toEqual([
        expect.objectContaining({ entity_type: 'progress_entry', action: 'create', actor_user_id: coChairId, before: null, after: { activityId: ids.expertId, status: 'in_progress', note: 'First draft shared with the SCMI' } }),
      ]);
      expect(await getDetail(ids.expertId)).toMatchObject({ version: 2 });
    });

    it('records a status change without a note with a null note', async () => {
      const moved = await request(app, { method: 'PATCH', url: `/api/activities/${ids.expertId}/status`, headers: asUser(cookie, { 'if-match': '"2"' }), payload: { status: 'done' } });
      expect(moved.status).toBe(200);
      const [latest] = (await request(app, `/api/activities/${ids.expertId}/progress`)).body as Record<string, unknown>[];
      expect(latest).toMatchObject({ fromStatus: 'in_progress', toStatus: 'done', note: null });
    });

    it('refuses an empty note, and answers 404 for an unknown activity', async () => {
      expect(await request(app, { method: 'POST', url: `/api/activities/${ids.meetingId}/progress`, headers: asUser(cookie), payload: { note: '  ' } })).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', fields: [{ path: 'note' }] },
      });
      const unknownId = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
      expect(await request(app, `/api/activities/${unknownId}/progress`)).toEqual({
        status: 404,
        headers: expect.anything(),
        body: { code: 'not_found', message: `No activity with id ${unknownId}` },
      });
      expect(await request(app, { method: 'POST', url: `/api/activities/${unknownId}/progress`, headers: asUser(cookie), payload: { note: 'x' } })).toMatchObject({
        status: 404,
        body: { code: 'not_found', message: `No activity with id ${unknownId}` },
      });
    });
  });

  describe('deliverables with their own status', () => {
    it('adds one (idempotently), changes and deletes it under If-Match, and audits each change', async () => {
      const add = () =>
        request(app, {
          method: 'POST',
          url: `/api/activities/${ids.meetingId}/deliverables`,
          headers: asUser(cookie, { 'idempotency-key': 'deliverable-1' }),
          payload: { title: 'Meeting minutes', status: 'in_progress' },
        });
      const before = await countRows(harness.dataSource, ['deliverable', 'audit_entry']);
      const created = await add();
      expect(created.status).toBe(201);
      const deliverable = created.body as { id: string };
      expect(created.body).toEqual({ id: expect.any(String), title: 'Meeting minutes', status: 'in_progress', version: 1 });
      expect(created.headers.etag).toBe('"1"');
      expect(created.headers.location).toBe(`/api/deliverables/${deliverable.id}`);
      expect(await add()).toMatchObject({ status: 201, body: created.body });
      expect(await countRows(harness.dataSource, ['deliverable', 'audit_entry'])).toEqual({ deliverable: (before.deliverable ?? 0) + 1, audit_entry: (before.audit_entry ?? 0) + 1 });
      const detail = await getDetail(ids.meetingId);
      expect(detail.expectedDeliverables.at(-1)).toEqual(created.body);
      // A deliverable has a version of its own; the activity's stays.
      expect(detail.version).toBe(1);

      const patch = (ifMatch: string | undefined, payload: Record<string, unknown>) =>
        request(app, { method: 'PATCH', url: `/api/deliverables/${deliverable.id}`, headers: asUser(cookie, ifMatch ? { 'if-match': ifMatch } : {}), payload });
      expect(await patch(undefined, { status: 'delivered' })).toMatchObject({ status: 428, body: { code: 'precondition_required' } });
      const delivered = await patch('"1"', { status: 'delivered' });
      expect(delivered).toMatchObject({ status: 200, body: { id: deliverable.id, title: 'Meeting minutes', status: 'delivered', version: 2 } });
      expect(delivered.headers.etag).toBe('"2"');
      expect(await patch('"1"', { title: 'Minutes' })).toEqual({
        status: 412,
        headers: expect.anything(),
        body: { code: 'precondition_failed', message: 'The deliverable was changed by someone else (you sent version 1, it is at 2); reload it and try again' },
      });
      expect(await patch('"2"', {})).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'body', message: 'must change at least one field' }] } });

      const remove = (ifMatch: string) => request(app, { method: 'DELETE', url: `/api/deliverables/${deliverable.id}`, headers: asUser(cookie, { 'if-match': ifMatch }) });
      expect(await remove('"1"')).toMatchObject({ status: 412 });
      expect((await remove('"2"')).status).toBe(204);
      expect(await remove('"2"')).toEqual({ status: 404, headers: expect.anything(), body: { code: 'not_found', message: `No deliverable with id ${deliverable.id}` } });
      expect((await getDetail(ids.meetingId)).expectedDeliverables.map((item) => item.id)).not.toContain(deliverable.id);

      const audit = await findAuditRows(harness.dataSource, deliverable.id);
      expect(audit.map(({ entity_type, action, actor_user_id, before: recordBefore, after }) => ({ entity_type, action, actor_user_id, before: recordBefore, after }))).toEqual([
        { entity_type: 'deliverable', action: 'create', actor_user_id: coChairId, before: null, after: { activityId: ids.meetingId, title: 'Meeting minutes', status: 'in_progress' } },
        {
          entity_type: 'deliverable',
          action: 'update',
          actor_user_id: coChairId,
          before: { activityId: ids.meetingId, title: 'Meeting minutes', status: 'in_progress' },
          after: { activityId: ids.meetingId, title: 'Meeting minutes', status: 'delivered' },
        },
        { entity_type: 'deliverable', action: 'delete', actor_user_id: coChairId, before: { activityId: ids.meetingId, title: 'Meeting minutes', status: 'delivered' }, after: null },
      ]);
      const history = await request(app, { method: 'GET', url: `/api/audit/deliverable/${deliverable.id}`, headers: { cookie } });
      expect(history).toMatchObject({ status: 200, body: [{ action: 'delete' }, { action: 'update', changedFields: ['status'] }, { action: 'create' }] });
    });

    it('starts a deliverable as pending, and answers 404 for an unknown activity or deliverable', async () => {
      const created = await request(app, { method: 'POST', url: `/api/activities/${ids.webinarId}/deliverables`, headers: asUser(cookie), payload: { title: 'Webinar report' } });
      expect(created).toMatchObject({ status: 201, body: { title: 'Webinar report', status: 'pending', version: 1 } });
      const unknownId = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
      expect(await request(app, { method: 'POST', url: `/api/activities/${unknownId}/deliverables`, headers: asUser(cookie), payload: { title: 'x' } })).toMatchObject({
        status: 404,
        body: { code: 'not_found', message: `No activity with id ${unknownId}` },
      });
      expect(await request(app, { method: 'PATCH', url: `/api/deliverables/${unknownId}`, headers: asUser(cookie, { 'if-match': '"1"' }), payload: { status: 'dropped' } })).toMatchObject({
        status: 404,
        body: { code: 'not_found', message: `No deliverable with id ${unknownId}` },
      });
    });
  });
});
