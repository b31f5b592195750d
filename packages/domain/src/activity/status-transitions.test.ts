import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { activityStatuses, type ActivityStatus } from './activity-status.js';
import { assertStatusTransition, canTransitionStatus, getAllowedNextStatuses } from './status-transitions.js';

describe('status transitions', () => {
  it('follows planned → in progress → done', () => {
    expect(canTransitionStatus('planned', 'in_progress')).toBe(true);
    expect(canTransitionStatus('in_progress', 'done')).toBe(true);
  });

  it('lets a one-day event be marked done straight from planned', () => {
    expect(canTransitionStatus('planned', 'done')).toBe(true);
  });

  it('can postpone or cancel what has not finished, and pick it up again', () => {
    for (const from of ['planned', 'in_progress'] as const) {
      expect(canTransitionStatus(from, 'postponed')).toBe(true);
      expect(canTransitionStatus(from, 'cancelled')).toBe(true);
    }
    expect(canTransitionStatus('postponed', 'planned')).toBe(true);
    expect(canTransitionStatus('cancelled', 'planned')).toBe(true);
  });

  it('treats done as final', () => {
    expect(getAllowedNextStatuses('done')).toEqual([]);
    for (const to of activityStatuses) expect(canTransitionStatus('done', to)).toBe(false);
  });

  it('never moves backwards from in progress to planned, nor to the same status', () => {
    expect(canTransitionStatus('in_progress', 'planned')).toBe(false);
    for (const status of activityStatuses) expect(canTransitionStatus(status, status)).toBe(false);
  });

  it('throws a domain error naming the status field', () => {
    const attempt = () => assertStatusTransition('done' as ActivityStatus, 'planned');
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_status_transition', fields: [{ path: 'status' }] });
    }
  });
});
