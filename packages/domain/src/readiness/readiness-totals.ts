import type { CriterionReviewState } from './criterion-review.js';
import type { ReadinessStatus } from './readiness-criterion.js';
import type { ReadinessTotalsView } from './readiness-views.js';

type CountedCriterion = { status: ReadinessStatus; isOverdue: boolean; review: { state: CriterionReviewState } };

/** The at-a-glance counts: how many criteria are met, partly met, not met, overdue, and where the review stands. */
export const getReadinessTotals = (criteria: readonly CountedCriterion[]): ReadinessTotalsView => {
  const count = (isCounted: (criterion: CountedCriterion) => boolean) => criteria.filter(isCounted).length;
  return {
    criterionCount: criteria.length,
    met: count((criterion) => criterion.status === 'met'),
    partlyMet: count((criterion) => criterion.status === 'partly_met'),
    notMet: count((criterion) => criterion.status === 'not_met'),
    overdue: count((criterion) => criterion.isOverdue),
    accepted: count((criterion) => criterion.review.state === 'accepted'),
    returned: count((criterion) => criterion.review.state === 'returned'),
    open: count((criterion) => criterion.review.state === 'open' || criterion.review.state === 'answered'),
  };
};
