import type {
  ReadinessCriterionDetailView,
  ReadinessCriterionView,
  ReadinessGridView,
  ReadinessView,
} from '@compact-tracker/domain';
import { gcmGuidingPrinciples, gcmObjectives, getForumCountdown, getReadinessTotals } from '@compact-tracker/domain';
import { activityIds, buildSessionUser, organisationList } from '../../test/fixtures';

/** The API's answers for the readiness review of the seeded Georgia network, as the tests' fixtures. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const networkId = buildSessionUser('scmi_reviewer').network.id;
export const reviewId = uuid(900);
export const criterionIds = { workshop: uuid(901), baselines: uuid(902), voluntaryReview: uuid(903) };
export const indicatorId = uuid(950);

const organisation = (shortName: string) => {
  const found = organisationList.find((candidate) => candidate.shortName === shortName);
  if (!found) throw new Error(`no organisation ${shortName}`);
  return found;
};

const workshopId = activityIds.get('cso-workshop') as string;

const history = { historyBeginsAt: '2021-04-01T10:00:00.000+04:00', isBeforeHistory: false };
const asOfNow = { day: '2022-03-01', instant: '2022-03-01T12:00:00.000+04:00', timeZone: 'Asia/Tbilisi', isPast: false, ...history };
const asOfPast = { day: '2021-04-22', instant: '2021-04-22T23:59:59.999+04:00', timeZone: 'Asia/Tbilisi', isPast: true, ...history };
const asOfBeforeHistory = { ...asOfPast, day: '2021-03-10', instant: '2021-03-10T23:59:59.999+04:00', isBeforeHistory: true };

const noReview = { state: 'open', returnReason: null, reviewedAt: null, reviewedBy: null } as const;

export const workshopCriterion: ReadinessCriterionView = {
  id: criterionIds.workshop,
  networkId,
  key: 'whole_of_society_consultation',
  position: 1,
  title: 'Whole-of-society consultation held',
  description: 'The online workshop with Georgian civil-society organisations on the GCM process is done.',
  kind: 'computed',
  source: { kind: 'activity_done', activityId: workshopId },
  status: 'met',
  figures: { kind: 'activity_done', activity: { id: workshopId, title: 'CSO workshop on the GCM', status: 'done' } },
  owner: organisation('IOM'),
  dueDate: '2021-03-16',
  isOverdue: false,
  evidence: [{ kind: 'activity', activityId: workshopId, title: 'CSO workshop on the GCM', status: 'done' }],
  review: noReview,
  commentCount: 0,
  version: 1,
};

export const baselinesCriterion: ReadinessCriterionView = {
  id: criterionIds.baselines,
  networkId,
  key: 'indicator_baselines',
  position: 4,
  title: 'Indicator baselines established',
  description: 'Every aligned indicator has a baseline, or a data gap recorded with its reason.',
  kind: 'computed',
  source: { kind: 'indicator_baselines' },
  status: 'partly_met',
  figures: { kind: 'indicator_baselines', alignedIndicatorCount: 4, withBaselineCount: 2, withDataGapCount: 1, withoutBaselineCount: 1 },
  owner: organisation('IOM'),
  dueDate: '2021-06-30',
  isOverdue: true,
  evidence: [{ kind: 'indicator', indicatorId, code: 'GE-1', name: 'Returning migrants registered' }],
  review: noReview,
  commentCount: 2,
  version: 3,
};

export const voluntaryReviewCriterion: ReadinessCriterionView = {
  id: criterionIds.voluntaryReview,
  networkId,
  key: 'voluntary_review_report',
  position: 7,
  title: 'Voluntary GCM review report drafted',
  description: null,
  kind: 'evidence',
  source: null,
  status: 'not_met',
  figures: { kind: 'evidence', evidenceCount: 1 },
  owner: organisation('SCMI'),
  dueDate: null,
  isOverdue: false,
  evidence: [{ kind: 'document', title: 'Outline of the voluntary review', url: 'https://example.org/outline.pdf' }],
  review: { state: 'returned', returnReason: 'No draft exists yet', reviewedAt: '2022-02-20T09:00:00.000Z', reviewedBy: { id: uuid(604), displayName: 'Demo SCMI Reviewer' } },
  commentCount: 1,
  version: 2,
};

const criteria = [workshopCriterion, baselinesCriterion, voluntaryReviewCriterion];

export const readinessNow: ReadinessView = {
  networkId,
  asOf: asOfNow,
  countdown: getForumCountdown(asOfNow.day),
  totals: getReadinessTotals(criteria),
  criteria,
  review: {
    id: reviewId,
    networkId,
    status: 'in_review',
    signedOffAt: null,
    signedOffBy: null,
    signOffNote: null,
    returnedCriterionIds: [criterionIds.voluntaryReview],
    version: 4,
  },
};

/** 22 April 2021: only the workshop criterion, not yet reviewed. */
export const readinessPast: ReadinessView = {
  ...readinessNow,
  asOf: asOfPast,
  countdown: getForumCountdown(asOfPast.day),
  totals: getReadinessTotals([workshopCriterion]),
  criteria: [workshopCriterion],
  review: { ...readinessNow.review, returnedCriterionIds: [] },
};

/** 10 March 2021, before the history began: the same criterion, as first recorded. */
export const readinessBeforeHistory: ReadinessView = {
  ...readinessPast,
  asOf: asOfBeforeHistory,
  countdown: getForumCountdown(asOfBeforeHistory.day),
};

/** Objective 1 × human rights has an indicator with a gap; objective 23 × international cooperation an activity. */
export const buildGrid = (asOf = asOfNow): ReadinessGridView => ({
  networkId,
  asOf,
  objectives: gcmObjectives.map(({ number, title }) => ({ number, title })),
  principles: gcmGuidingPrinciples.map((name, index) => ({ number: index + 1, name })),
  cells: gcmObjectives.flatMap((objective) =>
    gcmGuidingPrinciples.map((_, index) => ({
      objectiveNumber: objective.number,
      principleNumber: index + 1,
      activityCount: objective.number === 23 && index === 1 ? 1 : 0,
      indicatorWithBaselineCount: objective.number === 1 && index === 5 ? 2 : 0,
      withoutBaselineCount: objective.number === 1 && index === 5 ? 1 : 0,
    })),
  ),
});

export const buildCriterionDetail = (criterion: ReadinessCriterionView): ReadinessCriterionDetailView => ({
  ...criterion,
  asOf: asOfNow,
  comments:
    criterion.id === criterionIds.voluntaryReview
      ? [
          {
            id: uuid(960),
            criterionId: criterion.id,
            kind: 'return',
            body: 'No draft exists yet',
            author: { id: uuid(604), displayName: 'Demo SCMI Reviewer', role: 'scmi_reviewer' },
            createdAt: '2022-02-20T09:00:00.000Z',
          },
        ]
      : [],
});
