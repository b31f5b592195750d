import { z } from 'zod';
import { deliverableStatusSchema } from '../activity/activity.js';
import { activityStatusSchema } from '../activity/activity-status.js';

const count = z.number().int().min(0);

/** The source activity or deliverable as it stood; null when it no longer exists (or did not yet). */
export const readinessActivityFigureSchema = z.object({ id: z.uuid(), title: z.string(), status: activityStatusSchema });
export const readinessDeliverableFigureSchema = z.object({ id: z.uuid(), title: z.string(), status: deliverableStatusSchema });

/**
 * The figures that explain a criterion's status, e.g. "17 of 23 objectives linked". The web app and the report word
 * them in the reader's language from these numbers.
 */
export const readinessFiguresSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity_done'), activity: readinessActivityFigureSchema.nullable() }),
  z.object({
    kind: z.literal('activity_and_deliverable_done'),
    activity: readinessActivityFigureSchema.nullable(),
    deliverable: readinessDeliverableFigureSchema.nullable(),
  }),
  z.object({
    kind: z.literal('crosswalk_gcm_coverage'),
    /** GCM objectives linked to at least one strategy objective of the network. */
    linkedObjectiveCount: count,
    objectiveCount: count,
    unlinkedObjectiveNumbers: z.array(z.number().int()),
  }),
  z.object({
    kind: z.literal('indicator_baselines'),
    /** Indicators tagged with at least one GCM objective. */
    alignedIndicatorCount: count,
    /** Aligned indicators with at least one baseline value or narrative. */
    withBaselineCount: count,
    /** Aligned indicators with no baseline but a data gap recorded with its reason. */
    withDataGapCount: count,
    /** Aligned indicators with neither. */
    withoutBaselineCount: count,
  }),
  z.object({ kind: z.literal('evidence'), evidenceCount: count }),
]);
export type ReadinessFigures = z.infer<typeof readinessFiguresSchema>;
export type ComputedReadinessFigures = Exclude<ReadinessFigures, { kind: 'evidence' }>;
