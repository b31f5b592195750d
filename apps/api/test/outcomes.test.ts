import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { createOtherNetwork, otherNetworkPassword, type OtherNetwork } from './support/other-network.js';
import { countRows, findAuditRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type Organisation = { id: string; name: string; shortName: string | null; kind: string };
type OutcomeRecord = {
  id: string;
  activityId: string;
  summary: string;
  decisions: string[];
  review: {
    status: string;
    signedOffBy: Organisation[];
    lastReturn: { organisation: Organisation; reason: string; returnedAt: string; returnedBy: { id: string; displayName: string } | null } | null;
  };
  version: number;
  updatedAt: string;
};

const text = { summary: 'The Network agreed its priorities for 2021.', decisions: ['Set up a data working group', 'Meet again in July'] };

describe('outcomes records and the co-chairs’ sign-off', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let iom: string;
  let rco: string;
  let organisations: Organisation[];
  let other: OtherNetwork;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_outcomes');
    app = harness.app;
    ids = await findSeededIds(app);
    iom = await signIn(app, 'co_chair');
    rco = await signIn(app, 'rco_co_chair');
    organisations = (await request(app, '/api/organisations')).body as Organisation[];
    other = await createOtherNetwork(harness.dataSource);
  });
  afterAll(() => harness.close());

  const organisation = (shortName: string) => organisations.find((candidate) => candidate.shortName === shortName) as Organisation;
  const url = (activityId: string, step = '') => `/api/activities/${activityId}/outcomes${step}`;
  const put = (activityId: string, payload: unknown, cookie: string, version?: number) =>
    request(app, { method: 'PUT', url: url(activityId), headers: asUser(cookie, version === undefined ? {} : { 'if-match': `"${version}"` }), payload: payload as Record<string, unknown> });
  const signOff = (activityId: string, cookie: string, version: number) =>
    request(app, { method: 'POST', url: url(activityId, '/sign-off'), headers: asUser(cookie, { 'if-match': `"${version}"` }) });
  const giveBack = (activityId: string, payload: unknown, cookie: string, version: number) =>
    request(app, { method: 'POST', url: url(activityId, '/return'), headers: asUser(cookie, { 'if-match': `"${version}"` }), payload: payload as Record<string, unknown> });

  it('records outcomes, takes the IOM then the RCO sign-off to signed_off, and keeps the signed record final', async () => {
    const none = await request(app, { method: 'GET', url: url(ids.webinarId), headers: { cookie: iom } });
    expect({ status: none.status, body: none.body }).toEqual({ status: 200, body: null });

    const recorded = await put(ids.webinarId, text, iom);
    expect(recorded.status).toBe(200);
    expect(recorded.headers.etag).toBe('"1"');
    const first = recorded.body as OutcomeRecord;
    expect(first).toEqual({
      id: expect.any(String),
      activityId: ids.webinarId,
      ...text,
      review: { status: 'draft', signedOffBy: [], lastReturn: null },
      version: 1,
      updatedAt: expect.any(String),
    });
    expect(await put(ids.webinarId, text, iom)).toMatchObject({ status: 428, body: { code: 'precondition_required', fields: [{ path: 'If-Match' }] } });

    const byIom = await signOff(ids.webinarId, iom, 1);
    expect(byIom.status).toBe(200);
    expect(byIom.headers.etag).toBe('"2"');
    expect((byIom.body as OutcomeRecord).review).toEqual({ status: 'partially_signed', signedOffBy: [organisation('IOM')], lastReturn: null });

    const again = await signOff(ids.webinarId, iom, 2);
    expect({ status: again.status, body: again.body }).toEqual({
      status: 409,
      body: { code: 'conflict', message: 'This co-chair has already signed off', fields: [{ path: 'action', message: 'This co-chair has already signed off' }] },
    });
    const stale = await signOff(ids.webinarId, rco, 1);
    expect({ status: stale.status, body: stale.body }).toEqual({
      status: 412,
      body: { code: 'precondition_failed', message: 'The outcomes record was changed by someone else (you sent version 1, it is at 2); reload it and try again' },
    });

    const byRco = await signOff(ids.webinarId, rco, 2);
    expect(byRco.status).toBe(200);
    expect(byRco.body).toMatchObject({ review: { status: 'signed_off', signedOffBy: [organisation('IOM'), organisation('RCO')], lastReturn: null }, version: 3 });

    const final = { status: 409, body: { code: 'conflict', message: 'This outcomes record is signed off and can no longer change', fields: [{ path: 'action', message: 'This outcomes record is signed off and can no longer change' }] } };
    for (const attempt of [put(ids.webinarId, text, iom, 3), giveBack(ids.webinarId, { reason: 'Too late' }, rco, 3)]) {
      const response = await attempt;
      expect({ status: response.status, body: response.body }).toEqual(final);
    }

    const audit = await findAuditRows(harness.dataSource, first.id);
    expect(audit.map((row) => [row.entity_type, row.action, row.after?.reviewStatus])).toEqual([
      ['outcome_record', 'create', 'draft'],
      ['outcome_record', 'update', 'partially_signed'],
      ['outcome_record', 'update', 'signed_off'],
    ]);
    expect(audit[2]?.after).toMatchObject({ signedOffBy: [{ id: organisation('IOM').id, name: 'IOM' }, { id: organisation('RCO').id, name: 'RCO' }] });
  });

  it('needs a reason to return a record; a return clears the sign-offs, and a revision clears them too', async () => {
    const created = (await put(ids.meetingId, text, rco)).body as OutcomeRecord;
    expect((await signOff(ids.meetingId, iom, 1)).status).toBe(200);

    for (const payload of [{}, { reason: '   ' }]) {
      const refused = await giveBack(ids.meetingId, payload, rco, 2);
      expect(refused).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'reason' }] } });
    }

    const returned = await giveBack(ids.meetingId, { reason: '  The decisions leave out the data working group ' }, rco, 2);
    expect(returned.status).toBe(200);
    const rcoUser = ((await harness.dataSource.query("SELECT id FROM user_account WHERE email = 'rco.cochair@compact-tracker.example'")) as { id: string }[])[0]?.id;
    expect((returned.body as OutcomeRecord).review).toEqual({
      status: 'returned',
      signedOffBy: [],
      lastReturn: {
        organisation: organisation('RCO'),
        reason: 'The decisions leave out the data working group',
        returnedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        returnedBy: { id: rcoUser, displayName: 'Demo Co-chair (RCO)' },
      },
    });
    expect(await countRows(harness.dataSource, ['outcome_sign_off'])).toEqual({ outcome_sign_off: 2 });
    const [, , returnRow] = await findAuditRows(harness.dataSource, created.id);
    expect(returnRow).toMatchObject({ action: 'update', note: 'The decisions leave out the data working group', after: { reviewStatus: 'returned', signedOffBy: [] } });

    expect(await signOff(ids.meetingId, iom, 3)).toMatchObject({ status: 409, body: { code: 'conflict', message: 'A returned record must be revised before it is signed off' } });

    const revised = await put(ids.meetingId, { ...text, decisions: [...text.decisions, 'Set up a data working group on migration statistics'] }, iom, 3);
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ review: { status: 'draft', signedOffBy: [], lastReturn: { reason: 'The decisions leave out the data working group' } }, version: 4 });

    expect((await signOff(ids.meetingId, rco, 4)).body).toMatchObject({ review: { status: 'partially_signed', signedOffBy: [organisation('RCO')] } });
    const revisedAgain = await put(ids.meetingId, { ...text, summary: 'Priorities for 2021 agreed.' }, rco, 5);
    expect(revisedAgain.body).toMatchObject({ summary: 'Priorities for 2021 agreed.', review: { status: 'draft', signedOffBy: [] }, version: 6 });
    expect(await findAuditRows(harness.dataSource, created.id)).toHaveLength(6);
  });

  it('lets only the co-chair organisations sign or return: other roles by the matrix, other organisations by the service, and another network neither reads nor signs', async () => {
    await put(ids.workshopId, text, iom);
    const before = await countRows(harness.dataSource, ['outcome_record', 'outcome_sign_off', 'audit_entry']);
    for (const role of ['expert', 'viewer'] as const) {
      const cookie = await signIn(app, role);
      for (const response of [await signOff(ids.workshopId, cookie, 1), await giveBack(ids.workshopId, { reason: 'No' }, cookie, 1), await put(ids.workshopId, text, cookie, 1)]) {
        expect({ role, status: response.status, body: response.body }).toEqual({
          role,
          status: 403,
          body: { code: 'forbidden', message: 'Your role may not do this (it needs activity:write)' },
        });
      }
    }

    // A co-chair account of the SCMI: it may plan, but the SCMI is not a co-chair organisation of the Network.
    const admin = await signIn(app, 'admin');
    const scmiAccount = { email: 'scmi.planner@example.org', displayName: 'SCMI planner', password: 'a long passphrase', role: 'co_chair', organisationId: organisation('SCMI').id };
    expect((await request(app, { method: 'POST', url: '/api/users', headers: asUser(admin), payload: scmiAccount })).status).toBe(201);
    const afterUser = await countRows(harness.dataSource, ['outcome_record', 'outcome_sign_off', 'audit_entry']);
    const scmi = await signIn(app, { email: scmiAccount.email, password: scmiAccount.password });
    const notCoChair = { code: 'forbidden', message: 'Only the co-chair organisations review outcomes', fields: [{ path: 'organisationId', message: 'is not a co-chair' }] };
    for (const response of [await signOff(ids.workshopId, scmi, 1), await giveBack(ids.workshopId, { reason: 'Not ours to say' }, scmi, 1)]) {
      expect({ status: response.status, body: response.body }).toEqual({ status: 403, body: notCoChair });
    }
    expect(await countRows(harness.dataSource, ['outcome_record', 'outcome_sign_off', 'audit_entry'])).toEqual(afterUser);
    expect(afterUser.outcome_record).toBe(before.outcome_record);

    const anonymous = await request(app, url(ids.workshopId));
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    const armenian = await signIn(app, { email: other.users.co_chair.email, password: otherNetworkPassword });
    expect(await signOff(ids.workshopId, armenian, 1)).toMatchObject({ status: 404, body: { code: 'not_found', message: `No activity with id ${ids.workshopId}` } });
    expect(await request(app, { method: 'GET', url: url(ids.workshopId), headers: { cookie: armenian } })).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: `No activity with id ${ids.workshopId}` },
    });
  });

  it('answers 404 for steps on a record not yet made or an unknown activity, 412 for If-Match on a first recording, 400 for bad text', async () => {
    const expertRecord = await signOff(ids.expertId, iom, 1);
    expect(expertRecord).toMatchObject({ status: 404, body: { code: 'not_found', message: `Activity ${ids.expertId} has no outcomes record yet; record one with PUT first` } });
    expect(await put(ids.expertId, text, iom, 1)).toMatchObject({ status: 412, body: { code: 'precondition_failed' } });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await request(app, { method: 'GET', url: url(unknown), headers: { cookie: iom } })).toMatchObject({ status: 404, body: { code: 'not_found' } });
    const bad = await put(ids.expertId, { summary: '', decisions: ['ok', ''] }, iom);
    expect(bad).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    expect((bad.body as { fields: { path: string }[] }).fields.map((field) => field.path)).toEqual(['summary', 'decisions.1']);
    expect(await countRows(harness.dataSource, ['outcome_record'])).toMatchObject({ outcome_record: 3 });
  });
});
