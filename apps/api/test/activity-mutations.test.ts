import { activityDetailViewSchema } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn, testAccountEmails } from './support/accounts.js';
import { createOtherNetwork, type OtherNetwork } from './support/other-network.js';
import { countRows, findAuditRows, findUserId } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type Detail = { id: string; version: number; title: string; expectedDeliverables: { id: string; title: string; status: string }[] } & Record<string, unknown>;

describe('activity mutations', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let cookie: string;
  let coChairId: string;
  let organisations: Record<string, string>;
  let other: OtherNetwork;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_mutations');
    app = harness.app;
    ids = await findSeededIds(app);
    cookie = await signIn(app, 'co_chair');
    coChairId = await findUserId(harness.dataSource, testAccountEmails.co_chair);
    const listed = (await request(app, '/api/organisations')).body as { id: string; shortName: string }[];
    organisations = Object.fromEntries(listed.map((organisation) => [organisation.shortName, organisation.id]));
    other = await createOtherNetwork(harness.dataSource);
  });
  afterAll(() => harness.close());

  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, extra: Record<string, string> = {}) =>
    request(app, { method, url, headers: asUser(cookie, extra), ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  const newActivity = () => ({
    kind: 'consultation',
    title: 'Consultation with SCMI on the GCM review',
    purpose: 'Agree the baseline indicators',
    dateSpan: { precision: 'month-range', fromMonth: '2021-09', toMonth: '2021-09' },
    leadOrganisationIds: [organisations.IOM],
    participatingOrganisationIds: [organisations.SCMI],
    objectives: ['Agree the indicators'],
    expectedDeliverables: ['Minutes', 'Indicator list'],
  });

  it('creates an activity: 201 with Location and ETag, one audit row by the co-chair with the record after', async () => {
    const response = await send('POST', `/api/workplans/${ids.workplanId}/activities`, newActivity());
    expect(response.status).toBe(201);
    const created = activityDetailViewSchema.strict().parse(response.body) as unknown as Detail;
    expect(created).toMatchObject({ title: 'Consultation with SCMI on the GCM review', status: 'planned', version: 1, hasAgenda: false });
    expect(response.headers.location).toBe(`/api/activities/${created.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect((await request(app, `/api/workplans/${ids.workplanId}`)).body).toMatchObject({ activityCount: 5 });

    const rows = await findAuditRows(harness.dataSource, created.id);
    expect(rows).toEqual([
      {
        id: expect.any(String),
        actor_user_id: coChairId,
        entity_type: 'activity',
        entity_id: created.id,
        action: 'create',
        before: null,
        after: {
          workplanId: ids.workplanId,
          kind: 'consultation',
          title: 'Consultation with SCMI on the GCM review',
          purpose: 'Agree the baseline indicators',
          status: 'planned',
          dateSpan: { precision: 'month-range', fromMonth: '2021-09', toMonth: '2021-09' },
          leadOrganisations: [{ id: organisations.IOM, name: 'IOM' }],
          participatingOrganisations: [{ id: organisations.SCMI, name: 'SCMI' }],
          objectives: ['Agree the indicators'],
          expectedDeliverables: [
            { title: 'Minutes', status: 'pending' },
            { title: 'Indicator list', status: 'pending' },
          ],
          gcmObjectiveNumbers: [],
          sdgTargetCodes: [],
        },
        note: null,
        network_id: expect.any(String),
      },
    ]);
  });

  it('updates only the fields sent, enforces If-Match, keeps a kept deliverable, and records before and after', async () => {
    const created = (await send('POST', `/api/workplans/${ids.workplanId}/activities`, newActivity())).body as Detail;
    const minutes = created.expectedDeliverables.find((deliverable) => deliverable.title === 'Minutes');
    const update = { title: 'Consultation with SCMI', participatingOrganisationIds: [organisations.SCMI, organisations.RCO], expectedDeliverables: ['Minutes', 'Report'] };

    expect(await send('PATCH', `/api/activities/${created.id}`, update)).toMatchObject({ status: 428, body: { code: 'precondition_required' } });
    const response = await send('PATCH', `/api/activities/${created.id}`, update, { 'if-match': '"1"' });
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    const updated = response.body as Detail;
    expect(updated).toMatchObject({ title: 'Consultation with SCMI', purpose: 'Agree the baseline indicators', version: 2 });
    expect(updated.expectedDeliverables.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: minutes?.id, title: 'Minutes' },
      { id: expect.any(String), title: 'Report' },
    ]);

    const [, change] = await findAuditRows(harness.dataSource, created.id);
    expect(change?.action).toBe('update');
    expect(change?.actor_user_id).toBe(coChairId);
    expect(change?.before).toMatchObject({ title: 'Consultation with SCMI on the GCM review', participatingOrganisations: [{ name: 'SCMI' }] });
    expect(change?.after).toMatchObject({
      title: 'Consultation with SCMI',
      participatingOrganisations: [{ name: 'SCMI' }, { name: 'RCO' }],
      expectedDeliverables: [{ title: 'Minutes' }, { title: 'Report' }],
    });

    const history = await request(app, { method: 'GET', url: `/api/audit/activity/${created.id}`, headers: { cookie } });
    expect((history.body as { action: string; changedFields: string[] }[]).map(({ action, changedFields }) => ({ action, changedFields }))).toEqual([
      { action: 'update', changedFields: ['expectedDeliverables', 'participatingOrganisations', 'title'] },
      { action: 'create', changedFields: expect.arrayContaining(['title', 'kind']) },
    ]);

    expect(await send('PATCH', `/api/activities/${created.id}`, { title: 'Late' }, { 'if-match': '"1"' })).toMatchObject({ status: 412, body: { code: 'precondition_failed' } });
  });

  it('refuses unknown and repeated organisations, naming each, and writes nothing', async () => {
    const before = await countRows(harness.dataSource);
    const unknownId = '0d5f0c52-5f7c-4a4b-9a68-5d0c5e2f0001';
    expect(await send('POST', `/api/workplans/${ids.workplanId}/activities`, { ...newActivity(), leadOrganisationIds: [organisations.IOM, unknownId] })).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'leadOrganisationIds.1', message: 'is not a known organisation' }] },
    });
    expect(
      await send('POST', `/api/workplans/${ids.workplanId}/activities`, { ...newActivity(), participatingOrganisationIds: [organisations.IOM] }),
    ).toMatchObject({ status: 400, body: { fields: [{ path: 'participatingOrganisationIds.0', message: 'names an organisation already listed' }] } });
    // The webinar's leads are IOM and RCO: naming IOM as a participant repeats it.
    expect(await send('PATCH', `/api/activities/${ids.webinarId}`, { participatingOrganisationIds: [organisations.IOM] }, { 'if-match': '"1"' })).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'participatingOrganisationIds.0', message: 'names an organisation already listed' }] },
    });
    expect(await countRows(harness.dataSource)).toEqual(before);
  });

  it('deletes with If-Match: 204, gone, and one audit row with the record before', async () => {
    const created = (await send('POST', `/api/workplans/${ids.workplanId}/activities`, newActivity())).body as Detail;
    expect(await send('DELETE', `/api/activities/${created.id}`, undefined, { 'if-match': '"2"' })).toMatchObject({ status: 412 });
    const deleted = await send('DELETE', `/api/activities/${created.id}`, undefined, { 'if-match': '"1"' });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe('');
    expect((await request(app, `/api/activities/${created.id}`)).status).toBe(404);
    const rows = await findAuditRows(harness.dataSource, created.id);
    expect(rows.map((row) => [row.action, row.before?.title ?? null, row.after])).toEqual([
      ['create', null, expect.any(Object)],
      ['delete', 'Consultation with SCMI on the GCM review', null],
    ]);
    // The history outlives the record.
    const history = await request(app, { method: 'GET', url: `/api/audit/activity/${created.id}`, headers: { cookie } });
    expect((history.body as { action: string }[]).map((entry) => entry.action)).toEqual(['delete', 'create']);
  });

  it("answers 404 for another network's workplan and activities, and changes nothing there", async () => {
    const before = await countRows(harness.dataSource);
    expect(await send('POST', `/api/workplans/${other.workplanId}/activities`, newActivity())).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: `No workplan with id ${other.workplanId}` },
    });
    for (const [method, url, payload] of [
      ['PATCH', `/api/activities/${other.activityId}`, { title: 'Taken over' }],
      ['PATCH', `/api/activities/${other.activityId}/status`, { status: 'cancelled' }],
      ['DELETE', `/api/activities/${other.activityId}`, undefined],
    ] as const) {
      expect(await send(method, url, payload, { 'if-match': '"1"' }), `${method} ${url}`).toMatchObject({ status: 404, body: { code: 'not_found' } });
    }
    expect(await countRows(harness.dataSource)).toEqual(before);
  });
});
