import { DomainError } from '../errors/domain-error.js';
import type { ActivityStatus } from './activity-status.js';

/**
 * Where an activity may go next. A one-day event may be marked done straight from planned;
 * done is final; a cancelled or postponed activity can be picked up again as planned.
 */
const allowedNextStatuses: Record<ActivityStatus, readonly ActivityStatus[]> = {
  planned: ['in_progress', 'done', 'postponed', 'cancelled'],
  in_progress: ['done', 'postponed', 'cancelled'],
  postponed: ['planned', 'in_progress', 'cancelled'],
  cancelled: ['planned'],
  done: [],
};

export const getAllowedNextStatuses = (from: ActivityStatus): readonly ActivityStatus[] => allowedNextStatuses[from];

export const canTransitionStatus = (from: ActivityStatus, to: ActivityStatus): boolean => allowedNextStatuses[from].includes(to);

export const assertStatusTransition = (from: ActivityStatus, to: ActivityStatus): void => {
  if (!canTransitionStatus(from, to)) {
    throw new DomainError('invalid_status_transition', `An activity cannot go from ${from} to ${to}`, [
      { path: 'status', message: `allowed from ${from}: ${allowedNextStatuses[from].join(', ') || 'none'}` },
    ]);
  }
};
