import { describe, expect, it } from 'vitest';
import { findStatusProblems, isCriterionOverdue } from './readiness-criterion.js';
import { readinessCriterionInputSchema, readinessCriterionUpdateInputSchema, readinessReviewDecisionInputSchema } from './readiness-inputs.js';

const iom = '7f1c1d0e-7a57-4a8e-9a53-0a1b2c3d4e5f';
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } | undefined }) => result.error?.issues.map((issue) => issue.path.join('.'));

describe('readiness criterion inputs', () => {
  it('adds an evidence-based criterion not met, with no due date and no evidence unless given', () => {
    expect(readinessCriterionInputSchema.parse({ title: ' Report drafted ', ownerOrganisationId: iom })).toEqual({
      title: 'Report drafted',
      description: null,
      ownerOrganisationId: iom,
      dueDate: null,
      status: 'not_met',
      evidence: [],
    });
  });

  it('takes evidence as records of the tracker or documents with an http(s) URL, each once', () => {
    const evidence = [
      { kind: 'activity', activityId: iom },
      { kind: 'document', title: 'Draft report', url: 'https://example.org/draft.pdf' },
    ];
    expect(readinessCriterionUpdateInputSchema.parse({ evidence }).evidence).toEqual(evidence);
    expect(paths(readinessCriterionUpdateInputSchema.safeParse({ evidence: [{ kind: 'document', title: 'x', url: 'ftp://example.org' }] }))).toEqual(['evidence.0.url']);
    expect(paths(readinessCriterionUpdateInputSchema.safeParse({ evidence: [evidence[0], evidence[0]] }))).toEqual(['evidence']);
    expect(paths(readinessCriterionUpdateInputSchema.safeParse({ evidence: [{ kind: 'minutes', id: iom }] }))).toEqual(['evidence.0.kind']);
  });

  it('refuses an update that changes nothing', () => {
    expect(readinessCriterionUpdateInputSchema.safeParse({}).success).toBe(false);
    expect(readinessCriterionUpdateInputSchema.parse({ dueDate: null })).toEqual({ dueDate: null });
  });

  it('sets a status only on an evidence-based criterion, and met or partly met only with evidence', () => {
    expect(findStatusProblems('computed', 'met', 3)).toEqual([{ path: 'status', message: 'is computed from live data for this criterion and cannot be set' }]);
    expect(findStatusProblems('evidence', 'met', 0)).toEqual([{ path: 'status', message: 'needs at least one evidence link to be met' }]);
    expect(findStatusProblems('evidence', 'partly_met', 0)).toEqual([{ path: 'status', message: 'needs at least one evidence link to be partly met' }]);
    expect(findStatusProblems('evidence', 'not_met', 0)).toEqual([]);
    expect(findStatusProblems('evidence', 'met', 1)).toEqual([]);
    expect(findStatusProblems('computed', undefined, 0)).toEqual([]);
  });

  it('is overdue when not met after its due day', () => {
    expect(isCriterionOverdue({ status: 'partly_met', dueDate: '2021-06-30' }, '2021-07-01')).toBe(true);
    expect(isCriterionOverdue({ status: 'partly_met', dueDate: '2021-06-30' }, '2021-06-30')).toBe(false);
    expect(isCriterionOverdue({ status: 'met', dueDate: '2021-06-30' }, '2021-07-01')).toBe(false);
    expect(isCriterionOverdue({ status: 'not_met', dueDate: null }, '2030-01-01')).toBe(false);
  });
});

describe('a review decision', () => {
  it('accepts with an optional comment, or returns with a reason', () => {
    expect(readinessReviewDecisionInputSchema.parse({ decision: 'accept' })).toEqual({ decision: 'accept' });
    expect(readinessReviewDecisionInputSchema.parse({ decision: 'return', reason: ' Owner missing ' })).toEqual({ decision: 'return', reason: 'Owner missing' });
  });

  it('names the reason when a return has none', () => {
    for (const input of [{ decision: 'return' }, { decision: 'return', reason: '   ' }]) {
      expect(readinessReviewDecisionInputSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['reason', 'a return needs a reason']]);
    }
  });

  it('names the decision when it is neither', () => {
    expect(paths(readinessReviewDecisionInputSchema.safeParse({ decision: 'maybe' }))).toEqual(['decision']);
  });
});
