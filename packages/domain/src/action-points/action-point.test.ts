import { describe, expect, it } from 'vitest';
import { actionPointInputSchema, isActionPointOverdue } from './action-point.js';

describe('action points', () => {
  it('are overdue only when unfinished after their due day', () => {
    expect(isActionPointOverdue({ status: 'open', dueDate: '2021-07-31' }, '2021-07-31')).toBe(false);
    expect(isActionPointOverdue({ status: 'open', dueDate: '2021-07-31' }, '2021-08-01')).toBe(true);
    expect(isActionPointOverdue({ status: 'in_progress', dueDate: '2021-07-31' }, '2021-08-01')).toBe(true);
    expect(isActionPointOverdue({ status: 'done', dueDate: '2021-07-31' }, '2021-09-01')).toBe(false);
    expect(isActionPointOverdue({ status: 'dropped', dueDate: '2021-07-31' }, '2021-09-01')).toBe(false);
  });

  it('need an owner organisation and a real due day', () => {
    const result = actionPointInputSchema.safeParse({ title: 'Share the baseline report', ownerOrganisationId: 'IOM', dueDate: '2021-06-31' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['dueDate', 'ownerOrganisationId']);
  });
});
