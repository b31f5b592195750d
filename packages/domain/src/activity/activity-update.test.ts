import { describe, expect, it } from 'vitest';
import { activityInputSchema, activityUpdateInputSchema, findOrganisationRepeats } from './activity.js';
import { activityStatusChangeInputSchema } from './activity-status-change.js';

const iom = '7f1c1d0e-7a57-4a8e-9a53-0a1b2c3d4e5f';
const rco = '8f1c1d0e-7a57-4a8e-9a53-0a1b2c3d4e5f';

describe('activity inputs', () => {
  it('fills the defaults of a new activity', () => {
    expect(activityInputSchema.parse({ kind: 'meeting', title: ' Stock-taking ', dateSpan: { precision: 'day', date: '2021-06-10' } })).toEqual({
      kind: 'meeting',
      title: 'Stock-taking',
      purpose: '',
      status: 'planned',
      dateSpan: { precision: 'day', date: '2021-06-10' },
      leadOrganisationIds: [],
      participatingOrganisationIds: [],
      objectives: [],
      expectedDeliverables: [],
      gcmObjectiveNumbers: [],
      sdgTargetCodes: [],
    });
  });

  it('links only GCM objectives 1–23 and migration-related SDG targets, each once', () => {
    expect(activityUpdateInputSchema.parse({ gcmObjectiveNumbers: [1, 23], sdgTargetCodes: ['10.7'] })).toEqual({ gcmObjectiveNumbers: [1, 23], sdgTargetCodes: ['10.7'] });
    const outOfRange = activityUpdateInputSchema.safeParse({ gcmObjectiveNumbers: [3, 24] });
    expect(outOfRange.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['gcmObjectiveNumbers', 1], 'must be a GCM objective number from 1 to 23']]);
    expect(activityUpdateInputSchema.safeParse({ sdgTargetCodes: ['99.9'] }).error?.issues[0]?.path).toEqual(['sdgTargetCodes', 0]);
    expect(activityUpdateInputSchema.safeParse({ gcmObjectiveNumbers: [2, 2] }).error?.issues[0]?.message).toBe('names an objective twice');
  });

  it('changes only the fields an update sends, never the status', () => {
    expect(activityUpdateInputSchema.parse({ title: 'New title' })).toEqual({ title: 'New title' });
    expect(activityUpdateInputSchema.safeParse({ status: 'done' }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['status'] });
    expect(activityUpdateInputSchema.safeParse({}).error?.issues[0]?.message).toBe('must change at least one field');
  });

  it('names an organisation listed twice, in either role', () => {
    expect(findOrganisationRepeats({ leadOrganisationIds: [iom, rco], participatingOrganisationIds: [rco] })).toEqual([
      { path: 'participatingOrganisationIds.0', message: 'names an organisation already listed' },
    ]);
    const result = activityUpdateInputSchema.safeParse({ leadOrganisationIds: [iom, iom] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['leadOrganisationIds', 1]]);
  });

  it('takes a status change with an optional note and no version', () => {
    expect(activityStatusChangeInputSchema.parse({ status: 'done', note: ' held online ' })).toEqual({ status: 'done', note: 'held online' });
    expect(activityStatusChangeInputSchema.safeParse({ status: 'done', version: 1 }).success).toBe(false);
  });
});
