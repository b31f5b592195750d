import { describe, expect, it } from 'vitest';
import { applyCriterionReviewAction, assertReadinessCanBeSignedOff, type CriterionReviewState } from './criterion-review.js';

const states: CriterionReviewState[] = ['open', 'accepted', 'returned', 'answered'];

describe('the review of a readiness criterion', () => {
  it('accepts any criterion not yet accepted, including a returned one', () => {
    for (const state of ['open', 'returned', 'answered'] as const) expect(applyCriterionReviewAction(state, { kind: 'accept' }, 'in_review')).toBe('accepted');
    expect(() => applyCriterionReviewAction('accepted', { kind: 'accept' }, 'in_review')).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('returns only with a reason, naming the field when it is blank', () => {
    expect(() => applyCriterionReviewAction('open', { kind: 'return', reason: '  ' }, 'in_review')).toThrow(
      expect.objectContaining({ code: 'validation_failed', fields: [{ path: 'reason', message: 'a return needs a reason' }] }),
    );
    for (const state of ['open', 'accepted', 'answered'] as const) expect(applyCriterionReviewAction(state, { kind: 'return', reason: 'No evidence' }, 'in_review')).toBe('returned');
    expect(() => applyCriterionReviewAction('returned', { kind: 'return', reason: 'Again' }, 'in_review')).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('lets a co-chair answer only a returned criterion, with a text, which opens it again as answered', () => {
    expect(applyCriterionReviewAction('returned', { kind: 'answer', comment: 'Evidence added' }, 'in_review')).toBe('answered');
    expect(() => applyCriterionReviewAction('returned', { kind: 'answer', comment: '' }, 'in_review')).toThrow(
      expect.objectContaining({ code: 'validation_failed', fields: [{ path: 'comment', message: 'an answer needs a text' }] }),
    );
    for (const state of ['open', 'accepted', 'answered'] as const) {
      expect(() => applyCriterionReviewAction(state, { kind: 'answer', comment: 'x' }, 'in_review')).toThrow(/Only a returned criterion/);
    }
  });

  it('moves nothing once the review is signed off', () => {
    for (const state of states) {
      for (const action of [{ kind: 'accept' }, { kind: 'return', reason: 'late' }, { kind: 'answer', comment: 'x' }] as const) {
        expect(() => applyCriterionReviewAction(state, action, 'signed_off')).toThrow(expect.objectContaining({ code: 'conflict' }));
      }
    }
  });
});

describe('signing off the readiness review', () => {
  const criterion = (id: string, reviewState: CriterionReviewState) => ({ id, title: `Criterion ${id}`, reviewState });

  it('is refused while any criterion is returned, naming each', () => {
    const attempt = () => assertReadinessCanBeSignedOff('in_review', [criterion('a', 'accepted'), criterion('b', 'returned'), criterion('c', 'returned')]);
    expect(attempt).toThrow(
      expect.objectContaining({
        code: 'conflict',
        message: 'The review cannot be signed off while 2 criteria are returned: "Criterion b", "Criterion c"',
        fields: [
          { path: 'criteria.b', message: '"Criterion b" is returned and not yet answered or accepted' },
          { path: 'criteria.c', message: '"Criterion c" is returned and not yet answered or accepted' },
        ],
      }),
    );
  });

  it('is allowed with criteria accepted, answered or still open', () => {
    expect(() => assertReadinessCanBeSignedOff('in_review', [criterion('a', 'accepted'), criterion('b', 'answered'), criterion('c', 'open')])).not.toThrow();
  });

  it('happens once, and only with something to sign', () => {
    expect(() => assertReadinessCanBeSignedOff('signed_off', [criterion('a', 'accepted')])).toThrow(/already signed off/);
    expect(() => assertReadinessCanBeSignedOff('in_review', [])).toThrow(/no criteria/);
  });
});
