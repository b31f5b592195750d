import { z } from 'zod';
import { dataConfidenceSchema, dataNatureSchema, isQuantitativeMeasure, type IndicatorMeasure, type ValidationIssue } from './indicator.js';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const disaggregationValueSchema = z
  .object({ dimension: z.string().trim().min(1).max(60), category: z.string().trim().min(1).max(100), value: z.number().finite() })
  .strict();
export type DisaggregationValue = z.infer<typeof disaggregationValueSchema>;

export const baselineSourceSchema = z
  .object({ provider: z.string().trim().min(1, { error: 'is required' }).max(300), dataset: optionalText(300), link: z.url({ protocol: /^https?$/ }).max(2000).nullable().optional() })
  .strict();
export type BaselineSource = z.infer<typeof baselineSourceSchema>;

const isoDateSchema = z.iso.date();

/** The fields of a baseline; which of value, narrative and gap reason it needs depends on its indicator's measure. */
const indicatorBaselineFields = {
  isDataGap: z.boolean().optional(),
  gapReason: optionalText(2000),
  value: z.number().finite().nullable().optional(),
  narrative: optionalText(5000),
  referenceYear: z.number().int().min(1990).max(2100),
  referenceDate: isoDateSchema.nullable().optional(),
  disaggregation: z.array(disaggregationValueSchema).max(500).optional(),
  total: z.number().finite().nullable().optional(),
  area: optionalText(200),
  source: baselineSourceSchema.nullable().optional(),
  method: optionalText(5000),
  natureOfData: dataNatureSchema.nullable().optional(),
  confidence: dataConfidenceSchema.nullable().optional(),
  notes: optionalText(5000),
};

const checkReferenceDate = (input: { referenceYear?: number; referenceDate?: string | null | undefined }, context: z.RefinementCtx) => {
  if (input.referenceDate && input.referenceYear !== undefined && !input.referenceDate.startsWith(`${input.referenceYear}-`)) {
    context.addIssue({ code: 'custom', path: ['referenceDate'], message: `must fall within the reference year ${input.referenceYear}` });
  }
};

export const indicatorBaselineInputSchema = z.object(indicatorBaselineFields).strict().superRefine(checkReferenceDate);
export type IndicatorBaselineInput = z.infer<typeof indicatorBaselineInputSchema>;

export const indicatorBaselineUpdateInputSchema = z
  .object(indicatorBaselineFields)
  .partial()
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { error: 'name at least one field to change' });
export type IndicatorBaselineUpdateInput = z.infer<typeof indicatorBaselineUpdateInputSchema>;

type MeasuredIndicator = { measure: IndicatorMeasure; disaggregationDimensions: readonly string[] };

const isBlank = (text: string | null | undefined): boolean => text === undefined || text === null || text.trim() === '';

/**
 * The rules a baseline must meet for its indicator: a quantitative measure takes a numeric `value` and no narrative,
 * a qualitative one a `narrative` and no number; percentages stay within 0–100; a data gap names its reason and
 * carries no value; disaggregation only for the indicator's dimensions.
 */
export const checkIndicatorBaseline = (indicator: MeasuredIndicator, input: IndicatorBaselineInput): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const hasValue = input.value !== undefined && input.value !== null;
  const disaggregation = input.disaggregation ?? [];
  const hasTotal = input.total !== undefined && input.total !== null;
  if (input.isDataGap) {
    if (isBlank(input.gapReason)) issues.push({ path: 'gapReason', message: 'is required for a data gap: say why there is no baseline' });
    if (hasValue) issues.push({ path: 'value', message: 'is not allowed on a data gap' });
    if (!isBlank(input.narrative)) issues.push({ path: 'narrative', message: 'is not allowed on a data gap' });
    if (disaggregation.length > 0) issues.push({ path: 'disaggregation', message: 'is not allowed on a data gap' });
    if (hasTotal) issues.push({ path: 'total', message: 'is not allowed on a data gap' });
    return issues;
  }
  if (!isBlank(input.gapReason)) issues.push({ path: 'gapReason', message: 'is only for a data gap (isDataGap: true)' });
  if (isQuantitativeMeasure(indicator.measure)) {
    if (!hasValue) issues.push({ path: 'value', message: `is required: a ${indicator.measure} indicator takes a number (or record a data gap)` });
    if (!isBlank(input.narrative)) issues.push({ path: 'narrative', message: `is not allowed: a ${indicator.measure} indicator takes a numeric value` });
  } else {
    if (hasValue) issues.push({ path: 'value', message: 'is not allowed: a qualitative indicator takes a narrative, not a number' });
    if (isBlank(input.narrative)) issues.push({ path: 'narrative', message: 'is required: a qualitative indicator takes a narrative (or record a data gap)' });
    if (disaggregation.length > 0) issues.push({ path: 'disaggregation', message: 'is not allowed on a qualitative indicator' });
    if (hasTotal) issues.push({ path: 'total', message: 'is not allowed on a qualitative indicator' });
  }
  const checkRange = (value: number, path: string) => {
    if (indicator.measure === 'percentage' && (value < 0 || value > 100)) issues.push({ path, message: 'is a percentage: it must be within 0–100' });
  };
  if (hasValue) checkRange(input.value as number, 'value');
  if (hasTotal) checkRange(input.total as number, 'total');
  const seen = new Set<string>();
  disaggregation.forEach((entry, index) => {
    if (!indicator.disaggregationDimensions.includes(entry.dimension)) {
      issues.push({ path: `disaggregation.${index}.dimension`, message: `is not a disaggregation dimension of this indicator (it has: ${indicator.disaggregationDimensions.join(', ') || 'none'})` });
    }
    const key = `${entry.dimension}\u0000${entry.category}`;
    if (seen.has(key)) issues.push({ path: `disaggregation.${index}.category`, message: 'lists this dimension and category twice' });
    seen.add(key);
    checkRange(entry.value, `disaggregation.${index}.value`);
  });
  return issues;
};

export const indicatorBaselineViewSchema = z.object({
  id: z.uuid(),
  indicatorId: z.uuid(),
  isDataGap: z.boolean(),
  gapReason: z.string().nullable(),
  value: z.number().nullable(),
  narrative: z.string().nullable(),
  referenceYear: z.number().int(),
  referenceDate: z.string().nullable(),
  disaggregation: z.array(disaggregationValueSchema),
  total: z.number().nullable(),
  area: z.string().nullable(),
  source: z.object({ provider: z.string(), dataset: z.string().nullable(), link: z.string().nullable() }).nullable(),
  method: z.string().nullable(),
  natureOfData: dataNatureSchema.nullable(),
  confidence: dataConfidenceSchema.nullable(),
  notes: z.string().nullable(),
  recordedBy: z.object({ userId: z.uuid().nullable(), displayName: z.string().nullable() }),
  recordedAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type IndicatorBaselineView = z.infer<typeof indicatorBaselineViewSchema>;
