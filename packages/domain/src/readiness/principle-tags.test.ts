import { describe, expect, it } from 'vitest';
import { activityInputSchema, activityUpdateInputSchema } from '../activity/activity.js';
import { indicatorInputSchema, indicatorUpdateInputSchema } from '../indicators/indicator.js';

const indicator = {
  code: 'GE-1',
  name: 'Migrants with a residence permit',
  definition: 'Share of migrants holding a valid residence permit',
  measure: 'percentage',
  direction: 'increase',
  disaggregationDimensions: [],
  gcmObjectiveNumbers: [1],
  sdgIndicatorCodes: [],
};

describe('GCM guiding principle tags, for the readiness grid', () => {
  it('take principles 1–10 once each on activities', () => {
    expect(activityUpdateInputSchema.parse({ gcmPrincipleNumbers: [10, 1] })).toEqual({ gcmPrincipleNumbers: [10, 1] });
    expect(activityUpdateInputSchema.safeParse({ gcmPrincipleNumbers: [0, 11] }).error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['gcmPrincipleNumbers.0', 'must be a GCM guiding principle number from 1 to 10'],
      ['gcmPrincipleNumbers.1', 'must be a GCM guiding principle number from 1 to 10'],
    ]);
    expect(activityUpdateInputSchema.safeParse({ gcmPrincipleNumbers: [2, 2] }).error?.issues[0]?.message).toBe('names a principle twice');
  });

  it('take principles 1–10 once each on indicators', () => {
    expect(indicatorInputSchema.parse({ ...indicator, gcmPrincipleNumbers: [6, 10] }).gcmPrincipleNumbers).toEqual([6, 10]);
    expect(indicatorUpdateInputSchema.safeParse({ gcmPrincipleNumbers: [11] }).error?.issues[0]?.path).toEqual(['gcmPrincipleNumbers', 0]);
    expect(indicatorUpdateInputSchema.safeParse({ gcmPrincipleNumbers: [3, 3] }).error?.issues[0]?.message).toBe('lists an entry twice');
  });

  it('may be left out of a new activity or indicator: none then', () => {
    expect(activityInputSchema.parse({ kind: 'meeting', title: 'x', dateSpan: { precision: 'day', date: '2021-06-10' } })).not.toHaveProperty('gcmPrincipleNumbers');
    expect(indicatorInputSchema.parse(indicator)).not.toHaveProperty('gcmPrincipleNumbers');
  });
});
