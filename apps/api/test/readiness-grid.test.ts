import type { ReadinessGridCellDetailView, ReadinessGridView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { findAuditRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type Tagged = { id: string; version: number; gcmObjectiveNumbers: number[]; gcmPrincipleNumbers: number[] };

describe('the readiness grid: GCM objectives × guiding principles', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let networkId: string;
  let coChair: string;
  let expert: string;
  let viewer: string;

  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_readiness_grid');
    app = harness.app;
    ids = await findSeededIds(app);
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    coChair = await signIn(app, 'co_chair');
    expert = await signIn(app, 'expert');
    viewer = await signIn(app, 'viewer');
  });
  afterAll(() => harness.close());

  const send = (method: 'POST' | 'PATCH', url: string, cookie: string, payload: unknown, extra: Record<string, string> = {}) =>
    request(app, { method, url, headers: asUser(cookie, extra), payload: payload as Record<string, unknown> });
  const read = async <View>(url: string): Promise<View> => {
    const response = await request(app, { method: 'GET', url, headers: { cookie: viewer } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as View;
  };
  const grid = (asOf?: string) => read<ReadinessGridView>(`/api/networks/${networkId}/readiness/grid${asOf ? `?asOf=${asOf}` : ''}`);
  const cell = (view: ReadinessGridView, objective: number, principle: number) =>
    view.cells.find((candidate) => candidate.objectiveNumber === objective && candidate.principleNumber === principle);
  const tagActivity = async (id: string, gcmObjectiveNumbers: number[], gcmPrincipleNumbers: number[]) => {
    const current = await read<Tagged>(`/api/activities/${id}`);
    const response = await send('PATCH', `/api/activities/${id}`, coChair, { gcmObjectiveNumbers, gcmPrincipleNumbers }, { 'if-match': `"${current.version}"` });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Tagged;
  };
  const createIndicator = async (code: string, gcmObjectiveNumbers: number[], gcmPrincipleNumbers: number[]) => {
    const response = await send('POST', `/api/networks/${networkId}/indicators`, expert, {
      code,
      name: `Indicator ${code}`,
      definition: 'A national indicator',
      measure: 'number',
      direction: 'increase',
      disaggregationDimensions: [],
      gcmObjectiveNumbers,
      gcmPrincipleNumbers,
      sdgIndicatorCodes: [],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as Tagged;
  };

  it('lists all 230 cells, empty while nothing carries principle tags (the seed states none)', async () => {
    const empty = await grid();
    expect(empty.objectives).toHaveLength(23);
    expect(empty.principles.map((principle) => [principle.number, principle.name])).toEqual(expect.arrayContaining([[6, 'human rights'], [10, 'whole-of-society approach']]));
    expect(empty.cells).toHaveLength(230);
    expect(empty.cells[0]).toEqual({ objectiveNumber: 1, principleNumber: 1, activityCount: 0, indicatorWithBaselineCount: 0, withoutBaselineCount: 0 });
    expect(empty.cells.every((entry) => entry.activityCount + entry.indicatorWithBaselineCount + entry.withoutBaselineCount === 0)).toBe(true);
  });

  it('keeps principle tags on activities and indicators, in their views and their history', async () => {
    const tagged = await tagActivity(ids.workshopId, [16, 17], [10, 6]);
    expect(tagged).toMatchObject({ gcmObjectiveNumbers: [16, 17], gcmPrincipleNumbers: [10, 6] });
    const [, update] = await findAuditRows(harness.dataSource, ids.workshopId);
    expect(update).toMatchObject({ action: 'update', after: { gcmObjectiveNumbers: [16, 17], gcmPrincipleNumbers: [10, 6] } });
    expect(update?.before).not.toHaveProperty('gcmPrincipleNumbers');

    const refused = await send('PATCH', `/api/activities/${ids.workshopId}`, coChair, { gcmPrincipleNumbers: [0, 11] }, { 'if-match': `"${tagged.version}"` });
    expect(refused).toMatchObject({ status: 400, body: { fields: [{ path: 'gcmPrincipleNumbers.0' }, { path: 'gcmPrincipleNumbers.1' }] } });

    const indicator = await createIndicator('GE-G0', [16], [10]);
    expect(indicator).toMatchObject({ gcmObjectiveNumbers: [16], gcmPrincipleNumbers: [10] });
    expect((await read<Tagged>(`/api/indicators/${indicator.id}`)).gcmPrincipleNumbers).toEqual([10]);
  });

  it('counts per cell, in the database, activities, indicators with a baseline and gaps, as they stood at the as-of instant', async () => {
    const changedAt = async (entityId: string) =>
      ((await harness.dataSource.query('SELECT max(occurred_at) AS at FROM audit_entry WHERE entity_id = $1', [entityId])) as { at: Date }[])[0]?.at as Date;
    const justBefore = (instant: Date) => new Date(instant.getTime() - 1).toISOString();

    await tagActivity(ids.webinarId, [16, 23], [10]);
    const meeting = await tagActivity(ids.meetingId, [16], [10]);
    expect((await send('PATCH', `/api/activities/${ids.meetingId}/status`, coChair, { status: 'cancelled' }, { 'if-match': `"${meeting.version}"` })).status).toBe(200);
    const cancelledAt = await changedAt(ids.meetingId);
    const withBaseline = await createIndicator('GE-G1', [16], [10, 6]);
    const withGap = await createIndicator('GE-G2', [16], [10]);
    const baseline = await send('POST', `/api/indicators/${withBaseline.id}/baselines`, expert, { referenceYear: 2020, value: 12 });
    expect(baseline.status).toBe(201);
    const baselineAt = await changedAt((baseline.body as { id: string }).id);
    expect((await send('POST', `/api/indicators/${withGap.id}/baselines`, expert, { referenceYear: 2020, isDataGap: true, gapReason: 'Not collected' })).status).toBe(201);

    const now = await grid();
    // The workshop and the webinar; the cancelled stock-taking meeting is no evidence. GE-G0 has nothing recorded, GE-G2 a gap.
    expect(cell(now, 16, 10)).toEqual({ objectiveNumber: 16, principleNumber: 10, activityCount: 2, indicatorWithBaselineCount: 1, withoutBaselineCount: 2 });
    expect(cell(now, 16, 6)).toEqual({ objectiveNumber: 16, principleNumber: 6, activityCount: 1, indicatorWithBaselineCount: 1, withoutBaselineCount: 0 });
    expect(cell(now, 23, 10)).toMatchObject({ activityCount: 1, indicatorWithBaselineCount: 0, withoutBaselineCount: 0 });
    expect(cell(now, 17, 6)).toMatchObject({ activityCount: 1 });
    expect(cell(now, 1, 10)).toMatchObject({ activityCount: 0, indicatorWithBaselineCount: 0, withoutBaselineCount: 0 });

    expect(cell(await grid(justBefore(baselineAt)), 16, 10)).toMatchObject({ activityCount: 2, indicatorWithBaselineCount: 0, withoutBaselineCount: 3 });
    expect(cell(await grid(justBefore(cancelledAt)), 16, 10)).toMatchObject({ activityCount: 3, indicatorWithBaselineCount: 0, withoutBaselineCount: 1 });
    expect(cell(await grid('2021-04-22'), 16, 10)).toMatchObject({ activityCount: 0, indicatorWithBaselineCount: 0, withoutBaselineCount: 0 });
  });

  it('drills down into a cell: the activities and indicators it counts, each indicator with its baseline state', async () => {
    const detail = await read<ReadinessGridCellDetailView>(`/api/networks/${networkId}/readiness/grid/16/10`);
    expect(detail.objective).toEqual({ number: 16, title: 'Empower migrants and societies to realize full inclusion and social cohesion' });
    expect(detail.principle).toEqual({ number: 10, name: 'whole-of-society approach' });
    expect(detail.counts).toEqual({ objectiveNumber: 16, principleNumber: 10, activityCount: 2, indicatorWithBaselineCount: 1, withoutBaselineCount: 2 });
    expect(detail.activities.map((activity) => activity.id).sort()).toEqual([ids.workshopId, ids.webinarId].sort());
    expect(detail.indicators.map((indicator) => [indicator.code, indicator.baseline])).toEqual([
      ['GE-G0', 'missing'],
      ['GE-G1', 'baseline'],
      ['GE-G2', 'data_gap'],
    ]);
    expect(await request(app, { method: 'GET', url: `/api/networks/${networkId}/readiness/grid/24/11`, headers: { cookie: viewer } })).toMatchObject({
      status: 400,
      body: {
        code: 'validation_failed',
        fields: [
          { path: 'objective', message: 'must be a GCM objective number from 1 to 23' },
          { path: 'principle', message: 'must be a GCM guiding principle number from 1 to 10' },
        ],
      },
    });
  });
});
