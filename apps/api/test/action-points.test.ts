import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, changeHeaders, signIn } from './support/accounts.js';
import { createOtherNetwork, otherNetworkPassword, type OtherNetwork } from './support/other-network.js';
import { countRows, findAuditRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type Organisation = { id: string; name: string; shortName: string | null; kind: string };
type ActionPoint = {
  id: string;
  title: string;
  owner: Organisation;
  dueDate: string;
  status: string;
  isOverdue: boolean;
  sourceActivity: { id: string; title: string };
  feedsActivity: { id: string; title: string } | null;
  version: number;
};

describe('action points, the follow-up list, its exports and the milestones', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let coChair: string;
  let organisations: Organisation[];
  let titles: Record<string, string>;
  let other: OtherNetwork;
  const points: Record<'data' | 'note' | 'done' | 'report', ActionPoint> = {} as never;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_action_points');
    app = harness.app;
    ids = await findSeededIds(app);
    coChair = await signIn(app, 'co_chair');
    organisations = (await request(app, '/api/organisations')).body as Organisation[];
    const detail = (await request(app, `/api/workplans/${ids.workplanId}`)).body as { activities: { id: string; title: string }[] };
    titles = Object.fromEntries(detail.activities.map((activity) => [activity.id, activity.title]));
    other = await createOtherNetwork(harness.dataSource);
  });
  afterAll(() => harness.close());

  const organisation = (shortName: string) => organisations.find((candidate) => candidate.shortName === shortName) as Organisation;
  const create = (payload: Record<string, unknown>, cookie = coChair, activityId = ids.workshopId, extra: Record<string, string> = {}) =>
    request(app, { method: 'POST', url: `/api/activities/${activityId}/action-points`, headers: asUser(cookie, extra), payload });
  const update = (id: string, payload: Record<string, unknown>, version: number, cookie = coChair) =>
    request(app, { method: 'PATCH', url: `/api/action-points/${id}`, headers: asUser(cookie, { 'if-match': `"${version}"` }), payload });
  const list = async (query = '') => (await request(app, `/api/workplans/${ids.workplanId}/action-points${query}`)).body as ActionPoint[];

  it('records action points agreed at an event, with owner, due date, status and the activity each feeds', async () => {
    const created = await create({ title: '  Share the data note  ', ownerOrganisationId: organisation('IOM').id, dueDate: '2021-05-01', feedsActivityId: ids.expertId });
    expect(created.status).toBe(201);
    points.data = created.body as ActionPoint;
    expect(points.data).toEqual({
      id: expect.any(String),
      title: 'Share the data note',
      owner: organisation('IOM'),
      dueDate: '2021-05-01',
      status: 'open',
      isOverdue: true,
      sourceActivity: { id: ids.workshopId, title: titles[ids.workshopId] },
      feedsActivity: { id: ids.expertId, title: titles[ids.expertId] },
      version: 1,
    });
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(`/api/action-points/${points.data.id}`);
    expect(await findAuditRows(harness.dataSource, points.data.id)).toMatchObject([
      { entity_type: 'action_point', action: 'create', before: null, after: { title: 'Share the data note', dueDate: '2021-05-01', status: 'open', feedsActivityId: ids.expertId } },
    ]);

    points.note = (await create({ title: 'Draft a concept note', ownerOrganisationId: organisation('SCMI').id, dueDate: '2021-09-30' })).body as ActionPoint;
    points.done = (await create({ title: 'Circulate the report', ownerOrganisationId: organisation('RCO').id, dueDate: '2021-04-15', status: 'done' })).body as ActionPoint;
    points.report = (await create({ title: 'Report to the Network', ownerOrganisationId: organisation('RCO').id, dueDate: '2021-06-15', status: 'in_progress' }, coChair, ids.webinarId)).body as ActionPoint;
    expect(points.note).toMatchObject({ status: 'open', feedsActivity: null });
    expect(points.report.sourceActivity).toEqual({ id: ids.webinarId, title: titles[ids.webinarId] });
  });

  it('orders the follow-up list overdue first, then by due date, as of the day asked', async () => {
    const asOfJune = await list('?asOf=2021-06-01');
    expect(asOfJune.map((point) => [point.title, point.isOverdue])).toEqual([
      ['Share the data note', true],
      ['Circulate the report', false],
      ['Report to the Network', false],
      ['Draft a concept note', false],
    ]);
    const asOfJuly = await list('?asOf=2021-07-01');
    expect(asOfJuly.map((point) => [point.title, point.isOverdue])).toEqual([
      ['Share the data note', true],
      ['Report to the Network', true],
      ['Circulate the report', false],
      ['Draft a concept note', false],
    ]);
    expect((await list('?status=done')).map((point) => point.title)).toEqual(['Circulate the report']);
    // Today (after 2021): every open one is overdue.
    expect((await list()).map((point) => point.isOverdue)).toEqual([true, true, true, false]);
  });

  it('changes an action point under If-Match, refuses a stale one, and deletes it', async () => {
    const done = await update(points.data.id, { status: 'done', feedsActivityId: null }, 1);
    expect(done.status).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.body).toMatchObject({ status: 'done', isOverdue: false, feedsActivity: null, version: 2 });
    const stale = await update(points.data.id, { title: 'Late edit' }, 1);
    expect({ status: stale.status, body: stale.body }).toEqual({
      status: 412,
      body: { code: 'precondition_failed', message: 'The action point was changed by someone else (you sent version 1, it is at 2); reload it and try again' },
    });
    const reopened = await update(points.data.id, { status: 'open', dueDate: '2021-08-31', ownerOrganisationId: organisation('SCMI').id }, 2);
    expect(reopened.body).toMatchObject({ status: 'open', dueDate: '2021-08-31', owner: organisation('SCMI'), version: 3 });

    const staleDelete = await request(app, { method: 'DELETE', url: `/api/action-points/${points.done.id}`, headers: asUser(coChair, { 'if-match': '"2"' }) });
    expect(staleDelete).toMatchObject({ status: 412, body: { code: 'precondition_failed' } });
    const deleted = await request(app, { method: 'DELETE', url: `/api/action-points/${points.done.id}`, headers: asUser(coChair, { 'if-match': '"1"' }) });
    expect(deleted.status).toBe(204);
    expect((await list('?asOf=2021-06-01')).map((point) => point.id)).not.toContain(points.done.id);
    expect((await findAuditRows(harness.dataSource, points.data.id)).map((row) => row.action)).toEqual(['create', 'update', 'update']);
    expect((await findAuditRows(harness.dataSource, points.done.id)).map((row) => row.action)).toEqual(['create', 'delete']);
    // Put back so the exports below have it.
    points.done = (await create({ title: 'Circulate the report', ownerOrganisationId: organisation('RCO').id, dueDate: '2021-04-15', status: 'done' })).body as ActionPoint;
  });

  it('refuses unknown owners, activities of another workplan, other roles, anonymous callers and other networks, writing nothing', async () => {
    const before = await countRows(harness.dataSource, ['action_point', 'audit_entry']);
    const unknownOwner = await create({ title: 'x', ownerOrganisationId: '00000000-0000-4000-8000-000000000000', dueDate: '2021-06-01', feedsActivityId: other.activityId });
    expect({ status: unknownOwner.status, body: unknownOwner.body }).toEqual({
      status: 400,
      body: {
        code: 'validation_failed',
        message: 'Unknown references: ownerOrganisationId, feedsActivityId',
        fields: [
          { path: 'ownerOrganisationId', message: 'is not a known organisation' },
          { path: 'feedsActivityId', message: 'is not an activity of this workplan' },
        ],
      },
    });
    expect(await update(points.note.id, { feedsActivityId: other.activityId }, 1)).toMatchObject({ status: 400, body: { fields: [{ path: 'feedsActivityId' }] } });
    expect(await update(points.note.id, {}, 1)).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    const valid = { title: 'x', ownerOrganisationId: organisation('IOM').id, dueDate: '2021-06-01' };
    for (const role of ['expert', 'viewer'] as const) {
      const cookie = await signIn(app, role);
      for (const response of [await create(valid, cookie), await update(points.note.id, { status: 'done' }, 1, cookie)]) {
        expect({ status: response.status, body: response.body }).toEqual({ status: 403, body: { code: 'forbidden', message: 'Your role may not do this (it needs activity:write)' } });
      }
    }
    const anonymous = await request(app, { method: 'POST', url: `/api/activities/${ids.workshopId}/action-points`, headers: changeHeaders, payload: valid });
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    const armenian = await signIn(app, { email: other.users.co_chair.email, password: otherNetworkPassword });
    expect(await create(valid, armenian)).toMatchObject({ status: 404, body: { code: 'not_found', message: `No activity with id ${ids.workshopId}` } });
    expect(await update(points.note.id, { status: 'done' }, 1, armenian)).toMatchObject({ status: 404, body: { code: 'not_found', message: `No action point with id ${points.note.id}` } });
    expect(await countRows(harness.dataSource, ['action_point', 'audit_entry'])).toEqual(before);
  });

  it('replays a retried creation with the same Idempotency-Key', async () => {
    const payload = { title: 'Book the venue', ownerOrganisationId: organisation('IOM').id, dueDate: '2022-01-15' };
    const first = await create(payload, coChair, ids.meetingId, { 'idempotency-key': 'venue-1' });
    const retry = await create(payload, coChair, ids.meetingId, { 'idempotency-key': 'venue-1' });
    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const reused = await create({ ...payload, title: 'Book another venue' }, coChair, ids.meetingId, { 'idempotency-key': 'venue-1' });
    expect(reused).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
    const venue = first.body as ActionPoint;
    expect((await request(app, { method: 'DELETE', url: `/api/action-points/${venue.id}`, headers: asUser(coChair, { 'if-match': '"1"' }) })).status).toBe(204);
  });

  it('exports the follow-up list as CSV and XLSX in its order, in English and Georgian', async () => {
    const csv = await app.inject({ method: 'GET', url: `/api/workplans/${ids.workplanId}/action-points/export.csv?asOf=2021-07-01` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="action-points-2021.csv"');
    expect(parse(csv.body, { bom: true })).toEqual([
      ['Title', 'Owner', 'Due date', 'Status', 'Overdue', 'Agreed at', 'Feeds activity'],
      ['Report to the Network', "UN Resident Coordinator's Office, Georgia (RCO)", '2021-06-15', 'In progress', 'Yes', titles[ids.webinarId], ''],
      ['Circulate the report', "UN Resident Coordinator's Office, Georgia (RCO)", '2021-04-15', 'Done', 'No', titles[ids.workshopId], ''],
      ['Share the data note', 'State Commission on Migration Issues of Georgia (SCMI)', '2021-08-31', 'Open', 'No', titles[ids.workshopId], ''],
      ['Draft a concept note', 'State Commission on Migration Issues of Georgia (SCMI)', '2021-09-30', 'Open', 'No', titles[ids.workshopId], ''],
    ]);

    const xlsx = await app.inject({ method: 'GET', url: `/api/workplans/${ids.workplanId}/action-points/export.xlsx?asOf=2021-07-01&lang=ka` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="action-points-2021-ka.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['სამოქმედო პუნქტები']);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const rowValues = (rowNumber: number) => (sheet.getRow(rowNumber).values as unknown[]).slice(1);
    expect(rowValues(1)).toEqual(['სათაური', 'პასუხისმგებელი', 'შესრულების ვადა', 'სტატუსი', 'ვადაგადაცილებული', 'შეთანხმდა', 'ემსახურება აქტივობას']);
    expect(rowValues(2)).toEqual(['Report to the Network', "UN Resident Coordinator's Office, Georgia (RCO)", new Date('2021-06-15T00:00:00Z'), 'მიმდინარე', 'დიახ', titles[ids.webinarId]]);
    expect(sheet.rowCount).toBe(5);

    expect(await request(app, `/api/workplans/${ids.workplanId}/action-points/export.csv?lang=fr`)).toMatchObject({ status: 400, body: { fields: [{ path: 'lang' }] } });
  });

  it('puts the UNECE review, the IMRF and each open action point’s due date on the timeline', async () => {
    const milestones = await request(app, `/api/workplans/${ids.workplanId}/milestones?asOf=2021-05-01`);
    expect(milestones.status).toBe(200);
    expect(milestones.body).toEqual([
      { title: 'UNECE regional review of the GCM', kind: 'regional_review', startDate: '2020-11-12', endDate: '2020-11-13' },
      { title: 'Report to the Network', kind: 'action_point_due', startDate: '2021-06-15', endDate: '2021-06-15', actionPointId: points.report.id },
      { title: 'Share the data note', kind: 'action_point_due', startDate: '2021-08-31', endDate: '2021-08-31', actionPointId: points.data.id },
      { title: 'Draft a concept note', kind: 'action_point_due', startDate: '2021-09-30', endDate: '2021-09-30', actionPointId: points.note.id },
      { title: 'International Migration Review Forum (IMRF)', kind: 'review_forum', startDate: '2022-05-17', endDate: '2022-05-20' },
    ]);
    expect(await request(app, '/api/workplans/00000000-0000-4000-8000-000000000000/milestones')).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect(await request(app, `/api/workplans/${ids.workplanId}/milestones?asOf=2021-13-01`)).toMatchObject({ status: 400, body: { fields: [{ path: 'asOf' }] } });
  });

  it('documents the new shapes in the OpenAPI document from the domain schemas', async () => {
    const document = (await request(app, '/api/openapi.json')).body as { components: { schemas: Record<string, unknown> } };
    for (const name of ['BaselineView', 'BaselineDiffView', 'BaselineInput', 'OutcomeRecordView', 'OutcomeRecordInput', 'OutcomeReturnInput', 'ActionPointView', 'ActionPointInput', 'ActionPointUpdateInput', 'MilestoneView']) {
      expect(document.components.schemas[name], name).toBeDefined();
    }
  });
});
