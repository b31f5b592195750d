import { describe, expect, it } from 'vitest';
import { getComputedReadinessStatus } from './computed-status.js';

const activity = (status: 'planned' | 'in_progress' | 'done' | 'postponed' | 'cancelled') => ({ id: '7f1c1d0e-7a57-4a8e-9a53-0a1b2c3d4e5f', title: 'Workshop', status });
const deliverable = (status: 'pending' | 'in_progress' | 'delivered' | 'dropped') => ({ id: '8f1c1d0e-7a57-4a8e-9a53-0a1b2c3d4e5f', title: 'Workplan H2', status });

describe('computed readiness status', () => {
  it('follows an activity: met when done, partly met while in progress, not met otherwise or when it is gone', () => {
    expect(getComputedReadinessStatus({ kind: 'activity_done', activity: activity('done') })).toBe('met');
    expect(getComputedReadinessStatus({ kind: 'activity_done', activity: activity('in_progress') })).toBe('partly_met');
    for (const status of ['planned', 'postponed', 'cancelled'] as const) {
      expect(getComputedReadinessStatus({ kind: 'activity_done', activity: activity(status) })).toBe('not_met');
    }
    expect(getComputedReadinessStatus({ kind: 'activity_done', activity: null })).toBe('not_met');
  });

  it('needs both the activity done and its deliverable delivered; one of the two is partly met', () => {
    const status = (activityStatus: 'done' | 'planned', deliverableStatus: 'delivered' | 'pending' | null) =>
      getComputedReadinessStatus({ kind: 'activity_and_deliverable_done', activity: activity(activityStatus), deliverable: deliverableStatus && deliverable(deliverableStatus) });
    expect(status('done', 'delivered')).toBe('met');
    expect(status('done', 'pending')).toBe('partly_met');
    expect(status('planned', 'delivered')).toBe('partly_met');
    expect(status('planned', 'pending')).toBe('not_met');
    expect(status('done', null)).toBe('partly_met');
  });

  it('counts crosswalk coverage: all 23 objectives met, some partly, none not met', () => {
    const coverage = (linked: number) => getComputedReadinessStatus({ kind: 'crosswalk_gcm_coverage', linkedObjectiveCount: linked, objectiveCount: 23, unlinkedObjectiveNumbers: [] });
    expect([coverage(23), coverage(17), coverage(1), coverage(0)]).toEqual(['met', 'partly_met', 'partly_met', 'not_met']);
  });

  it('counts a justified data gap as an established baseline, and no aligned indicator as not met', () => {
    const baselines = (aligned: number, withBaseline: number, withDataGap: number) =>
      getComputedReadinessStatus({ kind: 'indicator_baselines', alignedIndicatorCount: aligned, withBaselineCount: withBaseline, withDataGapCount: withDataGap, withoutBaselineCount: aligned - withBaseline - withDataGap });
    expect(baselines(4, 3, 1)).toBe('met');
    expect(baselines(4, 4, 0)).toBe('met');
    expect(baselines(4, 0, 1)).toBe('partly_met');
    expect(baselines(4, 0, 0)).toBe('not_met');
    expect(baselines(0, 0, 0)).toBe('not_met');
  });
});
