import { describe, expect, it } from 'vitest';
import { applyOutcomeReviewAction, initialOutcomeReview, type OutcomeReviewState } from './outcome-review.js';

const iom = 'org-iom';
const rco = 'org-rco';
const coChairs = [iom, rco];

describe('the co-chairs review of an outcomes record', () => {
  it('is signed off only when both co-chairs have signed', () => {
    const once = applyOutcomeReviewAction(initialOutcomeReview, { kind: 'sign_off', organisationId: iom }, coChairs);
    expect(once).toEqual({ status: 'partially_signed', signedOffBy: [iom], lastReturn: null });
    const twice = applyOutcomeReviewAction(once, { kind: 'sign_off', organisationId: rco }, coChairs);
    expect(twice).toEqual({ status: 'signed_off', signedOffBy: [iom, rco], lastReturn: null });
  });

  it('refuses a second sign-off by the same co-chair', () => {
    const once = applyOutcomeReviewAction(initialOutcomeReview, { kind: 'sign_off', organisationId: iom }, coChairs);
    expect(() => applyOutcomeReviewAction(once, { kind: 'sign_off', organisationId: iom }, coChairs)).toThrow(/already signed/);
  });

  it('needs a reason to return, and a return clears the sign-offs', () => {
    const once = applyOutcomeReviewAction(initialOutcomeReview, { kind: 'sign_off', organisationId: iom }, coChairs);
    expect(() => applyOutcomeReviewAction(once, { kind: 'return', organisationId: rco, reason: '   ' }, coChairs)).toThrow(expect.objectContaining({ code: 'validation_failed', fields: [{ path: 'reason', message: 'a return needs a reason' }] }));
    const returned = applyOutcomeReviewAction(once, { kind: 'return', organisationId: rco, reason: ' Action point owners missing ' }, coChairs);
    expect(returned).toEqual({ status: 'returned', signedOffBy: [], lastReturn: { organisationId: rco, reason: 'Action point owners missing' } });
  });

  it('must be revised after a return before anyone signs again', () => {
    const returned: OutcomeReviewState = { status: 'returned', signedOffBy: [], lastReturn: { organisationId: rco, reason: 'x' } };
    expect(() => applyOutcomeReviewAction(returned, { kind: 'sign_off', organisationId: iom }, coChairs)).toThrow(/revised/);
    const revised = applyOutcomeReviewAction(returned, { kind: 'revise' }, coChairs);
    expect(revised.status).toBe('draft');
    expect(applyOutcomeReviewAction(revised, { kind: 'sign_off', organisationId: iom }, coChairs).status).toBe('partially_signed');
  });

  it('lets only co-chair organisations sign or return', () => {
    expect(() => applyOutcomeReviewAction(initialOutcomeReview, { kind: 'sign_off', organisationId: 'org-scmi' }, coChairs)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('is final once signed off', () => {
    const signed: OutcomeReviewState = { status: 'signed_off', signedOffBy: coChairs, lastReturn: null };
    for (const action of [{ kind: 'revise' }, { kind: 'return', organisationId: iom, reason: 'late' }] as const) {
      expect(() => applyOutcomeReviewAction(signed, action, coChairs)).toThrow(expect.objectContaining({ code: 'conflict' }));
    }
  });
});
