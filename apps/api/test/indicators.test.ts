import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { countRows, findAuditRows } from './support/rows.js';
import { request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

type Indicator = { id: string; networkId: string; code: string; measure: string; disaggregationDimensions: string[]; targets: { year: number; value: number | string }[]; version: number };
type Baseline = { id: string; indicatorId: string; version: number; recordedBy: { userId: string | null; displayName: string | null }; recordedAt: string } & Record<string, unknown>;
type ErrorBody = { code: string; fields?: { path: string; message: string }[] };

const indicatorInput = (extra: Record<string, unknown> = {}) => ({
  code: 'GE-1.1',
  name: 'Share of migrants with a residence permit',
  definition: 'Migrants holding a valid residence permit as a share of all migrants',
  measure: 'percentage',
  unit: 'PERCENT',
  direction: 'increase',
  disaggregationDimensions: ['sex', 'age'],
  custodian: 'Geostat',
  frequency: 'annual',
  gcmObjectiveNumbers: [1, 7],
  sdgIndicatorCodes: ['10.7.2'],
  ...extra,
});

const fullBaseline = {
  value: 41.5,
  referenceYear: 2020,
  referenceDate: '2020-12-31',
  disaggregation: [
    { dimension: 'sex', category: 'female', value: 44 },
    { dimension: 'sex', category: 'male', value: 39 },
    { dimension: 'age', category: '15-24', value: 30.5 },
  ],
  total: 41.5,
  area: 'Georgia (national)',
  source: { provider: 'Geostat', dataset: 'Migration statistics 2020', link: 'https://www.geostat.ge/en/modules/categories/322/migration' },
  method: 'Administrative records of residence permits divided by the estimated migrant stock',
  natureOfData: 'country_adjusted',
  confidence: 'medium',
  notes: 'Stock estimate from the 2014 census, projected',
};

describe('indicators, baselines and targets', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let expert: string;
  let coChair: string;
  let networkId: string;
  let percentage: Indicator;
  let qualitative: Indicator;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_indicators');
    app = harness.app;
    expert = await signIn(app, 'expert');
    coChair = await signIn(app, 'co_chair');
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
  });
  afterAll(() => harness.close());

  const post = (url: string, payload: unknown, cookie = expert, extra: Record<string, string> = {}) =>
    request(app, { method: 'POST', url, headers: asUser(cookie, extra), payload: payload as Record<string, unknown> });
  const change = (method: 'PATCH' | 'PUT', url: string, payload: unknown, version: number, cookie = expert) =>
    request(app, { method, url, headers: asUser(cookie, { 'if-match': `"${version}"` }), payload: payload as Record<string, unknown> });
  const remove = (url: string, version: number) => request(app, { method: 'DELETE', url, headers: asUser(expert, { 'if-match': `"${version}"` }) });
  const fields = (body: unknown) => (body as ErrorBody).fields?.map((field) => field.path);
  const postBaseline = (indicator: Indicator, payload: unknown) => post(`/api/indicators/${indicator.id}/baselines`, payload);

  it('lets the expert create indicators (audited, idempotent), refuses a duplicate code, and serves them publicly', async () => {
    const key = { 'idempotency-key': 'indicator-1' };
    const created = await post(`/api/networks/${networkId}/indicators`, indicatorInput(), expert, key);
    expect(created.status).toBe(201);
    percentage = created.body as Indicator;
    expect(percentage).toMatchObject({ networkId, code: 'GE-1.1', measure: 'percentage', disaggregationDimensions: ['sex', 'age'], targets: [], version: 1 });
    expect(created.headers.location).toBe(`/api/indicators/${percentage.id}`);
    expect((await post(`/api/networks/${networkId}/indicators`, indicatorInput(), expert, key)).body).toEqual(percentage);
    const duplicate = await post(`/api/networks/${networkId}/indicators`, indicatorInput({ name: 'Another' }));
    expect(duplicate.status).toBe(409);
    qualitative = (
      await post(`/api/networks/${networkId}/indicators`, indicatorInput({ code: 'GE-2.1', measure: 'qualitative', unit: null, disaggregationDimensions: [], sdgIndicatorCodes: [] }))
    ).body as Indicator;
    expect(qualitative.measure).toBe('qualitative');
    const listed = await request(app, `/api/networks/${networkId}/indicators`);
    expect(listed.status).toBe(200);
    expect((listed.body as Indicator[]).map((indicator) => indicator.code)).toEqual(['GE-1.1', 'GE-2.1']);
    expect((await request(app, `/api/indicators/${percentage.id}`)).body).toEqual(percentage);
    expect(await findAuditRows(harness.dataSource, percentage.id)).toMatchObject([{ entity_type: 'indicator', action: 'create', before: null, after: { code: 'GE-1.1' } }]);
  });

  it('keeps co-chairs to reading', async () => {
    const before = await countRows(harness.dataSource, ['indicator', 'indicator_baseline']);
    expect((await post(`/api/networks/${networkId}/indicators`, indicatorInput({ code: 'X' }), coChair)).status).toBe(403);
    expect((await post(`/api/indicators/${percentage.id}/baselines`, { referenceYear: 2020, value: 1 }, coChair)).status).toBe(403);
    expect(await countRows(harness.dataSource, ['indicator', 'indicator_baseline'])).toEqual(before);
  });

  it('refuses text for a quantitative baseline and a number for a qualitative one, naming the field', async () => {
    const text = await postBaseline(percentage, { referenceYear: 2020, value: 'about forty' });
    expect(text.status).toBe(400);
    expect(fields(text.body)).toEqual(['value']);
    const narrativeOnly = await postBaseline(percentage, { referenceYear: 2020, narrative: 'About forty per cent' });
    expect(narrativeOnly.status).toBe(400);
    expect(fields(narrativeOnly.body)).toEqual(['value', 'narrative']);
    const number = await postBaseline(qualitative, { referenceYear: 2020, value: 3 });
    expect(number.status).toBe(400);
    expect(fields(number.body)).toEqual(['value', 'narrative']);
  });

  it('refuses a data gap without a reason, a dimension the indicator lacks, and a percentage of 120', async () => {
    const before = await countRows(harness.dataSource, ['indicator_baseline', 'audit_entry']);
    const gap = await postBaseline(percentage, { referenceYear: 2020, isDataGap: true });
    expect(gap.status).toBe(400);
    expect(fields(gap.body)).toEqual(['gapReason']);
    const dimension = await postBaseline(percentage, { referenceYear: 2020, value: 40, disaggregation: [{ dimension: 'migratory_status', category: 'refugee', value: 10 }] });
    expect(dimension.status).toBe(400);
    expect(fields(dimension.body)).toEqual(['disaggregation.0.dimension']);
    const tooMuch = await postBaseline(percentage, { referenceYear: 2020, value: 120 });
    expect(tooMuch.status).toBe(400);
    expect(fields(tooMuch.body)).toEqual(['value']);
    const dateOutsideYear = await postBaseline(percentage, { referenceYear: 2020, referenceDate: '2021-01-01', value: 1 });
    expect(fields(dateOutsideYear.body)).toEqual(['referenceDate']);
    expect(await countRows(harness.dataSource, ['indicator_baseline', 'audit_entry'])).toEqual(before);
  });

  it('round-trips a baseline with all its metadata and who recorded it, audited', async () => {
    const created = await post(`/api/indicators/${percentage.id}/baselines`, fullBaseline, expert, { 'idempotency-key': 'baseline-1' });
    expect(created.status).toBe(201);
    const baseline = created.body as Baseline;
    expect(baseline).toMatchObject({
      ...fullBaseline,
      source: { provider: 'Geostat', dataset: 'Migration statistics 2020', link: fullBaseline.source.link },
      indicatorId: percentage.id,
      isDataGap: false,
      gapReason: null,
      narrative: null,
      recordedBy: { userId: expect.any(String), displayName: expect.any(String) },
      version: 1,
    });
    expect(Number.isNaN(Date.parse(baseline.recordedAt))).toBe(false);
    expect(created.headers.location).toBe(`/api/baselines/${baseline.id}`);
    expect((await request(app, `/api/indicators/${percentage.id}/baselines`)).body).toEqual([baseline]);
    expect(await findAuditRows(harness.dataSource, baseline.id)).toMatchObject([{ entity_type: 'indicator_baseline', action: 'create', before: null, after: { value: 41.5, referenceYear: 2020 } }]);

    const gap = await postBaseline(qualitative, { referenceYear: 2021, isDataGap: true, gapReason: 'No policy review since 2014' });
    expect(gap.status).toBe(201);
    expect(gap.body).toMatchObject({ isDataGap: true, gapReason: 'No policy review since 2014', value: null, narrative: null });
  });

  it('changes a baseline under If-Match, checking the result again, with an audit row per change', async () => {
    const [baseline] = (await request(app, `/api/indicators/${percentage.id}/baselines`)).body as Baseline[];
    const current = baseline as Baseline;
    expect(fields((await change('PATCH', `/api/baselines/${current.id}`, { value: 130 }, current.version)).body)).toEqual(['value']);
    const changed = await change('PATCH', `/api/baselines/${current.id}`, { value: 42, confidence: 'high' }, current.version);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ value: 42, confidence: 'high', disaggregation: fullBaseline.disaggregation, version: current.version + 1 });
    expect(changed.headers.etag).toBe(`"${current.version + 1}"`);
    const stale = await change('PATCH', `/api/baselines/${current.id}`, { value: 43 }, current.version);
    expect(stale.status).toBe(412);
    // Becoming a data gap clears the value and the disaggregation.
    const asGap = await change('PATCH', `/api/baselines/${current.id}`, { isDataGap: true, gapReason: 'Survey withdrawn', value: null, disaggregation: [], total: null }, current.version + 1);
    expect(asGap.status).toBe(200);
    expect(asGap.body).toMatchObject({ isDataGap: true, value: null, disaggregation: [] });
    expect((await remove(`/api/baselines/${current.id}`, current.version)).status).toBe(412);
    expect((await remove(`/api/baselines/${current.id}`, current.version + 2)).status).toBe(204);
    expect((await findAuditRows(harness.dataSource, current.id)).map((row) => row.action)).toEqual(['create', 'update', 'update', 'delete']);
  });

  it('replaces the targets under If-Match, numbers for a percentage within 0–100', async () => {
    const current = (await request(app, `/api/indicators/${percentage.id}`)).body as Indicator;
    const bad = await change('PUT', `/api/indicators/${percentage.id}/targets`, { targets: [{ year: 2030, value: 'more' }, { year: 2025, value: 101 }] }, current.version);
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['targets.0.value', 'targets.1.value']);
    const replaced = await change('PUT', `/api/indicators/${percentage.id}/targets`, { targets: [{ year: 2030, value: 60 }, { year: 2025, value: 50 }] }, current.version);
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ targets: [{ year: 2025, value: 50 }, { year: 2030, value: 60 }], version: current.version + 1 });
    expect((await change('PUT', `/api/indicators/${percentage.id}/targets`, { targets: [] }, current.version)).status).toBe(412);
    const rows = await findAuditRows(harness.dataSource, percentage.id);
    expect(rows.at(-1)).toMatchObject({ action: 'update', before: { targets: [] }, after: { targets: [{ year: 2025, value: 50 }, { year: 2030, value: 60 }] } });
  });

  it('changes and deletes an indicator under If-Match, keeping dimensions its baselines use', async () => {
    const current = (await request(app, `/api/indicators/${percentage.id}`)).body as Indicator;
    const kept = await postBaseline(percentage, { referenceYear: 2019, value: 38, disaggregation: [{ dimension: 'age', category: '15-24', value: 20 }] });
    expect(kept.status).toBe(201);
    const dropped = await change('PATCH', `/api/indicators/${percentage.id}`, { disaggregationDimensions: ['sex'] }, current.version);
    expect(dropped.status).toBe(400);
    expect(fields(dropped.body)).toEqual(['disaggregationDimensions']);
    expect((await change('PATCH', `/api/indicators/${percentage.id}`, { measure: 'number' }, current.version)).status).toBe(400);
    const renamed = await change('PATCH', `/api/indicators/${percentage.id}`, { name: 'Residence permits, share of migrants' }, current.version);
    expect(renamed.status).toBe(200);
    expect((await change('PATCH', `/api/indicators/${percentage.id}`, { name: 'Stale' }, current.version)).status).toBe(412);
    expect((await remove(`/api/indicators/${percentage.id}`, current.version + 1)).status).toBe(204);
    expect((await request(app, `/api/indicators/${percentage.id}`)).status).toBe(404);
    expect(await countRows(harness.dataSource, ['indicator_baseline'])).toEqual({ indicator_baseline: 1 });
    expect((await findAuditRows(harness.dataSource, percentage.id)).map((row) => row.action)).toEqual(['create', 'update', 'update', 'delete']);
  });
});
