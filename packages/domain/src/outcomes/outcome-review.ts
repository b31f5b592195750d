import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';

export const outcomeReviewStatuses = ['draft', 'partially_signed', 'signed_off', 'returned'] as const;
export type OutcomeReviewStatus = (typeof outcomeReviewStatuses)[number];

export type OutcomeReviewState = {
  status: OutcomeReviewStatus;
  /** Co-chair organisations that have signed off the current text. */
  signedOffBy: readonly string[];
  lastReturn: { organisationId: string; reason: string } | null;
};

export const returnReasonSchema = z.string().trim().min(1, 'a return needs a reason').max(2000);

export type OutcomeReviewAction =
  | { kind: 'sign_off'; organisationId: string }
  | { kind: 'return'; organisationId: string; reason: string }
  | { kind: 'revise' };

export const initialOutcomeReview: OutcomeReviewState = { status: 'draft', signedOffBy: [], lastReturn: null };

const refuse = (message: string, path = 'action') => {
  throw new DomainError('conflict', message, [{ path, message }]);
};

/**
 * The co-chairs' review of an outcomes record: each co-chair organisation signs off once, and the record
 * is signed off when all have; either may return it with a reason, which clears the sign-offs until the
 * text is revised. A signed-off record is final.
 */
export const applyOutcomeReviewAction = (
  state: OutcomeReviewState,
  action: OutcomeReviewAction,
  coChairOrganisationIds: readonly string[],
): OutcomeReviewState => {
  if (state.status === 'signed_off') return refuse('This outcomes record is signed off and can no longer change');
  if (action.kind !== 'revise' && !coChairOrganisationIds.includes(action.organisationId)) {
    throw new DomainError('forbidden', 'Only the co-chair organisations review outcomes', [{ path: 'organisationId', message: 'is not a co-chair' }]);
  }
  switch (action.kind) {
    case 'revise':
      return { status: 'draft', signedOffBy: [], lastReturn: state.lastReturn };
    case 'sign_off': {
      if (state.status === 'returned') return refuse('A returned record must be revised before it is signed off');
      if (state.signedOffBy.includes(action.organisationId)) return refuse('This co-chair has already signed off');
      const signedOffBy = [...state.signedOffBy, action.organisationId];
      const isComplete = coChairOrganisationIds.every((id) => signedOffBy.includes(id));
      return { status: isComplete ? 'signed_off' : 'partially_signed', signedOffBy, lastReturn: state.lastReturn };
    }
    case 'return': {
      const reason = returnReasonSchema.safeParse(action.reason);
      if (!reason.success) {
        throw new DomainError('validation_failed', 'A return needs a reason', [{ path: 'reason', message: 'a return needs a reason' }]);
      }
      return { status: 'returned', signedOffBy: [], lastReturn: { organisationId: action.organisationId, reason: reason.data } };
    }
  }
};
