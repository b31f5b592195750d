import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { countRows, findAuditRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

// These tests write, so they get a seeded database of their own.
describe('PATCH /api/activities/:id/status', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let cookie: string;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_status');
    app = harness.app;
    ids = await findSeededIds(app);
    cookie = await signIn(app, 'co_chair');
  });
  afterAll(() => harness.close());

  const changeStatus = (id: string, payload: unknown, ifMatch?: string) =>
    request(app, {
      method: 'PATCH',
      url: `/api/activities/${id}/status`,
      headers: asUser(cookie, ifMatch === undefined ? {} : { 'if-match': ifMatch }),
      payload: payload as Record<string, unknown>,
    });

  it('moves an activity on, bumps its version and ETag, keeps the note in the audit trail, and refuses the stale version afterwards', async () => {
    const moved = await changeStatus(ids.expertId, { status: 'in_progress', note: 'The expert started on 1 April' }, '"1"');
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: ids.expertId, status: 'in_progress', version: 2 });
    expect(moved.headers.etag).toBe('"2"');

    const [, change] = await findAuditRows(harness.dataSource, ids.expertId);
    expect(change).toMatchObject({ action: 'update', note: 'The expert started on 1 April', before: { status: 'planned' }, after: { status: 'in_progress' } });

    const stale = await changeStatus(ids.expertId, { status: 'done' }, '"1"');
    expect(stale.status).toBe(412);
    expect(stale.body).toEqual({
      code: 'precondition_failed',
      message: 'The activity was changed by someone else (you sent version 1, it is at 2); reload it and try again',
    });

    const reread = await request(app, `/api/activities/${ids.expertId}`);
    expect(reread.body).toMatchObject({ status: 'in_progress', version: 2 });
    expect(reread.headers.etag).toBe('"2"');
  });

  it('refuses a move the status rules do not allow, and changes nothing', async () => {
    const before = await countRows(harness.dataSource, ['audit_entry']);
    const refused = await changeStatus(ids.workshopId, { status: 'planned' }, '"1"');
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      code: 'invalid_status_transition',
      message: 'An activity cannot go from done to planned',
      fields: [{ path: 'status', message: 'allowed from done: none' }],
    });
    expect((await request(app, `/api/activities/${ids.workshopId}`)).body).toMatchObject({ status: 'done', version: 1 });
    expect(await countRows(harness.dataSource, ['audit_entry'])).toEqual(before);
  });

  it('needs If-Match: 428 without it, 400 when it is not one ETag of ours', async () => {
    expect(await changeStatus(ids.meetingId, { status: 'done' })).toMatchObject({
      status: 428,
      body: { code: 'precondition_required', message: 'Send If-Match with the ETag you last read, e.g. If-Match: "3"', fields: [{ path: 'If-Match', message: 'is required' }] },
    });
    for (const ifMatch of ['1', '*', 'W/"1"', '"1", "2"', '"0"', '"abc"', '"99999999999"']) {
      expect(await changeStatus(ids.meetingId, { status: 'done' }, ifMatch), ifMatch).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', fields: [{ path: 'If-Match', message: 'must be one ETag as the API sent it, e.g. "3"' }] },
      });
    }
  });

  it('validates the body with the domain schema, naming every bad field', async () => {
    expect(await changeStatus(ids.meetingId, { status: 'finished', version: 1, note: '' }, '"1"')).toMatchObject({
      status: 400,
      body: {
        code: 'validation_failed',
        message: 'Invalid request body: status, note, version',
        fields: [
          { path: 'status', message: expect.any(String) },
          { path: 'note', message: expect.any(String) },
          { path: 'version', message: 'is not allowed' },
        ],
      },
    });
    expect(await changeStatus(ids.meetingId, {}, '"1"')).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'status' }] } });
  });

  it('answers 404 for an unknown activity and 400 for a malformed id', async () => {
    const unknownId = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    expect(await changeStatus(unknownId, { status: 'done' }, '"1"')).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: `No activity with id ${unknownId}` },
    });
    expect(await changeStatus('x', { status: 'done' }, '"1"')).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'id', message: 'must be a UUID' }] },
    });
  });
});
