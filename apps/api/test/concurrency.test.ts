import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { countRows, findAuditRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type Detail = { id: string; version: number; title: string };

describe('optimistic concurrency and idempotent creation', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let cookie: string;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_concurrency');
    app = harness.app;
    ids = await findSeededIds(app);
    cookie = await signIn(app, 'co_chair');
  });
  afterAll(() => harness.close());

  const patchTitle = (id: string, title: string, version: number) =>
    request(app, { method: 'PATCH', url: `/api/activities/${id}`, headers: asUser(cookie, { 'if-match': `"${version}"` }), payload: { title } });

  it('lets exactly one of 200 concurrent updates based on one version through; the other 199 get 412 and change nothing', async () => {
    const startedAt = performance.now();
    const responses = await Promise.all(Array.from({ length: 200 }, (_, index) => patchTitle(ids.meetingId, `Stock-taking meeting, edit ${index}`, 1)));
    const elapsedMs = performance.now() - startedAt;
    console.info(`200 concurrent conflicting updates: ${elapsedMs.toFixed(0)} ms`);

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(199);
    const winner = responses.find((response) => response.status === 200)?.body as Detail;
    expect(winner.version).toBe(2);
    for (const loser of responses.filter((response) => response.status === 412)) expect(loser.body).toMatchObject({ code: 'precondition_failed' });

    const reread = (await request(app, `/api/activities/${ids.meetingId}`)).body as Detail;
    expect({ title: reread.title, version: reread.version }).toEqual({ title: winner.title, version: 2 });
    const rows = await findAuditRows(harness.dataSource, ids.meetingId);
    const updates = rows.filter((row) => row.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.before).toEqual(rows.find((row) => row.action === 'create')?.after);
    expect(updates[0]?.after).toMatchObject({ title: winner.title });
  });

  it('loses no update when 20 editors each re-read and retry after a 412: 20 versions, 20 audit rows, one unbroken chain', async () => {
    const editor = async (index: number): Promise<number> => {
      let attempts = 0;
      for (;;) {
        attempts += 1;
        const current = (await request(app, `/api/activities/${ids.expertId}`)).body as Detail;
        const response = await patchTitle(ids.expertId, `Expert engagement, editor ${index}`, current.version);
        if (response.status === 200) return attempts;
        expect(response.status).toBe(412);
      }
    };
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, index) => editor(index)));
    expect(attempts.every((count) => count >= 1)).toBe(true);

    const final = (await request(app, `/api/activities/${ids.expertId}`)).body as Detail;
    expect(final.version).toBe(21);
    const updates = (await findAuditRows(harness.dataSource, ids.expertId)).filter((row) => row.action === 'update');
    expect(updates).toHaveLength(20);
    expect(new Set(updates.map((row) => row.after?.title)).size).toBe(20);
    // Each change starts from what the one before it left: follow the chain from the seeded title to the final one.
    const byBefore = new Map(updates.map((row) => [row.before?.title, row.after?.title]));
    const seeded = (await findAuditRows(harness.dataSource, ids.expertId)).find((row) => row.action === 'create');
    let title = seeded?.after?.title;
    for (let step = 0; step < 20; step += 1) title = byBefore.get(title);
    expect(title).toBe(final.title);
  });

  describe('Idempotency-Key', () => {
    const body = {
      kind: 'training',
      title: 'Training on GCM reporting',
      dateSpan: { precision: 'day', date: '2021-10-05' },
    };
    const create = (key: string | undefined, payload: unknown = body) =>
      request(app, {
        method: 'POST',
        url: `/api/workplans/${ids.workplanId}/activities`,
        headers: asUser(cookie, key === undefined ? {} : { 'idempotency-key': key }),
        payload: payload as Record<string, unknown>,
      });
    const countTrainings = async (title: string) =>
      Number((await harness.dataSource.query('SELECT count(*) AS count FROM activity WHERE title = $1', [title]))[0].count);

    it('answers a sequential retry with the first response and writes nothing twice', async () => {
      const first = await create('retry-sequential-1');
      expect(first.status).toBe(201);
      const before = await countRows(harness.dataSource);
      const retry = await create('retry-sequential-1', { dateSpan: body.dateSpan, title: body.title, kind: body.kind });
      expect({ status: retry.status, body: retry.body }).toEqual({ status: 201, body: first.body });
      expect(retry.headers.location).toBe(first.headers.location);
      expect(retry.headers.etag).toBe('"1"');
      expect(await countRows(harness.dataSource)).toEqual(before);
      const id = (first.body as Detail).id;
      expect((await findAuditRows(harness.dataSource, id)).map((row) => row.action)).toEqual(['create']);
    });

    it('answers 20 concurrent retries with one creation: one row, one audit row, the same body for all', async () => {
      const payload = { ...body, title: 'Training on GCM reporting, concurrent' };
      const responses = await Promise.all(Array.from({ length: 20 }, () => create('retry-concurrent-1', payload)));
      expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 20 }, () => 201));
      // The stored answer is jsonb, which keeps values but not key order.
      for (const response of responses) expect(response.body).toEqual(responses[0]?.body);
      expect(await countTrainings(payload.title)).toBe(1);
      const id = (responses[0]?.body as Detail).id;
      expect(await findAuditRows(harness.dataSource, id)).toHaveLength(1);
    });

    it('refuses the same key with another body (422), and keeps keys apart per user', async () => {
      expect((await create('retry-reused-1')).status).toBe(201);
      const before = await countRows(harness.dataSource);
      expect(await create('retry-reused-1', { ...body, title: 'Something else' })).toMatchObject({
        status: 422,
        body: {
          code: 'idempotency_key_reused',
          message: 'This Idempotency-Key was already used for a different request; use a new key',
          fields: [{ path: 'Idempotency-Key', message: 'was used for another request' }],
        },
      });
      expect(await countRows(harness.dataSource)).toEqual(before);

      const otherCoChair = await signIn(app, 'rco_co_chair');
      const response = await request(app, {
        method: 'POST',
        url: `/api/workplans/${ids.workplanId}/activities`,
        headers: asUser(otherCoChair, { 'idempotency-key': 'retry-reused-1' }),
        payload: { ...body, title: 'Training by the RCO' },
      });
      expect(response.status).toBe(201);
    });

    it('creates twice without a key, and refuses a key that is empty, too long or not visible ASCII', async () => {
      expect((await create(undefined, { ...body, title: 'Unkeyed' })).status).toBe(201);
      expect((await create(undefined, { ...body, title: 'Unkeyed' })).status).toBe(201);
      expect(await countTrainings('Unkeyed')).toBe(2);
      const before = await countRows(harness.dataSource);
      for (const key of ['', 'k'.repeat(201), 'with space', 'ключ']) {
        expect(await create(key), JSON.stringify(key)).toMatchObject({
          status: 400,
          body: { code: 'validation_failed', fields: [{ path: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters, e.g. a UUID' }] },
        });
      }
      expect((await create('k'.repeat(200), { ...body, title: 'Longest key' })).status).toBe(201);
      const grown = (table: string) => (before[table] ?? 0) + 1;
      expect(await countRows(harness.dataSource)).toEqual({ ...before, activity: grown('activity'), audit_entry: grown('audit_entry'), idempotency_record: grown('idempotency_record') });
    });
  });
});
