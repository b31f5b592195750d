import type { BaselineView } from '@compact-tracker/domain';
import type { PlanBaselineEntity } from './plan-baseline.entity.js';

/** Needs `createdBy` loaded. */
export const toBaselineView = (baseline: PlanBaselineEntity): BaselineView => ({
  id: baseline.id,
  name: baseline.name,
  createdAt: baseline.createdAt.toISOString(),
  createdBy: baseline.createdBy ? { id: baseline.createdBy.id, displayName: baseline.createdBy.displayName } : null,
  activityCount: baseline.activities.length,
});

export const toBaselineAuditRecord = (baseline: PlanBaselineEntity): Record<string, unknown> => ({
  workplanId: baseline.workplanId,
  name: baseline.name,
  activityCount: baseline.activities.length,
});
