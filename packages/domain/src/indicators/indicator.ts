import { z } from 'zod';
import { gcmGuidingPrinciples, isGcmObjectiveNumber } from '../frameworks/gcm.js';
import { isMigrationSdgIndicatorCode } from '../crosswalk/crosswalk.js';

/** How an indicator is measured (IATI `measure`, SDG "Units"); policy indicators (10.7.2, MGI) take an ordinal score. */
export const indicatorMeasures = ['number', 'percentage', 'ratio', 'qualitative', 'ordinal_policy_score'] as const;
export const indicatorMeasureSchema = z.enum(indicatorMeasures);
export type IndicatorMeasure = z.infer<typeof indicatorMeasureSchema>;

/** Every measure but `qualitative` takes a numeric value. */
export const isQuantitativeMeasure = (measure: IndicatorMeasure): boolean => measure !== 'qualitative';

/** Which way is better (IATI `ascending`). */
export const improvementDirections = ['increase', 'decrease', 'none'] as const;
export const improvementDirectionSchema = z.enum(improvementDirections);
export type ImprovementDirection = z.infer<typeof improvementDirectionSchema>;

/** The SDG database's "Nature" of a figure. */
export const dataNatures = ['country', 'country_adjusted', 'estimated', 'modelled', 'global'] as const;
export const dataNatureSchema = z.enum(dataNatures);
export type DataNature = z.infer<typeof dataNatureSchema>;

export const dataConfidences = ['high', 'medium', 'low'] as const;
export const dataConfidenceSchema = z.enum(dataConfidences);
export type DataConfidence = z.infer<typeof dataConfidenceSchema>;

/** Common disaggregation dimensions (SDG DSD, GCM objective 1); others are free text. */
export const commonDisaggregationDimensions = ['sex', 'age', 'migratory_status'] as const;

const text = (max: number) => z.string().trim().min(1, { error: 'is required' }).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const dimensionNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'is required' })
  .max(60)
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'use lower-case letters, digits and underscores, e.g. migratory_status' });

const gcmPrincipleNumberMessage = `is not a GCM guiding principle number (1–${gcmGuidingPrinciples.length})`;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items.map((entry) => JSON.stringify(entry))).size === items.length, { error: 'lists an entry twice' });

const indicatorFields = {
  code: text(40),
  name: text(500),
  definition: text(5000),
  measure: indicatorMeasureSchema,
  unit: optionalText(100),
  direction: improvementDirectionSchema,
  disaggregationDimensions: uniqueList(dimensionNameSchema, 20),
  custodian: optionalText(300),
  frequency: optionalText(100),
  gcmObjectiveNumbers: uniqueList(z.number().int().refine(isGcmObjectiveNumber, { error: 'is not a GCM objective number (1–23)' }), 23),
  sdgIndicatorCodes: uniqueList(z.string().max(20).refine(isMigrationSdgIndicatorCode, { error: 'is not a seeded migration-relevant SDG indicator' }), 50),
  /** The GCM guiding principles (1–10, para 15 order) the indicator speaks to. */
  gcmPrincipleNumbers: uniqueList(
    z.number().int().min(1, { error: gcmPrincipleNumberMessage }).max(gcmGuidingPrinciples.length, { error: gcmPrincipleNumberMessage }),
    gcmGuidingPrinciples.length,
  ),
};

// Optional rather than required: absent means none, so inputs written before principle tags stay valid.
export const indicatorInputSchema = z.object({ ...indicatorFields, gcmPrincipleNumbers: indicatorFields.gcmPrincipleNumbers.optional() }).strict();
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

/** The measure is fixed once the indicator exists: its baselines and targets were checked against it. */
const { measure: _measure, ...updatableFields } = indicatorFields;
export const indicatorUpdateInputSchema = z
  .object(updatableFields)
  .partial()
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { error: 'name at least one field to change' });
export type IndicatorUpdateInput = z.infer<typeof indicatorUpdateInputSchema>;

const targetValueSchema = z.union([z.number().finite(), z.string().trim().min(1).max(2000)]);
export const indicatorTargetSchema = z.object({ year: z.number().int().min(1990).max(2100), value: targetValueSchema }).strict();
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

export const indicatorTargetsInputSchema = z
  .object({
    targets: z
      .array(indicatorTargetSchema)
      .max(100)
      .refine((targets) => new Set(targets.map((target) => target.year)).size === targets.length, { error: 'lists a year twice' }),
  })
  .strict();
export type IndicatorTargetsInput = z.infer<typeof indicatorTargetsInputSchema>;

export type ValidationIssue = { path: string; message: string };

type MeasuredIndicator = { measure: IndicatorMeasure; disaggregationDimensions: readonly string[] };

const checkMeasuredValue = (measure: IndicatorMeasure, value: number, path: string): ValidationIssue[] =>
  measure === 'percentage' && (value < 0 || value > 100) ? [{ path, message: 'is a percentage: it must be within 0–100' }] : [];

/** Targets take numbers for quantitative measures and text for qualitative ones; percentages stay within 0–100. */
export const checkIndicatorTargets = (indicator: MeasuredIndicator, targets: readonly IndicatorTarget[]): ValidationIssue[] =>
  targets.flatMap((target, index) => {
    const path = `targets.${index}.value`;
    if (isQuantitativeMeasure(indicator.measure)) {
      return typeof target.value === 'number' ? checkMeasuredValue(indicator.measure, target.value, path) : [{ path, message: `must be a number for a ${indicator.measure} indicator` }];
    }
    return typeof target.value === 'string' ? [] : [{ path, message: 'must be text for a qualitative indicator' }];
  });

export const indicatorViewSchema = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  measure: indicatorMeasureSchema,
  unit: z.string().nullable(),
  direction: improvementDirectionSchema,
  disaggregationDimensions: z.array(z.string()),
  custodian: z.string().nullable(),
  frequency: z.string().nullable(),
  gcmObjectiveNumbers: z.array(z.number().int()),
  gcmPrincipleNumbers: z.array(z.number().int()),
  sdgIndicatorCodes: z.array(z.string()),
  targets: z.array(indicatorTargetSchema),
  version: z.number().int(),
});
export type IndicatorView = z.infer<typeof indicatorViewSchema>;
