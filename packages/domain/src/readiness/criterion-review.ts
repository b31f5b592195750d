import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';

/**
 * SCMI's review of one criterion: `open` until a reviewer accepts or returns it; a co-chair answers a return, which
 * opens it again as `answered` for the reviewer to look at once more.
 */
export const criterionReviewStates = ['open', 'accepted', 'returned', 'answered'] as const;
export const criterionReviewStateSchema = z.enum(criterionReviewStates);
export type CriterionReviewState = z.infer<typeof criterionReviewStateSchema>;

/** The whole review of a network's readiness: signed off once by an SCMI reviewer, then final. */
export const readinessReviewStatuses = ['in_review', 'signed_off'] as const;
export const readinessReviewStatusSchema = z.enum(readinessReviewStatuses);
export type ReadinessReviewStatus = z.infer<typeof readinessReviewStatusSchema>;

const requiredText = (missing: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'must be text') })
    .trim()
    .min(1, { error: missing })
    .max(max);

export const readinessReturnReasonSchema = requiredText('a return needs a reason', 2000);
export const readinessAnswerSchema = requiredText('an answer needs a text', 5000);

export type CriterionReviewAction =
  | { kind: 'accept' }
  | { kind: 'return'; reason: string }
  | { kind: 'answer'; comment: string };

const refuse = (message: string): never => {
  throw new DomainError('conflict', message, [{ path: 'state', message }]);
};

const requireText = (schema: z.ZodString, value: string, path: string): string => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is required';
    throw new DomainError('validation_failed', `Invalid ${path}: ${message}`, [{ path, message }]);
  }
  return parsed.data;
};

/**
 * The next review state of a criterion. A reviewer accepts any criterion not yet accepted (also a returned one: the
 * reviewer withdraws the return) and returns any not already returned, with a reason; a co-chair answers only a
 * returned criterion, with a text. Nothing moves once the whole review is signed off.
 */
export const applyCriterionReviewAction = (state: CriterionReviewState, action: CriterionReviewAction, reviewStatus: ReadinessReviewStatus): CriterionReviewState => {
  if (reviewStatus === 'signed_off') return refuse('The readiness review is signed off: its criteria can no longer be accepted, returned or answered');
  switch (action.kind) {
    case 'accept':
      return state === 'accepted' ? refuse('This criterion is already accepted') : 'accepted';
    case 'return':
      requireText(readinessReturnReasonSchema, action.reason, 'reason');
      return state === 'returned' ? refuse('This criterion is already returned: wait for the answer, or accept it') : 'returned';
    case 'answer':
      requireText(readinessAnswerSchema, action.comment, 'comment');
      return state === 'returned' ? 'answered' : refuse('Only a returned criterion can be answered');
  }
};

export type ReviewedCriterion = { id: string; title: string; reviewState: CriterionReviewState };

export const findReturnedCriteria = <Criterion extends ReviewedCriterion>(criteria: readonly Criterion[]): Criterion[] =>
  criteria.filter((criterion) => criterion.reviewState === 'returned');

/**
 * The review is signed off when no criterion is returned: a return is the one exchange still waiting for an answer.
 * Criteria still open or answered do not hold it up, because readiness is not everything being met: SCMI signs off
 * that it has reviewed the picture, and the picture may honestly include criteria not met and not accepted.
 */
export const assertReadinessCanBeSignedOff = (reviewStatus: ReadinessReviewStatus, criteria: readonly ReviewedCriterion[]): void => {
  if (reviewStatus === 'signed_off') refuse('The readiness review is already signed off');
  if (criteria.length === 0) refuse('There are no criteria to sign off');
  const returned = findReturnedCriteria(criteria);
  if (returned.length > 0) {
    throw new DomainError(
      'conflict',
      `The review cannot be signed off while ${returned.length === 1 ? 'a criterion is' : `${returned.length} criteria are`} returned: ${returned.map((criterion) => `"${criterion.title}"`).join(', ')}`,
      returned.map((criterion) => ({ path: `criteria.${criterion.id}`, message: `"${criterion.title}" is returned and not yet answered or accepted` })),
    );
  }
};
