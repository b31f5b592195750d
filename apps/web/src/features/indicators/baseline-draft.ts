import {
  checkIndicatorBaseline,
  indicatorBaselineInputSchema,
  isQuantitativeMeasure,
  type DataConfidence,
  type DataNature,
  type IndicatorBaselineInput,
  type IndicatorBaselineView,
  type IndicatorView,
  type Locale,
  type ValidationIssue,
} from '@compact-tracker/domain';
import { toNestErrors } from '@hookform/resolvers';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { set, type FieldError, type Resolver } from 'react-hook-form';
import { resolveThrough } from '../../lib/form-resolver';
import { isAmbiguousNumber, readNumber } from './typed-number';

/** Numbers stay text while typed; a baseline is either a value (or narrative) or a data gap, chosen by `kind`. */
export type BaselineFormValues = {
  kind: 'value' | 'gap';
  gapReason: string;
  value: string;
  narrative: string;
  referenceYear: string;
  referenceDate: string;
  disaggregation: { dimension: string; category: string; value: string }[];
  total: string;
  area: string;
  source: { provider: string; dataset: string; link: string };
  method: string;
  natureOfData: DataNature | '';
  confidence: DataConfidence | '';
  notes: string;
};

export const emptyBaselineFormValues = (): BaselineFormValues => ({
  kind: 'value',
  gapReason: '',
  value: '',
  narrative: '',
  referenceYear: '',
  referenceDate: '',
  disaggregation: [],
  total: '',
  area: '',
  source: { provider: '', dataset: '', link: '' },
  method: '',
  natureOfData: '',
  confidence: '',
  notes: '',
});

const numberText = (value: number | null) => (value === null ? '' : String(value));

export const toBaselineFormValues = (baseline: IndicatorBaselineView): BaselineFormValues => ({
  kind: baseline.isDataGap ? 'gap' : 'value',
  gapReason: baseline.gapReason ?? '',
  value: numberText(baseline.value),
  narrative: baseline.narrative ?? '',
  referenceYear: String(baseline.referenceYear),
  referenceDate: baseline.referenceDate ?? '',
  disaggregation: baseline.disaggregation.map((entry) => ({ dimension: entry.dimension, category: entry.category, value: String(entry.value) })),
  total: numberText(baseline.total),
  area: baseline.area ?? '',
  source: { provider: baseline.source?.provider ?? '', dataset: baseline.source?.dataset ?? '', link: baseline.source?.link ?? '' },
  method: baseline.method ?? '',
  natureOfData: baseline.natureOfData ?? '',
  confidence: baseline.confidence ?? '',
  notes: baseline.notes ?? '',
});

const blankToNull = (text: string) => (text.trim() === '' ? null : text);

const readYear = (text: string, locale: Locale): number | string | undefined => (text.trim() === '' ? undefined : (readNumber(text, locale) ?? undefined));

type MeasuredIndicator = Pick<IndicatorView, 'measure' | 'disaggregationDimensions'>;

/** The request body the draft stands for: only what its kind and the indicator's measure allow, the rest cleared. */
export const toBaselineCandidate = (indicator: MeasuredIndicator, values: BaselineFormValues, locale: Locale) => {
  const source = [values.source.provider, values.source.dataset, values.source.link].every((text) => text.trim() === '')
    ? null
    : { provider: values.source.provider, dataset: blankToNull(values.source.dataset), link: blankToNull(values.source.link) };
  const common = {
    referenceYear: readYear(values.referenceYear, locale),
    referenceDate: blankToNull(values.referenceDate),
    area: blankToNull(values.area),
    source,
    method: blankToNull(values.method),
    natureOfData: values.natureOfData === '' ? null : values.natureOfData,
    confidence: values.confidence === '' ? null : values.confidence,
    notes: blankToNull(values.notes),
  };
  if (values.kind === 'gap') return { isDataGap: true, gapReason: values.gapReason, value: null, narrative: null, disaggregation: [], total: null, ...common };
  if (!isQuantitativeMeasure(indicator.measure)) {
    return { isDataGap: false, gapReason: null, value: null, narrative: values.narrative, disaggregation: [], total: null, ...common };
  }
  return {
    isDataGap: false,
    gapReason: null,
    value: readNumber(values.value, locale),
    narrative: null,
    disaggregation: values.disaggregation.map((entry) => ({ dimension: entry.dimension, category: entry.category, value: readNumber(entry.value, locale) })),
    total: readNumber(values.total, locale),
    ...common,
  };
};

/** The figures of the draft that could be read two ways: each gets its own message rather than "enter a number". */
const listAmbiguousNumberPaths = (indicator: MeasuredIndicator, values: BaselineFormValues, locale: Locale): string[] => {
  if (values.kind === 'gap' || !isQuantitativeMeasure(indicator.measure)) return [];
  const figures = [
    { path: 'value', text: values.value },
    { path: 'total', text: values.total },
    ...values.disaggregation.map((entry, index) => ({ path: `disaggregation.${index}.value`, text: entry.value })),
  ];
  return figures.filter((figure) => isAmbiguousNumber(figure.text, locale)).map((figure) => figure.path);
};

/** The indicator's own rules (measure, gap, range, dimensions), said in the reader's language where we know the rule. */
const describeRuleIssue = (t: TFunction, issue: ValidationIssue, candidate: IndicatorBaselineInput): string => {
  const { path } = issue;
  if (path === 'gapReason') return t('indicators.baselineForm.gapReasonRequired');
  if (path === 'narrative') return t('indicators.baselineForm.narrativeRequired');
  if (path === 'value' && (candidate.value === null || candidate.value === undefined)) return t('indicators.baselineForm.valueRequired');
  if (path === 'value' || path === 'total' || /^disaggregation\.\d+\.value$/.test(path)) return t('indicators.baselineForm.percentageRange');
  if (/^disaggregation\.\d+\.category$/.test(path)) return t('indicators.baselineForm.repeatedCategory');
  return issue.message;
};

/**
 * Judges the draft first by the domain's schema, then by the indicator's rules (the same the API applies), so a
 * refusal shows beside its field before anything is sent.
 */
export const createBaselineResolver =
  (t: TFunction, indicator: MeasuredIndicator, locale: Locale): Resolver<BaselineFormValues, unknown, IndicatorBaselineInput> =>
  async (values, context, options) => {
    const result = await resolveThrough(zodResolver(indicatorBaselineInputSchema), (draft: BaselineFormValues) => toBaselineCandidate(indicator, draft, locale))(values, context, options);
    // An ambiguous figure stays text, so the schema has already refused it; only its message changes.
    for (const path of listAmbiguousNumberPaths(indicator, values, locale)) set(result.errors, path, { type: 'server', message: t('indicators.baselineForm.ambiguousNumber') } satisfies FieldError);
    if (Object.keys(result.errors).length > 0) return result;
    const candidate = result.values as IndicatorBaselineInput;
    const issues = checkIndicatorBaseline(indicator, candidate);
    if (issues.length === 0) return result;
    const flat = Object.fromEntries(issues.map((issue) => [issue.path, { type: 'server', message: describeRuleIssue(t, issue, candidate) } satisfies FieldError]));
    return { values: {}, errors: toNestErrors(flat, options) };
  };

/** Every field the API may name, so its refusal lands beside the right input. */
export const listBaselineServerPaths = (values: BaselineFormValues): string[] => [
  'isDataGap',
  'gapReason',
  'value',
  'narrative',
  'referenceYear',
  'referenceDate',
  'total',
  'area',
  'source.provider',
  'source.dataset',
  'source.link',
  'method',
  'natureOfData',
  'confidence',
  'notes',
  ...values.disaggregation.flatMap((_, index) => [`disaggregation.${index}.category`, `disaggregation.${index}.value`, `disaggregation.${index}.dimension`]),
];
