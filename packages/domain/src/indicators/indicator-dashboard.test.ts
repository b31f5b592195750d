import { describe, expect, it } from 'vitest';
import { gcmObjectiveNumberParamSchema, isUnlinkedObjective, toShare } from './indicator-dashboard.js';

describe('indicator dashboard helpers', () => {
  it('turns counts into a share, and answers null with nothing to divide by', () => {
    expect(toShare(1, 4)).toBe(0.25);
    expect(toShare(5, 5)).toBe(1);
    expect(toShare(0, 4)).toBe(0);
    expect(toShare(0, 0)).toBeNull();
  });

  it('calls an objective unlinked only when neither an indicator nor a crosswalk link reaches it', () => {
    expect(isUnlinkedObjective({ linkedIndicatorCount: 0, crosswalkLinkCount: 0 })).toBe(true);
    expect(isUnlinkedObjective({ linkedIndicatorCount: 1, crosswalkLinkCount: 0 })).toBe(false);
    expect(isUnlinkedObjective({ linkedIndicatorCount: 0, crosswalkLinkCount: 2 })).toBe(false);
  });

  it('reads a GCM objective number from a path segment, refusing anything but 1–23', () => {
    expect(gcmObjectiveNumberParamSchema.parse('7')).toBe(7);
    expect(gcmObjectiveNumberParamSchema.parse('23')).toBe(23);
    for (const bad of ['0', '24', '1.5', 'seven', '', ' 7', '0x10', '1e1']) {
      expect(gcmObjectiveNumberParamSchema.safeParse(bad).error?.issues[0]?.message, bad).toBe('must be a GCM objective number (1–23)');
    }
  });
});
