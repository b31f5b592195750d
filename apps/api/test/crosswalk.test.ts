import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';
import { seedReferenceFrameworks } from '../src/database/seed-frameworks.js';
import { seedWorkplan } from '../src/database/seed-workplan.js';
import { asUser, signIn } from './support/accounts.js';
import { createTestDatabase, prepareDatabase, type TestDatabase } from './support/database.js';
import { countRows, findAuditRows } from './support/rows.js';
import { request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

type Objective = { id: string; goalId: string; title: string; isPlaceholder: boolean; version: number };
type Goal = { id: string; title: string; isPlaceholder: boolean; version: number; objectives: Objective[] };
type Strategy = { networkId: string; name: string; goals: Goal[] };
type Link = { id: string; strategyObjectiveId: string; target: { kind: string; reference: string; label: string | null }; fit: string; rationale: string; version: number };
type Matrix = {
  rows: { strategyObjectiveId: string; links: Link[] }[];
  gcmCoverage: { number: number; title: string; linkedStrategyObjectiveCount: number }[];
  unlinkedGcmObjectives: { number: number; title: string }[];
};

describe('reference frameworks seeded on a database that lacks them', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminDatabaseUrl'), 'compact_tracker_frameworks');
    await prepareDatabase(database.url, { isSeeded: false });
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('seeds them once, independently of the workplan seed, with the strategy placeholders for the existing network', async () => {
    expect(await seedWorkplan(dataSource)).toBe('seeded');
    const tables = ['gcm_objective', 'gcm_guiding_principle', 'sdg_target', 'sdg_indicator', 'strategy_goal', 'strategy_objective'];
    expect(await countRows(dataSource, tables)).toEqual({ gcm_objective: 0, gcm_guiding_principle: 0, sdg_target: 0, sdg_indicator: 0, strategy_goal: 0, strategy_objective: 0 });
    expect(await seedReferenceFrameworks(dataSource)).toBe('seeded');
    const seeded = await countRows(dataSource, tables);
    expect(seeded).toEqual({ gcm_objective: 23, gcm_guiding_principle: 10, sdg_target: 11, sdg_indicator: 15, strategy_goal: 3, strategy_objective: 6 });
    expect(await seedReferenceFrameworks(dataSource)).toBe('already_present');
    expect(await countRows(dataSource, tables)).toEqual(seeded);
  });
});

describe('frameworks, the strategy tree and the crosswalk', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let expert: string;
  let coChair: string;
  let viewer: string;
  let networkId: string;
  let strategy: Strategy;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_crosswalk');
    app = harness.app;
    expert = await signIn(app, 'expert');
    coChair = await signIn(app, 'co_chair');
    viewer = await signIn(app, 'viewer');
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    strategy = (await request(app, `/api/networks/${networkId}/strategy`)).body as Strategy;
  });
  afterAll(() => harness.close());

  const post = (url: string, payload: unknown, cookie = expert, extra: Record<string, string> = {}) =>
    request(app, { method: 'POST', url, headers: asUser(cookie, extra), payload: payload as Record<string, unknown> });
  const patch = (url: string, payload: unknown, version: number, cookie = expert) =>
    request(app, { method: 'PATCH', url, headers: asUser(cookie, { 'if-match': `"${version}"` }), payload: payload as Record<string, unknown> });
  const remove = (url: string, version: number, cookie = expert) => request(app, { method: 'DELETE', url, headers: asUser(cookie, { 'if-match': `"${version}"` }) });
  const matrix = async () => (await request(app, `/api/networks/${networkId}/crosswalk`)).body as Matrix;
  const objectiveId = (goal: number, objective: number) => strategy.goals[goal]?.objectives[objective]?.id as string;
  const link = (target: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    strategyObjectiveId: objectiveId(0, 0),
    target,
    fit: 'partial',
    rationale: 'Both concern migration data',
    ...extra,
  });

  it('serves the 23 GCM objectives and 10 guiding principles with their source', async () => {
    const response = await request(app, '/api/frameworks/gcm');
    expect(response.status).toBe(200);
    const body = response.body as { objectives: { number: number; title: string; source: string }[]; principles: { position: number; name: string }[] };
    expect(body.objectives).toHaveLength(23);
    expect(body.principles).toHaveLength(10);
    expect(body.objectives[0]).toEqual({ number: 1, title: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies', source: expect.stringContaining('A/RES/73/195') });
    expect(body.principles[0]).toMatchObject({ position: 1, name: 'people-centred' });
  });

  it('serves the SDG targets with their indicators, flagging changed and unverified wording', async () => {
    const body = (await request(app, '/api/frameworks/sdg')).body as {
      targets: { code: string; wording: string | null; wordingNote: string | null; indicators: { code: string; isWordingVerified: boolean; hasChangedWording: boolean; wordingNote: string | null }[] }[];
    };
    const target = body.targets.find((candidate) => candidate.code === '10.7');
    expect(target).toMatchObject({ wording: null, wordingNote: 'wording not in the checked sources' });
    expect(target?.indicators.map((indicator) => indicator.code)).toEqual(['10.7.1', '10.7.2', '10.7.3', '10.7.4']);
    expect(target?.indicators[1]).toMatchObject({ code: '10.7.2', isWordingVerified: false, hasChangedWording: true, wordingNote: expect.stringContaining('well-managed migration policies') });
    expect(target?.indicators[2]).toMatchObject({ code: '10.7.3', isWordingVerified: true, hasChangedWording: false, wordingNote: null });
  });

  it("serves Georgia's strategy as clearly marked placeholders", () => {
    expect(strategy.goals).toHaveLength(3);
    for (const goal of strategy.goals) {
      expect(goal.isPlaceholder).toBe(true);
      expect(goal.title).toMatch(/^Goal \d \(placeholder: the strategy's real goals were not found; SCMI and the expert replace this\)$/);
      expect(goal.objectives).toHaveLength(2);
      for (const objective of goal.objectives) expect(objective).toMatchObject({ isPlaceholder: true, title: expect.stringContaining('placeholder') });
    }
  });

  it('lets the expert and co-chairs edit the tree: a new title clears the placeholder mark, each change audited, stale versions refused', async () => {
    const goal = strategy.goals[2] as Goal;
    const renamed = await patch(`/api/strategy/goals/${goal.id}`, { title: 'Safe and regular migration' }, goal.version);
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Safe and regular migration', isPlaceholder: false, version: goal.version + 1 });
    expect(renamed.headers.etag).toBe(`"${goal.version + 1}"`);
    expect((await patch(`/api/strategy/goals/${goal.id}`, { title: 'Again' }, goal.version)).status).toBe(412);
    expect(await findAuditRows(harness.dataSource, goal.id)).toMatchObject([
      { entity_type: 'strategy_goal', action: 'update', before: { isPlaceholder: true }, after: { title: 'Safe and regular migration', isPlaceholder: false } },
    ]);

    const added = await post(`/api/networks/${networkId}/strategy/goals`, { title: 'Diaspora engagement' }, coChair, { 'idempotency-key': 'goal-1' });
    expect(added.status).toBe(201);
    const addedGoal = added.body as Goal;
    expect(addedGoal).toMatchObject({ position: 4, isPlaceholder: false, objectives: [] });
    expect((await post(`/api/networks/${networkId}/strategy/goals`, { title: 'Diaspora engagement' }, coChair, { 'idempotency-key': 'goal-1' })).body).toEqual(addedGoal);
    const objective = await post(`/api/strategy/goals/${addedGoal.id}/objectives`, { title: 'Map the diaspora' });
    expect(objective.status).toBe(201);
    const addedObjective = objective.body as Objective;
    expect(addedObjective).toMatchObject({ goalId: addedGoal.id, position: 1, isPlaceholder: false, version: 1 });
    const renamedObjective = await patch(`/api/strategy/objectives/${addedObjective.id}`, { title: 'Map the diaspora abroad' }, 1);
    expect(renamedObjective.body).toMatchObject({ title: 'Map the diaspora abroad', version: 2 });
    expect((await remove(`/api/strategy/objectives/${addedObjective.id}`, 1)).status).toBe(412);
    expect((await remove(`/api/strategy/objectives/${addedObjective.id}`, 2)).status).toBe(204);
    expect((await remove(`/api/strategy/goals/${addedGoal.id}`, 1, coChair)).status).toBe(204);
    expect((await findAuditRows(harness.dataSource, addedObjective.id)).map((row) => row.action)).toEqual(['create', 'update', 'delete']);
    expect((await findAuditRows(harness.dataSource, addedGoal.id)).map((row) => row.action)).toEqual(['create', 'delete']);
    expect((await post(`/api/networks/${networkId}/strategy/goals`, { title: 'Not mine' }, viewer)).status).toBe(403);
  });

  it('refuses a link without a rationale, naming it, and unknown framework items', async () => {
    const before = await countRows(harness.dataSource, ['crosswalk_link', 'audit_entry']);
    const { rationale: _rationale, ...withoutRationale } = link({ kind: 'gcm_objective', number: 1 });
    for (const [payload, field] of [
      [withoutRationale, 'rationale'],
      [link({ kind: 'gcm_objective', number: 1 }, { rationale: '   ' }), 'rationale'],
      [link({ kind: 'gcm_objective', number: 24 }), 'target.number'],
      [link({ kind: 'sdg_indicator', code: '10.7.9' }), 'target.code'],
      [link({ kind: 'gcm_objective', number: 1 }, { fit: 'loose' }), 'fit'],
    ] as const) {
      const response = await post('/api/crosswalk/links', payload);
      expect(response.status, JSON.stringify(payload)).toBe(400);
      expect(response.body).toMatchObject({ code: 'validation_failed', fields: [{ path: field }] });
    }
    expect(await countRows(harness.dataSource, ['crosswalk_link', 'audit_entry'])).toEqual(before);
  });

  it('links objectives, refuses a duplicate, and counts coverage per GCM objective as links come and go', async () => {
    const initial = await matrix();
    expect(initial.rows).toHaveLength(6);
    expect(initial.gcmCoverage).toHaveLength(23);
    expect(initial.gcmCoverage.every((row) => row.linkedStrategyObjectiveCount === 0)).toBe(true);
    expect(initial.unlinkedGcmObjectives).toHaveLength(23);

    const first = await post('/api/crosswalk/links', link({ kind: 'gcm_objective', number: 1 }, { fit: 'direct' }), expert, { 'idempotency-key': 'link-1' });
    expect(first.status).toBe(201);
    const firstLink = first.body as Link;
    expect(firstLink).toMatchObject({ target: { kind: 'gcm_objective', reference: '1', label: expect.stringContaining('disaggregated data') }, fit: 'direct', version: 1 });
    expect(first.headers.location).toBe(`/api/crosswalk/links/${firstLink.id}`);
    const duplicate = await post('/api/crosswalk/links', link({ kind: 'gcm_objective', number: 1 }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'conflict' });

    const second = (await post('/api/crosswalk/links', link({ kind: 'gcm_objective', number: 1 }, { strategyObjectiveId: objectiveId(1, 0) }), coChair)).body as Link;
    const indicator = await post('/api/crosswalk/links', link({ kind: 'sdg_indicator', code: '10.7.2' }, { fit: 'proxy' }));
    expect(indicator.body).toMatchObject({ target: { kind: 'sdg_indicator', reference: '10.7.2', label: expect.stringContaining('migration policies') } });
    const target = await post('/api/crosswalk/links', link({ kind: 'sdg_target', code: '10.7' }));
    expect(target.body).toMatchObject({ target: { kind: 'sdg_target', reference: '10.7', label: null } });
    await post('/api/crosswalk/links', link({ kind: 'gcm_objective', number: 23 }));

    const linked = await matrix();
    const coverage = (number: number) => linked.gcmCoverage.find((row) => row.number === number)?.linkedStrategyObjectiveCount;
    expect([coverage(1), coverage(23), coverage(2)]).toEqual([2, 1, 0]);
    expect(linked.unlinkedGcmObjectives.map((row) => row.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    expect(linked.rows.find((row) => row.strategyObjectiveId === objectiveId(0, 0))?.links).toHaveLength(4);

    const changed = await patch(`/api/crosswalk/links/${firstLink.id}`, { fit: 'partial', rationale: 'Only the data part fits' }, 1);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ fit: 'partial', rationale: 'Only the data part fits', version: 2 });
    expect((await remove(`/api/crosswalk/links/${firstLink.id}`, 1)).status).toBe(412);
    expect((await remove(`/api/crosswalk/links/${firstLink.id}`, 2)).status).toBe(204);
    expect((await remove(`/api/crosswalk/links/${second.id}`, 1, coChair)).status).toBe(204);
    expect((await findAuditRows(harness.dataSource, firstLink.id)).map((row) => [row.entity_type, row.action])).toEqual([
      ['crosswalk_link', 'create'],
      ['crosswalk_link', 'update'],
      ['crosswalk_link', 'delete'],
    ]);

    const unlinked = await matrix();
    expect(unlinked.gcmCoverage.find((row) => row.number === 1)?.linkedStrategyObjectiveCount).toBe(0);
    expect(unlinked.unlinkedGcmObjectives.map((row) => row.number)).toContain(1);
  });

  it('refuses viewers and links to objectives of unknown strategy objectives', async () => {
    expect((await post('/api/crosswalk/links', link({ kind: 'gcm_objective', number: 5 }), viewer)).status).toBe(403);
    const unknown = await post('/api/crosswalk/links', link({ kind: 'gcm_objective', number: 5 }, { strategyObjectiveId: networkId }));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ fields: [{ path: 'strategyObjectiveId' }] });
  });
});
