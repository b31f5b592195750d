import { describe, expect, it } from 'vitest';
import { checkIndicatorTargets, indicatorInputSchema, indicatorUpdateInputSchema } from './indicator.js';
import { checkIndicatorBaseline, indicatorBaselineInputSchema, type IndicatorBaselineInput } from './indicator-baseline.js';

const validIndicator = {
  code: 'GE-1.1',
  name: 'Share of migrants with a residence permit',
  definition: 'Migrants holding a valid residence permit as a share of all migrants',
  measure: 'percentage',
  unit: 'PERCENT',
  direction: 'increase',
  disaggregationDimensions: ['sex', 'age', 'migratory_status'],
  custodian: 'Geostat',
  frequency: 'annual',
  gcmObjectiveNumbers: [1, 7],
  sdgIndicatorCodes: ['10.7.2'],
};

const paths = (issues: { path: string }[]) => issues.map((issue) => issue.path);
const schemaPaths = (schema: { safeParse: (input: unknown) => { error?: { issues: { path: PropertyKey[] }[] } } }, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));

const percentage = { measure: 'percentage', disaggregationDimensions: ['sex'] } as const;
const qualitative = { measure: 'qualitative', disaggregationDimensions: [] } as const;
const baseline = (input: Partial<IndicatorBaselineInput>): IndicatorBaselineInput => ({ referenceYear: 2020, ...input });

describe('indicator input', () => {
  it('takes a full indicator and refuses unknown measures, framework links and dimension names', () => {
    expect(indicatorInputSchema.safeParse(validIndicator).success).toBe(true);
    expect(schemaPaths(indicatorInputSchema, { ...validIndicator, measure: 'count', gcmObjectiveNumbers: [24], sdgIndicatorCodes: ['99.1.1'], disaggregationDimensions: ['Sex!'] })).toEqual([
      'measure',
      'disaggregationDimensions.0',
      'gcmObjectiveNumbers.0',
      'sdgIndicatorCodes.0',
    ]);
    expect(schemaPaths(indicatorInputSchema, { ...validIndicator, disaggregationDimensions: ['sex', 'sex'] })).toEqual(['disaggregationDimensions']);
  });

  it('does not let an update change the measure, and needs at least one field', () => {
    expect(indicatorUpdateInputSchema.safeParse({ measure: 'number' }).success).toBe(false);
    expect(schemaPaths(indicatorUpdateInputSchema, {})).toEqual(['']);
    expect(indicatorUpdateInputSchema.safeParse({ name: 'Renamed' }).success).toBe(true);
  });
});

describe('baseline rules', () => {
  it('a quantitative measure needs a numeric value and refuses text', () => {
    expect(schemaPaths(indicatorBaselineInputSchema, { referenceYear: 2020, value: 'about 40' })).toEqual(['value']);
    expect(paths(checkIndicatorBaseline(percentage, baseline({})))).toEqual(['value']);
    expect(paths(checkIndicatorBaseline(percentage, baseline({ value: 40, narrative: 'Around forty' })))).toEqual(['narrative']);
    expect(checkIndicatorBaseline(percentage, baseline({ value: 40 }))).toEqual([]);
  });

  it('a qualitative measure needs a narrative and refuses a number', () => {
    expect(paths(checkIndicatorBaseline(qualitative, baseline({ value: 3 })))).toEqual(['value', 'narrative']);
    expect(checkIndicatorBaseline(qualitative, baseline({ narrative: 'A policy is in place' }))).toEqual([]);
  });

  it('keeps percentages within 0–100, in the value, the total and each disaggregated value', () => {
    expect(paths(checkIndicatorBaseline(percentage, baseline({ value: 120 })))).toEqual(['value']);
    expect(paths(checkIndicatorBaseline(percentage, baseline({ value: 50, total: -1, disaggregation: [{ dimension: 'sex', category: 'female', value: 101 }] })))).toEqual([
      'total',
      'disaggregation.0.value',
    ]);
    expect(checkIndicatorBaseline({ measure: 'number', disaggregationDimensions: [] }, baseline({ value: 120000 }))).toEqual([]);
  });

  it('a data gap needs a reason and carries no value', () => {
    expect(paths(checkIndicatorBaseline(percentage, baseline({ isDataGap: true })))).toEqual(['gapReason']);
    expect(paths(checkIndicatorBaseline(percentage, baseline({ isDataGap: true, gapReason: '  ' })))).toEqual(['gapReason']);
    expect(paths(checkIndicatorBaseline(percentage, baseline({ isDataGap: true, gapReason: 'No survey since 2014', value: 3 })))).toEqual(['value']);
    expect(checkIndicatorBaseline(qualitative, baseline({ isDataGap: true, gapReason: 'No survey since 2014' }))).toEqual([]);
    expect(paths(checkIndicatorBaseline(percentage, baseline({ value: 3, gapReason: 'Stray' })))).toEqual(['gapReason']);
  });

  it("takes disaggregation only for the indicator's dimensions, once per category", () => {
    const issues = checkIndicatorBaseline(
      percentage,
      baseline({ value: 40, total: 40, disaggregation: [{ dimension: 'sex', category: 'female', value: 42 }, { dimension: 'age', category: '15-24', value: 30 }, { dimension: 'sex', category: 'female', value: 41 }] }),
    );
    expect(paths(issues)).toEqual(['disaggregation.1.dimension', 'disaggregation.2.category']);
  });

  it('needs a reference year within 1990–2100, a date within that year and a web link as source', () => {
    expect(schemaPaths(indicatorBaselineInputSchema, { value: 1 })).toEqual(['referenceYear']);
    expect(schemaPaths(indicatorBaselineInputSchema, { referenceYear: 1989 })).toEqual(['referenceYear']);
    expect(schemaPaths(indicatorBaselineInputSchema, { referenceYear: 2020, referenceDate: '2021-03-01' })).toEqual(['referenceDate']);
    expect(schemaPaths(indicatorBaselineInputSchema, { referenceYear: 2020, source: { provider: 'Geostat', link: 'not a link' } })).toEqual(['source.link']);
    expect(indicatorBaselineInputSchema.safeParse({ referenceYear: 2020, referenceDate: '2020-03-01', source: { provider: 'Geostat', link: 'https://geostat.ge' } }).success).toBe(true);
  });
});

describe('targets', () => {
  it('take numbers for quantitative measures and text for qualitative ones, percentages within 0–100', () => {
    expect(paths(checkIndicatorTargets(percentage, [{ year: 2025, value: 50 }, { year: 2030, value: 'more' }, { year: 2031, value: 101 }]))).toEqual(['targets.1.value', 'targets.2.value']);
    expect(paths(checkIndicatorTargets(qualitative, [{ year: 2030, value: 3 }]))).toEqual(['targets.0.value']);
  });
});
