import type { ActivityStatus } from '../activity/activity-status.js';
import type { DateSpan } from '../date-span/date-span.js';
import { areDateSpansEqual } from '../date-span/date-span-bounds.js';

/** What a plan says of one activity at one moment: enough to compare a baseline with today's plan. */
export type PlannedActivity = { activityId: string; title: string; status: ActivityStatus; dateSpan: DateSpan };

export type PlanChange =
  | { kind: 'added'; activityId: string; title: string; current: PlannedActivity }
  | { kind: 'dropped'; activityId: string; title: string; baseline: PlannedActivity }
  | {
      kind: 'changed';
      activityId: string;
      title: string;
      baseline: PlannedActivity;
      current: PlannedActivity;
      isMoved: boolean;
      isStatusChanged: boolean;
      isRetitled: boolean;
    };

/**
 * Compares a frozen baseline with the current plan, activity by activity (by id): what was added,
 * what was dropped, and what moved in time, changed status or was renamed. Unchanged activities are left out.
 */
export const diffPlan = (baseline: readonly PlannedActivity[], current: readonly PlannedActivity[]): PlanChange[] => {
  const baselineById = new Map(baseline.map((a) => [a.activityId, a]));
  const currentIds = new Set(current.map((a) => a.activityId));
  const changes: PlanChange[] = [];

  for (const now of current) {
    const then = baselineById.get(now.activityId);
    if (!then) {
      changes.push({ kind: 'added', activityId: now.activityId, title: now.title, current: now });
      continue;
    }
    const isMoved = !areDateSpansEqual(then.dateSpan, now.dateSpan);
    const isStatusChanged = then.status !== now.status;
    const isRetitled = then.title !== now.title;
    if (isMoved || isStatusChanged || isRetitled) {
      changes.push({ kind: 'changed', activityId: now.activityId, title: now.title, baseline: then, current: now, isMoved, isStatusChanged, isRetitled });
    }
  }
  for (const then of baseline) {
    if (!currentIds.has(then.activityId)) changes.push({ kind: 'dropped', activityId: then.activityId, title: then.title, baseline: then });
  }
  return changes;
};
