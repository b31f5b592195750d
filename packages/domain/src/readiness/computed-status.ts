import type { ReadinessStatus } from './readiness-criterion.js';
import type { ComputedReadinessFigures } from './readiness-figures.js';

const byShare = (done: number, total: number): ReadinessStatus => {
  if (total > 0 && done === total) return 'met';
  return done > 0 ? 'partly_met' : 'not_met';
};

/**
 * The status of a computed criterion from its figures:
 * - an activity: met when done, partly met while in progress, not met otherwise (planned, postponed, cancelled, gone);
 * - an activity and its deliverable (stock-taking held, second-half workplan adopted): met when the activity is done
 *   and the deliverable delivered, partly met when one of the two is;
 * - crosswalk coverage: met when all 23 GCM objectives are linked to the strategy, partly met when some are;
 * - indicator baselines: met when every aligned indicator has a baseline or a data gap recorded with its reason,
 *   partly met when some have. A justified gap counts: the review asks whether each indicator's starting point is
 *   established, and "no data, because…" is an established starting point. With no aligned indicator there is
 *   nothing established, so it is not met.
 */
export const getComputedReadinessStatus = (figures: ComputedReadinessFigures): ReadinessStatus => {
  switch (figures.kind) {
    case 'activity_done':
      if (figures.activity?.status === 'done') return 'met';
      return figures.activity?.status === 'in_progress' ? 'partly_met' : 'not_met';
    case 'activity_and_deliverable_done': {
      const parts = [figures.activity?.status === 'done', figures.deliverable?.status === 'delivered'];
      return byShare(parts.filter(Boolean).length, parts.length);
    }
    case 'crosswalk_gcm_coverage':
      return byShare(figures.linkedObjectiveCount, figures.objectiveCount);
    case 'indicator_baselines':
      return byShare(figures.withBaselineCount + figures.withDataGapCount, figures.alignedIndicatorCount);
  }
};
