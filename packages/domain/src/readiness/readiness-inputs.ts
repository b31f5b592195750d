import { z } from 'zod';
import { calendarDaySchema } from '../date-span/date-span.js';
import { readinessAnswerSchema, readinessReturnReasonSchema } from './criterion-review.js';
import { evidenceLinksSchema, readinessStatusSchema } from './readiness-criterion.js';

const criterionFields = {
  title: z.string().trim().min(1, { error: 'is required' }).max(500),
  description: z.string().trim().max(5000).nullable(),
  ownerOrganisationId: z.uuid(),
  dueDate: calendarDaySchema.nullable(),
  /** Only for evidence-based criteria: a computed one takes its status from live data. */
  status: readinessStatusSchema,
  evidence: evidenceLinksSchema,
};

/**
 * `POST /api/networks/:id/readiness/criteria`: a co-chair adds an evidence-based criterion. It starts not met unless
 * evidence backs another status (checked with findStatusProblems).
 */
export const readinessCriterionInputSchema = z
  .object({
    ...criterionFields,
    description: criterionFields.description.default(null),
    dueDate: criterionFields.dueDate.default(null),
    status: criterionFields.status.default('not_met'),
    evidence: criterionFields.evidence.default([]),
  })
  .strict();
export type ReadinessCriterionInput = z.infer<typeof readinessCriterionInputSchema>;

/** `PATCH /api/readiness/criteria/:id`: only the fields sent change; the version travels in If-Match. */
export const readinessCriterionUpdateInputSchema = z
  .object(criterionFields)
  .partial()
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { error: 'must change at least one field' });
export type ReadinessCriterionUpdateInput = z.infer<typeof readinessCriterionUpdateInputSchema>;

/** `POST /api/readiness/criteria/:id/comments`: an SCMI reviewer's comment. */
export const readinessCommentInputSchema = z
  .object({ body: z.string({ error: (issue) => (issue.input === undefined ? 'a comment needs a text' : 'must be text') }).trim().min(1, { error: 'a comment needs a text' }).max(5000) })
  .strict();
export type ReadinessCommentInput = z.infer<typeof readinessCommentInputSchema>;

/** `POST /api/readiness/criteria/:id/review`: accept (with an optional comment) or return with a reason. */
export const readinessReviewDecisionInputSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('accept'), comment: z.string().trim().min(1).max(5000).optional() }).strict(),
    z.object({ decision: z.literal('return'), reason: readinessReturnReasonSchema }).strict(),
  ],
  { error: 'must be accept or return' },
);
export type ReadinessReviewDecisionInput = z.infer<typeof readinessReviewDecisionInputSchema>;

/** `POST /api/readiness/criteria/:id/answer`: a co-chair answers a return. */
export const readinessAnswerInputSchema = z.object({ comment: readinessAnswerSchema }).strict();
export type ReadinessAnswerInput = z.infer<typeof readinessAnswerInputSchema>;

/** `POST /api/networks/:id/readiness/sign-off`: an optional note; no body at all is fine. */
export const readinessSignOffInputSchema = z
  .object({ note: z.string().trim().min(1).max(2000).optional() })
  .strict()
  .optional();
export type ReadinessSignOffInput = z.infer<typeof readinessSignOffInputSchema>;
