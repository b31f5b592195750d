import { z } from 'zod';
import { deliverableStatusSchema } from '../activity/activity.js';
import { activityStatusSchema } from '../activity/activity-status.js';
import { auditActorViewSchema } from '../views/audit-views.js';
import { organisationViewSchema } from '../views/views.js';
import { userRefViewSchema } from '../views/workplan-follow-up-views.js';
import { criterionReviewStateSchema, readinessReviewStatusSchema } from './criterion-review.js';
import { forumCountdownViewSchema } from './forum-countdown.js';
import { readinessAsOfViewSchema } from './readiness-as-of.js';
import { computedSourceSchema, readinessCriterionKindSchema, readinessStatusSchema } from './readiness-criterion.js';
import { readinessFiguresSchema } from './readiness-figures.js';

/**
 * The shapes the readiness API answers with. Every view carries `asOf`: with `?asOf=` in the past, statuses, figures,
 * evidence, review states and comment counts are those of that instant, rebuilt from the audit trail; `version` is
 * always the record's current version, for If-Match.
 */

/**
 * One piece of evidence, resolved to what it names now; `title`/`status`/`code`/`name` are null when the record no
 * longer exists.
 */
export const evidenceLinkViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity'), activityId: z.uuid(), title: z.string().nullable(), status: activityStatusSchema.nullable() }),
  z.object({
    kind: z.literal('deliverable'),
    deliverableId: z.uuid(),
    activityId: z.uuid().nullable(),
    title: z.string().nullable(),
    status: deliverableStatusSchema.nullable(),
  }),
  z.object({ kind: z.literal('indicator'), indicatorId: z.uuid(), code: z.string().nullable(), name: z.string().nullable() }),
  z.object({ kind: z.literal('document'), title: z.string(), url: z.string() }),
]);
export type EvidenceLinkView = z.infer<typeof evidenceLinkViewSchema>;

export const criterionReviewViewSchema = z.object({
  state: criterionReviewStateSchema,
  /** The reason of the last return, kept while the criterion is returned or answered; null otherwise. */
  returnReason: z.string().nullable(),
  /** The last review step (accept, return, answer): when and by whom. */
  reviewedAt: z.string().nullable(),
  reviewedBy: userRefViewSchema.nullable(),
});
export type CriterionReviewView = z.infer<typeof criterionReviewViewSchema>;

export const readinessCriterionViewSchema = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  /** The seeded criteria's stable key (e.g. `whole_of_society_consultation`), for translated titles; null for added ones. */
  key: z.string().nullable(),
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  kind: readinessCriterionKindSchema,
  /** Where a computed criterion's status comes from; null for evidence-based ones. */
  source: computedSourceSchema.nullable(),
  status: readinessStatusSchema,
  figures: readinessFiguresSchema,
  owner: organisationViewSchema.nullable(),
  dueDate: z.string().nullable(),
  /** Not met after its due day, judged on the as-of day. */
  isOverdue: z.boolean(),
  evidence: z.array(evidenceLinkViewSchema),
  review: criterionReviewViewSchema,
  commentCount: z.number().int(),
  version: z.number().int(),
});
export type ReadinessCriterionView = z.infer<typeof readinessCriterionViewSchema>;

export const readinessCommentKinds = ['comment', 'return', 'answer', 'accept'] as const;
export const readinessCommentKindSchema = z.enum(readinessCommentKinds);
export type ReadinessCommentKind = z.infer<typeof readinessCommentKindSchema>;

/** One entry of a criterion's thread: a comment, or a review step with its text (an acceptance may have none). */
export const readinessCommentViewSchema = z.object({
  id: z.uuid(),
  criterionId: z.uuid(),
  kind: readinessCommentKindSchema,
  body: z.string().nullable(),
  author: auditActorViewSchema.nullable(),
  createdAt: z.string(),
});
export type ReadinessCommentView = z.infer<typeof readinessCommentViewSchema>;

/** `GET /api/readiness/criteria/:id`: the criterion with its thread, oldest first. */
export const readinessCriterionDetailViewSchema = readinessCriterionViewSchema.extend({
  asOf: readinessAsOfViewSchema,
  comments: z.array(readinessCommentViewSchema),
});
export type ReadinessCriterionDetailView = z.infer<typeof readinessCriterionDetailViewSchema>;

export const readinessReviewViewSchema = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  status: readinessReviewStatusSchema,
  signedOffAt: z.string().nullable(),
  signedOffBy: userRefViewSchema.nullable(),
  signOffNote: z.string().nullable(),
  /** Criteria returned and not yet answered or accepted: while any is, the review cannot be signed off. */
  returnedCriterionIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type ReadinessReviewView = z.infer<typeof readinessReviewViewSchema>;

export const readinessTotalsViewSchema = z.object({
  criterionCount: z.number().int(),
  met: z.number().int(),
  partlyMet: z.number().int(),
  notMet: z.number().int(),
  overdue: z.number().int(),
  /** Review states: `open` counts open and answered criteria. */
  accepted: z.number().int(),
  returned: z.number().int(),
  open: z.number().int(),
});
export type ReadinessTotalsView = z.infer<typeof readinessTotalsViewSchema>;

/** `GET /api/networks/:id/readiness`: the summary SCMI reviews. */
export const readinessViewSchema = z.object({
  networkId: z.uuid(),
  asOf: readinessAsOfViewSchema,
  countdown: forumCountdownViewSchema,
  totals: readinessTotalsViewSchema,
  criteria: z.array(readinessCriterionViewSchema),
  review: readinessReviewViewSchema,
});
export type ReadinessView = z.infer<typeof readinessViewSchema>;

export const readinessGridCellViewSchema = z.object({
  objectiveNumber: z.number().int(),
  principleNumber: z.number().int(),
  /** Activities tagged with both the objective and the principle (cancelled ones left out). */
  activityCount: z.number().int(),
  /** Indicators tagged with both that have a baseline value or narrative. */
  indicatorWithBaselineCount: z.number().int(),
  /**
   * Indicators tagged with both that have no baseline value or narrative: those with only a data gap and those with
   * nothing recorded. Not the dashboard's `withGapCount`, which counts recorded data gaps only.
   */
  withoutBaselineCount: z.number().int(),
});
export type ReadinessGridCellView = z.infer<typeof readinessGridCellViewSchema>;

/** `GET /api/networks/:id/readiness/grid`: the 23 GCM objectives × 10 guiding principles, every cell listed. */
export const readinessGridViewSchema = z.object({
  networkId: z.uuid(),
  asOf: readinessAsOfViewSchema,
  objectives: z.array(z.object({ number: z.number().int(), title: z.string() })),
  principles: z.array(z.object({ number: z.number().int(), name: z.string() })),
  /** Ordered by objective, then principle. */
  cells: z.array(readinessGridCellViewSchema),
});
export type ReadinessGridView = z.infer<typeof readinessGridViewSchema>;

export const indicatorBaselineStates = ['baseline', 'data_gap', 'missing'] as const;
export type IndicatorBaselineState = (typeof indicatorBaselineStates)[number];

/** `GET /api/networks/:id/readiness/grid/:objective/:principle`: what a cell counts. */
export const readinessGridCellDetailViewSchema = z.object({
  networkId: z.uuid(),
  asOf: readinessAsOfViewSchema,
  objective: z.object({ number: z.number().int(), title: z.string() }),
  principle: z.object({ number: z.number().int(), name: z.string() }),
  counts: readinessGridCellViewSchema,
  activities: z.array(z.object({ id: z.uuid(), title: z.string(), status: activityStatusSchema })),
  indicators: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), baseline: z.enum(indicatorBaselineStates) })),
});
export type ReadinessGridCellDetailView = z.infer<typeof readinessGridCellDetailViewSchema>;
