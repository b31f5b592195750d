import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, prepareDatabase, type TestDatabase } from './support/database.js';
import { findSeededIds, request, startTestApp, type SeededIds } from './support/test-app.js';

// These tests write, so they get a seeded database of their own.
describe('PATCH /api/activities/:id/status', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminDatabaseUrl'), 'compact_tracker_status');
    await prepareDatabase(database.url, { isSeeded: true });
    app = await startTestApp({ databaseUrl: database.url });
    ids = await findSeededIds(app);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const changeStatus = (id: string, payload: unknown) =>
    request(app, { method: 'PATCH', url: `/api/activities/${id}/status`, payload: payload as Record<string, unknown> });

  it('moves an activity on, bumps its version, and refuses the stale version afterwards', async () => {
    const moved = await changeStatus(ids.expertId, { status: 'in_progress', version: 1 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: ids.expertId, status: 'in_progress', version: 2 });

    const stale = await changeStatus(ids.expertId, { status: 'done', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      code: 'conflict',
      message: 'The activity was changed by someone else (you sent version 1, it is at 2); reload it and try again',
      fields: [{ path: 'version', message: 'is 2 now' }],
    });

    const reread = await request(app, `/api/activities/${ids.expertId}`);
    expect(reread.body).toMatchObject({ status: 'in_progress', version: 2 });
  });

  it('refuses a move the status rules do not allow, and changes nothing', async () => {
    const refused = await changeStatus(ids.workshopId, { status: 'planned', version: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      code: 'invalid_status_transition',
      message: 'An activity cannot go from done to planned',
      fields: [{ path: 'status', message: 'allowed from done: none' }],
    });
    expect((await request(app, `/api/activities/${ids.workshopId}`)).body).toMatchObject({ status: 'done', version: 1 });
  });

  it('validates the body with the domain schema, naming every bad field', async () => {
    expect(await changeStatus(ids.meetingId, { status: 'finished', version: 0, note: 'x' })).toMatchObject({
      status: 400,
      body: {
        code: 'validation_failed',
        message: 'Invalid request body: status, version, note',
        fields: [
          { path: 'status', message: expect.any(String) },
          { path: 'version', message: expect.any(String) },
          { path: 'note', message: 'is not allowed' },
        ],
      },
    });
    expect(await changeStatus(ids.meetingId, {})).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'status' }, { path: 'version' }] },
    });
  });

  it('answers 404 for an unknown activity and 400 for a malformed id', async () => {
    const unknownId = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    expect(await changeStatus(unknownId, { status: 'done', version: 1 })).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: `No activity with id ${unknownId}` },
    });
    expect(await changeStatus('x', { status: 'done', version: 1 })).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'id', message: 'must be a UUID' }] },
    });
  });
});
