import { describe, expect, it } from 'vitest';
import { crosswalkLinkInputSchema, toCrosswalkTargetKey } from './crosswalk.js';
import { georgiaStrategyPlaceholders } from './strategy.js';

const valid = { strategyObjectiveId: '8f1a4c2e-1b2c-4d3e-8f4a-5b6c7d8e9f00', target: { kind: 'gcm_objective', number: 1 }, fit: 'direct', rationale: 'Both are about data' };

describe('crosswalk link input', () => {
  it('takes a link to a GCM objective, an SDG target or an SDG indicator', () => {
    for (const target of [{ kind: 'gcm_objective', number: 23 }, { kind: 'sdg_target', code: '10.7' }, { kind: 'sdg_indicator', code: '10.7.2' }]) {
      expect(crosswalkLinkInputSchema.safeParse({ ...valid, target }).success).toBe(true);
    }
  });

  it('refuses an unknown GCM number or SDG code, and a blank rationale', () => {
    const paths = (input: unknown) => crosswalkLinkInputSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...valid, target: { kind: 'gcm_objective', number: 24 } })).toEqual(['target.number']);
    expect(paths({ ...valid, target: { kind: 'sdg_indicator', code: '99.9.9' } })).toEqual(['target.code']);
    expect(paths({ ...valid, rationale: '   ' })).toEqual(['rationale']);
  });

  it('keys a target by kind and reference', () => {
    expect(toCrosswalkTargetKey({ kind: 'gcm_objective', number: 7 })).toBe('gcm_objective:7');
    expect(toCrosswalkTargetKey({ kind: 'sdg_indicator', code: '10.7.2' })).toBe('sdg_indicator:10.7.2');
  });
});

describe('the strategy placeholders', () => {
  it('are marked as placeholders in their titles', () => {
    expect(georgiaStrategyPlaceholders).toHaveLength(3);
    for (const goal of georgiaStrategyPlaceholders) {
      expect(goal.title).toContain('placeholder');
      expect(goal.objectives).toHaveLength(2);
    }
  });
});
