import { isActionPointOverdue, type ActionPointView } from '@compact-tracker/domain';
import { toOrganisationView } from '../organisations/organisation.mapper.js';
import type { ActionPointEntity } from './action-point.entity.js';

/** Needs `owner`, `sourceActivity` and `feedsActivity` loaded. */
export const toActionPointView = (actionPoint: ActionPointEntity, asOf: string): ActionPointView => ({
  id: actionPoint.id,
  title: actionPoint.title,
  owner: toOrganisationView(actionPoint.owner),
  dueDate: actionPoint.dueDate,
  status: actionPoint.status,
  isOverdue: isActionPointOverdue(actionPoint, asOf),
  sourceActivity: { id: actionPoint.sourceActivity.id, title: actionPoint.sourceActivity.title },
  feedsActivity: actionPoint.feedsActivity ? { id: actionPoint.feedsActivity.id, title: actionPoint.feedsActivity.title } : null,
  version: actionPoint.version,
});

/** The follow-up list's order: overdue first, then by due day, then by title. */
export const compareForFollowUp = (a: ActionPointView, b: ActionPointView): number =>
  Number(b.isOverdue) - Number(a.isOverdue) || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

export const toActionPointAuditRecord = (actionPoint: ActionPointEntity): Record<string, unknown> => ({
  sourceActivityId: actionPoint.sourceActivityId,
  title: actionPoint.title,
  owner: { id: actionPoint.owner.id, name: actionPoint.owner.shortName ?? actionPoint.owner.name },
  dueDate: actionPoint.dueDate,
  status: actionPoint.status,
  feedsActivityId: actionPoint.feedsActivityId,
});
