import { describe, expect, it } from 'vitest';
import { gcmGuidingPrinciples, gcmObjectives, isGcmObjectiveNumber } from './gcm.js';
import { isMigrationSdgTargetCode, migrationSdgIndicators, migrationSdgTargetCodes } from './sdg.js';

describe('GCM reference lists', () => {
  it('has the 23 objectives in order and the 10 guiding principles', () => {
    expect(gcmObjectives).toHaveLength(23);
    expect(gcmObjectives[0]).toEqual({ number: 1, title: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies' });
    expect(gcmObjectives[22]?.number).toBe(23);
    expect(gcmGuidingPrinciples).toHaveLength(10);
    expect(isGcmObjectiveNumber(23)).toBe(true);
    expect(isGcmObjectiveNumber(24)).toBe(false);
    expect(isGcmObjectiveNumber(1.5)).toBe(false);
  });
});

describe('migration-relevant SDG indicators', () => {
  it('derive their target from their code and flag changed or unchecked wording', () => {
    const byCode = new Map(migrationSdgIndicators.map((i) => [i.code, i]));
    expect(byCode.get('10.7.2')).toMatchObject({ targetCode: '10.7', isWordingVerified: false });
    expect(byCode.get('10.7.1')?.wordingNote).toMatch(/yearly income/);
    expect(byCode.get('17.18.1')?.targetCode).toBe('17.18');
    expect(migrationSdgTargetCodes).toContain('10.c');
    expect(isMigrationSdgTargetCode('10.7')).toBe(true);
    expect(isMigrationSdgTargetCode('99.9')).toBe(false);
  });
});
