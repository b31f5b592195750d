import { gcmObjectives, georgiaReadinessTimeZone, migrationSdgTargetCodes, type GcmObjectiveDrillDownView, type IndicatorDashboardView, type StrategyView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { asUser, signIn } from './support/accounts.js';
import { createOtherNetwork } from './support/other-network.js';
import { request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

type Indicator = { id: string; code: string; version: number };
type Counts = { linkedIndicatorCount: number; withBaselineCount: number; withGapCount: number; withNeitherCount: number };

const indicatorInput = (code: string, extra: Record<string, unknown>) => ({
  code,
  name: `Indicator ${code}`,
  definition: `Definition of ${code}`,
  measure: 'number',
  direction: 'increase',
  disaggregationDimensions: [],
  gcmObjectiveNumbers: [],
  sdgIndicatorCodes: [],
  ...extra,
});

const currentYear = DateTime.now().setZone(georgiaReadinessTimeZone).year;
const outdatedBeforeYear = currentYear - 5;

const fullBaseline = {
  value: 41.5,
  referenceYear: currentYear - 1,
  source: { provider: 'Geostat', dataset: 'Migration statistics' },
  method: 'Administrative records divided by the estimated migrant stock',
  natureOfData: 'country_adjusted',
  confidence: 'medium',
};

const counts = (linked: number, baseline: number, gap: number, neither: number): Counts => ({
  linkedIndicatorCount: linked,
  withBaselineCount: baseline,
  withGapCount: gap,
  withNeitherCount: neither,
});

const countsOf = ({ linkedIndicatorCount, withBaselineCount, withGapCount, withNeitherCount }: Counts): Counts => ({
  linkedIndicatorCount,
  withBaselineCount,
  withGapCount,
  withNeitherCount,
});

describe('the indicator-baseline dashboard', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let expert: string;
  let networkId: string;
  let strategy: StrategyView;
  let residence: Indicator;
  let deaths: Indicator;
  let policy: Indicator;

  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_indicator_dashboard');
    app = harness.app;
    expert = await signIn(app, 'expert');
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    strategy = (await request(app, `/api/networks/${networkId}/strategy`)).body as StrategyView;
  });
  afterAll(() => harness.close());

  const post = async (url: string, payload: unknown) => {
    const response = await request(app, { method: 'POST', url, headers: asUser(expert), payload: payload as Record<string, unknown> });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const createIndicator = async (code: string, extra: Record<string, unknown>) => (await post(`/api/networks/${networkId}/indicators`, indicatorInput(code, extra))) as Indicator;
  const recordBaseline = (indicator: Indicator, payload: Record<string, unknown>) => post(`/api/indicators/${indicator.id}/baselines`, payload);
  const linkObjective = (goal: number, objective: number, target: Record<string, unknown>) =>
    post('/api/crosswalk/links', { strategyObjectiveId: strategy.goals[goal]?.objectives[objective]?.id, target, fit: 'direct', rationale: 'Same concern' });

  const dashboard = async () => {
    const response = await request(app, `/api/networks/${networkId}/indicator-dashboard`);
    expect(response.status).toBe(200);
    return response.body as IndicatorDashboardView;
  };
  const objective = (view: IndicatorDashboardView, number: number) => view.gcmObjectives.find((row) => row.number === number) as IndicatorDashboardView['gcmObjectives'][number];
  const target = (view: IndicatorDashboardView, code: string) => view.sdgTargets.find((row) => row.code === code) as IndicatorDashboardView['sdgTargets'][number];

  it('lists all 23 GCM objectives, every SDG target and every strategy goal with nothing counted on an empty network', async () => {
    const view = await dashboard();
    expect(view.networkId).toBe(networkId);
    expect(view.gcmObjectives.map((row) => [row.number, row.title])).toEqual(gcmObjectives.map((row) => [row.number, row.title]));
    expect(view.gcmObjectives.every((row) => row.linkedIndicatorCount === 0 && row.crosswalkLinkCount === 0)).toBe(true);
    expect(view.sdgTargets.map((row) => row.code).sort()).toEqual([...migrationSdgTargetCodes].sort());
    expect(view.sdgTargets.map((row) => row.code).slice(0, 4)).toEqual(['3.c', '4.b', '5.2', '8.7']);
    expect(view.strategyGoals.map((goal) => [goal.title, goal.isPlaceholder, goal.linkedIndicatorCount])).toEqual(strategy.goals.map((goal) => [goal.title, true, 0]));
    expect(view.completeness).toEqual({
      indicatorCount: 0,
      withBaselineCount: 0,
      withGapCount: 0,
      withNeitherCount: 0,
      baselineOrGapShare: null,
      baselineRecordCount: 0,
      gapRecordCount: 0,
    });
    expect(view.quality.byConfidence).toEqual([
      { confidence: 'high', count: 0 },
      { confidence: 'medium', count: 0 },
      { confidence: 'low', count: 0 },
      { confidence: null, count: 0 },
    ]);
    expect(view.quality.outdatedBeforeYear).toBe(outdatedBeforeYear);
    expect(view.dataGapRegister).toEqual([]);
  });

  it('counts new indicators under each of their GCM objectives and SDG targets as having no baseline yet', async () => {
    residence = await createIndicator('GE-1.1', { measure: 'percentage', gcmObjectiveNumbers: [1, 7], sdgIndicatorCodes: ['10.7.2'] });
    // Two SDG indicators of target 10.7: the indicator still counts once for the target.
    deaths = await createIndicator('GE-7.1', { gcmObjectiveNumbers: [7], sdgIndicatorCodes: ['10.7.3', '10.7.1'] });
    policy = await createIndicator('GE-0.1', { measure: 'qualitative' });
    const view = await dashboard();
    expect(countsOf(objective(view, 1))).toEqual(counts(1, 0, 0, 1));
    expect(countsOf(objective(view, 7))).toEqual(counts(2, 0, 0, 2));
    expect(countsOf(objective(view, 2))).toEqual(counts(0, 0, 0, 0));
    expect(countsOf(target(view, '10.7'))).toEqual(counts(2, 0, 0, 2));
    expect(countsOf(target(view, '10.c'))).toEqual(counts(0, 0, 0, 0));
    expect(view.completeness).toMatchObject({ indicatorCount: 3, withNeitherCount: 3, baselineOrGapShare: 0 });
  });

  it('moves an indicator from "no baseline" to "with baseline" for each of its objectives when a baseline is recorded', async () => {
    await recordBaseline(residence, fullBaseline);
    const view = await dashboard();
    expect(countsOf(objective(view, 1))).toEqual(counts(1, 1, 0, 0));
    expect(countsOf(objective(view, 7))).toEqual(counts(2, 1, 0, 1));
    expect(countsOf(target(view, '10.7'))).toEqual(counts(2, 1, 0, 1));
    expect(view.completeness).toMatchObject({ withBaselineCount: 1, withNeitherCount: 2, baselineOrGapShare: 0.3333, baselineRecordCount: 1 });
    expect(view.quality).toMatchObject({ baselineCount: 1, missingSourceCount: 0, missingMethodCount: 0, missingNatureOfDataCount: 0, missingConfidenceCount: 0, outdatedCount: 0 });
    expect(view.quality.byConfidence).toContainEqual({ confidence: 'medium', count: 1 });
    expect(view.quality.byNatureOfData).toEqual([
      { natureOfData: 'country', count: 0 },
      { natureOfData: 'country_adjusted', count: 1 },
      { natureOfData: 'estimated', count: 0 },
      { natureOfData: 'modelled', count: 0 },
      { natureOfData: 'global', count: 0 },
      { natureOfData: null, count: 0 },
    ]);
  });

  it('counts a data gap as a gap and lists it with its reason in the register, under each GCM objective or as untagged', async () => {
    await recordBaseline(deaths, { referenceYear: 2021, isDataGap: true, gapReason: 'No register of migrant deaths before 2022' });
    await recordBaseline(policy, { referenceYear: 2019, isDataGap: true, gapReason: 'No policy review yet' });
    const view = await dashboard();
    expect(countsOf(objective(view, 7))).toEqual(counts(2, 1, 1, 0));
    expect(countsOf(target(view, '10.7'))).toEqual(counts(2, 1, 1, 0));
    expect(view.completeness).toMatchObject({ indicatorCount: 3, withBaselineCount: 1, withGapCount: 2, withNeitherCount: 0, baselineOrGapShare: 1, gapRecordCount: 2 });
    expect(view.dataGapRegister).toEqual([
      {
        objective: { number: 7, title: gcmObjectives[6]?.title },
        gaps: [{ indicatorId: deaths.id, code: 'GE-7.1', name: 'Indicator GE-7.1', referenceYear: 2021, reason: 'No register of migrant deaths before 2022' }],
      },
      { objective: null, gaps: [{ indicatorId: policy.id, code: 'GE-0.1', name: 'Indicator GE-0.1', referenceYear: 2019, reason: 'No policy review yet' }] },
    ]);
    // The register holds exactly the gaps the coverage counts.
    for (const group of view.dataGapRegister.filter((entry) => entry.objective !== null)) {
      expect(group.gaps).toHaveLength(objective(view, group.objective?.number as number).withGapCount);
    }
  });

  it('lets a baseline outrank a later gap, and counts its missing metadata and age', async () => {
    await recordBaseline(deaths, { referenceYear: outdatedBeforeYear - 1, value: 12 });
    const view = await dashboard();
    expect(countsOf(objective(view, 7))).toEqual(counts(2, 2, 0, 0));
    expect(view.dataGapRegister.map((group) => group.objective?.number ?? null)).toEqual([null]);
    expect(view.completeness).toMatchObject({ withBaselineCount: 2, withGapCount: 1, baselineRecordCount: 2, gapRecordCount: 2 });
    expect(view.quality).toMatchObject({ baselineCount: 2, missingSourceCount: 1, missingMethodCount: 1, missingNatureOfDataCount: 1, missingConfidenceCount: 1, outdatedCount: 1 });
    expect(view.quality.byConfidence).toEqual([
      { confidence: 'high', count: 0 },
      { confidence: 'medium', count: 1 },
      { confidence: 'low', count: 0 },
      { confidence: null, count: 1 },
    ]);
  });

  it('counts crosswalk links per GCM objective and SDG target, and reaches indicators from strategy goals through GCM links', async () => {
    await linkObjective(0, 0, { kind: 'gcm_objective', number: 7 });
    await linkObjective(0, 1, { kind: 'gcm_objective', number: 1 });
    await linkObjective(0, 1, { kind: 'gcm_objective', number: 7 });
    await linkObjective(1, 0, { kind: 'sdg_indicator', code: '10.7.2' });
    await linkObjective(1, 1, { kind: 'sdg_target', code: '10.7' });
    const view = await dashboard();
    expect(objective(view, 7).crosswalkLinkCount).toBe(2);
    expect(objective(view, 1).crosswalkLinkCount).toBe(1);
    expect(objective(view, 2).crosswalkLinkCount).toBe(0);
    expect(target(view, '10.7').crosswalkLinkCount).toBe(2);
    const [firstGoal, secondGoal, thirdGoal] = view.strategyGoals;
    // Goal 1 reaches GE-1.1 (objectives 1 and 7) and GE-7.1 (objective 7), each once; SDG links do not reach indicators.
    expect(firstGoal).toMatchObject({ goalId: strategy.goals[0]?.id, linkedGcmObjectiveCount: 2, ...counts(2, 2, 0, 0) });
    expect(secondGoal).toMatchObject({ linkedGcmObjectiveCount: 0, ...counts(0, 0, 0, 0) });
    expect(thirdGoal).toMatchObject({ linkedGcmObjectiveCount: 0, ...counts(0, 0, 0, 0) });
  });

  it("drills down to one objective's indicators with the baseline that counts, their targets and the linked strategy objectives", async () => {
    const targets = await request(app, {
      method: 'PUT',
      url: `/api/indicators/${residence.id}/targets`,
      headers: asUser(expert, { 'if-match': `"${residence.version}"` }),
      payload: { targets: [{ year: 2030, value: 60 }] },
    });
    expect(targets.status).toBe(200);
    const response = await request(app, `/api/networks/${networkId}/indicator-dashboard/objectives/7`);
    expect(response.status).toBe(200);
    const view = response.body as GcmObjectiveDrillDownView;
    expect(view.objective).toEqual({ number: 7, title: gcmObjectives[6]?.title });
    expect(view.counts).toEqual(counts(2, 2, 0, 0));
    expect(view.indicators).toMatchObject([
      {
        id: residence.id,
        code: 'GE-1.1',
        measure: 'percentage',
        standing: 'baseline',
        baseline: { isDataGap: false, value: 41.5, referenceYear: currentYear - 1, sourceProvider: 'Geostat', natureOfData: 'country_adjusted', confidence: 'medium' },
        baselineRecordCount: 1,
        targets: [{ year: 2030, value: 60 }],
      },
      { id: deaths.id, code: 'GE-7.1', standing: 'baseline', baseline: { value: 12, referenceYear: outdatedBeforeYear - 1, sourceProvider: null }, baselineRecordCount: 2, targets: [] },
    ]);
    expect(view.strategyLinks.map((link) => [link.strategyObjectiveId, link.fit])).toEqual([
      [strategy.goals[0]?.objectives[0]?.id, 'direct'],
      [strategy.goals[0]?.objectives[1]?.id, 'direct'],
    ]);
    const empty = (await request(app, `/api/networks/${networkId}/indicator-dashboard/objectives/2`)).body as GcmObjectiveDrillDownView;
    expect(empty).toMatchObject({ counts: counts(0, 0, 0, 0), indicators: [], strategyLinks: [] });
  });

  it('takes the current year in the network’s time zone: in Tbilisi the new year begins four hours before UTC’s', async () => {
    const clock = vi.spyOn(app.get(Clock), 'now');
    try {
      clock.mockReturnValue(new Date('2025-12-31T19:59:59Z'));
      expect(await dashboard()).toMatchObject({ currentYear: 2025, quality: { outdatedBeforeYear: 2020 } });
      clock.mockReturnValue(new Date('2025-12-31T20:00:00Z'));
      expect(await dashboard()).toMatchObject({ currentYear: 2026, quality: { outdatedBeforeYear: 2021 } });
    } finally {
      clock.mockRestore();
    }
  });

  it("counts only the network's own indicators and links", async () => {
    const other = await createOtherNetwork(harness.dataSource);
    const [indicator] = (await harness.dataSource.query(
      `INSERT INTO indicator (network_id, code, name, definition, measure, direction, gcm_objective_numbers, version)
       VALUES ($1, 'AM-7.1', 'Armenian indicator', 'Definition', 'number', 'increase', '{7}', 1) RETURNING id`,
      [other.networkId],
    )) as { id: string }[];
    await harness.dataSource.query('INSERT INTO indicator_baseline (indicator_id, is_data_gap, gap_reason, reference_year, version) VALUES ($1, true, $2, 2020, 1)', [indicator?.id, 'Armenian gap']);
    const georgia = await dashboard();
    expect(countsOf(objective(georgia, 7))).toEqual(counts(2, 2, 0, 0));
    expect(georgia.dataGapRegister.flatMap((group) => group.gaps.map((gap) => gap.code))).toEqual(['GE-0.1']);
    const armenia = (await request(app, `/api/networks/${other.networkId}/indicator-dashboard`)).body as IndicatorDashboardView;
    expect(countsOf(objective(armenia, 7))).toEqual(counts(1, 0, 1, 0));
    expect(objective(armenia, 7).crosswalkLinkCount).toBe(0);
    expect(armenia.strategyGoals).toEqual([]);
  });

  it('is public, and refuses an unknown network, an objective outside 1–23 and query parameters', async () => {
    expect((await request(app, { method: 'GET', url: `/api/networks/${networkId}/indicator-dashboard` })).status).toBe(200);
    const unknown = await request(app, '/api/networks/00000000-0000-4000-8000-000000000000/indicator-dashboard');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect((await request(app, '/api/networks/00000000-0000-4000-8000-000000000000/indicator-dashboard/objectives/7')).status).toBe(404);
    for (const bad of ['0', '24', 'seven', '1.5']) {
      const response = await request(app, `/api/networks/${networkId}/indicator-dashboard/objectives/${bad}`);
      expect(response, bad).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'number', message: 'must be a GCM objective number (1–23)' }] } });
    }
    const notAnId = await request(app, '/api/networks/georgia/indicator-dashboard');
    expect(notAnId).toMatchObject({ status: 400, body: { fields: [{ path: 'id' }] } });
    const query = await request(app, `/api/networks/${networkId}/indicator-dashboard?asOf=2021-01-01`);
    expect(query).toMatchObject({ status: 400, body: { fields: [{ path: 'asOf' }] } });
  });
});
