import { getDateSpanBounds } from '../date-span/date-span-bounds.js';
import type { DateSpan } from '../date-span/date-span.js';
import type { ActivityStatus } from './activity-status.js';

export const qualityFlagCodes = ['still_planned_after_start', 'done_before_end'] as const;
export type QualityFlagCode = (typeof qualityFlagCodes)[number];

/**
 * Status-against-dates checks, as of a calendar day. For an undecided span only what is certain
 * is flagged: "still planned" once even the latest possible start has passed, "done early" only
 * before even the earliest possible end.
 */
export const getQualityFlags = (
  activity: { status: ActivityStatus; dateSpan: DateSpan },
  asOfDay: string,
): QualityFlagCode[] => {
  const bounds = getDateSpanBounds(activity.dateSpan);
  const flags: QualityFlagCode[] = [];
  if (activity.status === 'planned' && asOfDay > bounds.latestStart) flags.push('still_planned_after_start');
  if (activity.status === 'done' && asOfDay < bounds.earliestEnd) flags.push('done_before_end');
  return flags;
};
