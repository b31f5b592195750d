import { z } from 'zod';
import { crosswalkFitSchema } from '../crosswalk/crosswalk.js';
import { isGcmObjectiveNumber } from '../frameworks/gcm.js';
import { dataConfidenceSchema, dataNatureSchema, indicatorMeasureSchema, indicatorTargetSchema } from './indicator.js';

/**
 * The indicator-baseline dashboard of one network (`GET /api/networks/:id/indicator-dashboard`).
 *
 * An indicator's **standing** comes from the baseline that counts for it:
 * - `baseline`: it has at least one baseline that is not a data gap; the one that counts is the latest of them
 *   (highest reference year, then the most recently recorded);
 * - `gap`: it has only data gaps; the one that counts is the latest gap, and its reason goes to the register;
 * - `none`: nothing recorded yet.
 * A later data gap does not undo an established baseline: the baseline is still the one to report against.
 *
 * Coverage counts indicators, never baseline records: each indicator counts once per GCM objective it is tagged
 * with, once per SDG target any of its SDG indicator codes belongs to, and once per strategy goal it reaches.
 * Every number is counted by the database.
 */
export const indicatorStandings = ['baseline', 'gap', 'none'] as const;
export const indicatorStandingSchema = z.enum(indicatorStandings);
export type IndicatorStanding = z.infer<typeof indicatorStandingSchema>;

/** Indicators linked to a framework item, split by standing: the three counts add up to the linked count. */
export const coverageCountsSchema = z.object({
  linkedIndicatorCount: z.number().int(),
  withBaselineCount: z.number().int(),
  withGapCount: z.number().int(),
  withNeitherCount: z.number().int(),
});
export type CoverageCounts = z.infer<typeof coverageCountsSchema>;

/** One GCM objective: indicators tagged with it, and crosswalk links from the network's strategy objectives to it. */
export const gcmObjectiveCoverageSchema = coverageCountsSchema.extend({
  number: z.number().int(),
  title: z.string(),
  crosswalkLinkCount: z.number().int(),
});
export type GcmObjectiveCoverage = z.infer<typeof gcmObjectiveCoverageSchema>;

/**
 * One migration-relevant SDG target: indicators carrying any SDG indicator code of the target (once each), and
 * crosswalk links to the target itself or to one of its SDG indicators.
 */
export const sdgTargetCoverageSchema = coverageCountsSchema.extend({
  code: z.string(),
  crosswalkLinkCount: z.number().int(),
});
export type SdgTargetCoverage = z.infer<typeof sdgTargetCoverageSchema>;

/**
 * One goal of the national strategy. A goal reaches an indicator through the crosswalk: one of the goal's
 * objectives is linked to a GCM objective, and the indicator is tagged with that GCM objective
 * (strategy goal → strategy objective → crosswalk link → GCM objective ← indicator). Links to SDG targets and
 * indicators do not count here. `linkedGcmObjectiveCount` counts the distinct GCM objectives the goal is linked to.
 */
export const strategyGoalCoverageSchema = coverageCountsSchema.extend({
  goalId: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  isPlaceholder: z.boolean(),
  linkedGcmObjectiveCount: z.number().int(),
});
export type StrategyGoalCoverage = z.infer<typeof strategyGoalCoverageSchema>;

/**
 * Completeness over all the network's indicators: each indicator once, by standing. Every data gap has a reason
 * (the database refuses one without), so a gap is a justified gap. `baselineOrGapShare` is 0–1, null with no
 * indicators. The record counts count every baseline and gap row, whatever its standing.
 */
export const dashboardCompletenessSchema = z.object({
  indicatorCount: z.number().int(),
  withBaselineCount: z.number().int(),
  withGapCount: z.number().int(),
  withNeitherCount: z.number().int(),
  baselineOrGapShare: z.number().min(0).max(1).nullable(),
  baselineRecordCount: z.number().int(),
  gapRecordCount: z.number().int(),
});
export type DashboardCompleteness = z.infer<typeof dashboardCompletenessSchema>;

/**
 * Data quality of the baselines that count (one per indicator of standing `baseline`): how many lack a source,
 * a method, the nature of their data or a confidence; how they split by confidence and by nature of data (every
 * value listed, `null` for "not stated"); and how many have a reference year before `outdatedBeforeYear`
 * (the current year minus 5).
 */
export const baselineQualitySchema = z.object({
  baselineCount: z.number().int(),
  missingSourceCount: z.number().int(),
  missingMethodCount: z.number().int(),
  missingNatureOfDataCount: z.number().int(),
  missingConfidenceCount: z.number().int(),
  byConfidence: z.array(z.object({ confidence: dataConfidenceSchema.nullable(), count: z.number().int() })),
  byNatureOfData: z.array(z.object({ natureOfData: dataNatureSchema.nullable(), count: z.number().int() })),
  outdatedBeforeYear: z.number().int(),
  outdatedCount: z.number().int(),
});
export type BaselineQuality = z.infer<typeof baselineQualitySchema>;

export const dataGapEntrySchema = z.object({
  indicatorId: z.uuid(),
  code: z.string(),
  name: z.string(),
  referenceYear: z.number().int(),
  reason: z.string(),
});
export type DataGapEntry = z.infer<typeof dataGapEntrySchema>;

/**
 * The data-gap register: the indicators of standing `gap`, with their latest gap, grouped by the GCM objectives
 * they are tagged with (an indicator tagged with two objectives appears under both; one tagged with none under
 * `objective: null`). Only groups with gaps are listed, by objective number, the untagged group last.
 */
export const dataGapGroupSchema = z.object({
  objective: z.object({ number: z.number().int(), title: z.string() }).nullable(),
  gaps: z.array(dataGapEntrySchema),
});
export type DataGapGroup = z.infer<typeof dataGapGroupSchema>;

export const indicatorDashboardViewSchema = z.object({
  networkId: z.uuid(),
  /** The year "now" falls in, in the network's time zone, which the outdated-baseline count is measured from. */
  currentYear: z.number().int(),
  completeness: dashboardCompletenessSchema,
  quality: baselineQualitySchema,
  /** All 23 GCM objectives, by number. */
  gcmObjectives: z.array(gcmObjectiveCoverageSchema),
  /** Every migration-relevant SDG target, by code. */
  sdgTargets: z.array(sdgTargetCoverageSchema),
  /** The strategy's goals, by position. */
  strategyGoals: z.array(strategyGoalCoverageSchema),
  dataGapRegister: z.array(dataGapGroupSchema),
});
export type IndicatorDashboardView = z.infer<typeof indicatorDashboardViewSchema>;

/** The baseline that counts for an indicator (see the standing above): a figure or narrative, or a data gap. */
export const dashboardBaselineSchema = z.object({
  id: z.uuid(),
  isDataGap: z.boolean(),
  gapReason: z.string().nullable(),
  value: z.number().nullable(),
  narrative: z.string().nullable(),
  referenceYear: z.number().int(),
  sourceProvider: z.string().nullable(),
  natureOfData: dataNatureSchema.nullable(),
  confidence: dataConfidenceSchema.nullable(),
});
export type DashboardBaseline = z.infer<typeof dashboardBaselineSchema>;

/** `GET /api/networks/:id/indicator-dashboard/objectives/:number`: the indicators of one GCM objective, by code. */
export const gcmObjectiveDrillDownViewSchema = z.object({
  networkId: z.uuid(),
  objective: z.object({ number: z.number().int(), title: z.string() }),
  counts: coverageCountsSchema,
  indicators: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      measure: indicatorMeasureSchema,
      unit: z.string().nullable(),
      standing: indicatorStandingSchema,
      baseline: dashboardBaselineSchema.nullable(),
      baselineRecordCount: z.number().int(),
      targets: z.array(indicatorTargetSchema),
    }),
  ),
  /** The network's strategy objectives linked to this GCM objective in the crosswalk. */
  strategyLinks: z.array(
    z.object({ linkId: z.uuid(), strategyObjectiveId: z.uuid(), strategyObjectiveTitle: z.string(), goalTitle: z.string(), fit: crosswalkFitSchema }),
  ),
});
export type GcmObjectiveDrillDownView = z.infer<typeof gcmObjectiveDrillDownViewSchema>;

const objectiveNumberMessage = 'must be a GCM objective number (1–23)';

/** A GCM objective number as a path segment: plain digits only (no `0x10`, `1e1` or spaces), then 1–23. */
export const gcmObjectiveNumberParamSchema = z
  .string()
  .regex(/^[1-9][0-9]*$/, { error: objectiveNumberMessage })
  .transform(Number)
  .refine(isGcmObjectiveNumber, { error: objectiveNumberMessage });

/** The share of `part` in `whole`, 0–1, or null when there is nothing to divide by. */
export const toShare = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * A GCM objective with no link at all: no indicator tagged with it and no strategy objective linked to it in the
 * crosswalk. The dashboard makes these stand out.
 */
export const isUnlinkedObjective = (objective: Pick<GcmObjectiveCoverage, 'linkedIndicatorCount' | 'crosswalkLinkCount'>): boolean =>
  objective.linkedIndicatorCount === 0 && objective.crosswalkLinkCount === 0;
