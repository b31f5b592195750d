import {
  commonDisaggregationDimensions,
  gcmGuidingPrinciples,
  gcmObjectives,
  improvementDirections,
  indicatorInputSchema,
  indicatorMeasures,
  indicatorUpdateInputSchema,
  migrationSdgIndicators,
  type ImprovementDirection,
  type IndicatorInput,
  type IndicatorMeasure,
  type IndicatorUpdateInput,
  type IndicatorView,
} from '@compact-tracker/domain';
import { Field, FieldGroup } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useFormContext, type FieldError, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateFieldError } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';

/** Check-box values are text; the common dimensions are boxes, any others one comma-separated line. */
export type IndicatorFormValues = {
  code: string;
  name: string;
  definition: string;
  measure: IndicatorMeasure | '';
  unit: string;
  direction: ImprovementDirection | '';
  disaggregationDimensions: string[];
  otherDimensions: string;
  custodian: string;
  frequency: string;
  gcmObjectiveNumbers: string[];
  gcmPrincipleNumbers: string[];
  sdgIndicatorCodes: string[];
};

export const emptyIndicatorFormValues = (): IndicatorFormValues => ({
  code: '',
  name: '',
  definition: '',
  measure: '',
  unit: '',
  direction: '',
  disaggregationDimensions: [],
  otherDimensions: '',
  custodian: '',
  frequency: '',
  gcmObjectiveNumbers: [],
  gcmPrincipleNumbers: [],
  sdgIndicatorCodes: [],
});

const isCommonDimension = (dimension: string) => (commonDisaggregationDimensions as readonly string[]).includes(dimension);

export const toIndicatorFormValues = (indicator: IndicatorView): IndicatorFormValues => ({
  code: indicator.code,
  name: indicator.name,
  definition: indicator.definition,
  measure: indicator.measure,
  unit: indicator.unit ?? '',
  direction: indicator.direction,
  disaggregationDimensions: indicator.disaggregationDimensions.filter(isCommonDimension),
  otherDimensions: indicator.disaggregationDimensions.filter((dimension) => !isCommonDimension(dimension)).join(', '),
  custodian: indicator.custodian ?? '',
  frequency: indicator.frequency ?? '',
  gcmObjectiveNumbers: indicator.gcmObjectiveNumbers.map(String),
  gcmPrincipleNumbers: indicator.gcmPrincipleNumbers.map(String),
  sdgIndicatorCodes: [...indicator.sdgIndicatorCodes],
});

const blankToNull = (text: string) => (text.trim() === '' ? null : text);
const sdgOrder = (code: string) => migrationSdgIndicators.findIndex((indicator) => indicator.code === code);

/** Always in one order (common dimensions first, the check boxes' order), so ticking in another order is no change. */
const toEditCandidate = (values: IndicatorFormValues) => ({
  code: values.code,
  name: values.name,
  definition: values.definition,
  unit: blankToNull(values.unit),
  direction: values.direction,
  disaggregationDimensions: [
    ...commonDisaggregationDimensions.filter((dimension) => values.disaggregationDimensions.includes(dimension)),
    ...values.otherDimensions.split(',').map((dimension) => dimension.trim()).filter((dimension) => dimension !== ''),
  ],
  custodian: blankToNull(values.custodian),
  frequency: blankToNull(values.frequency),
  gcmObjectiveNumbers: values.gcmObjectiveNumbers.map(Number).sort((a, b) => a - b),
  gcmPrincipleNumbers: values.gcmPrincipleNumbers.map(Number).sort((a, b) => a - b),
  sdgIndicatorCodes: [...values.sdgIndicatorCodes].sort((a, b) => sdgOrder(a) - sdgOrder(b)),
});

export const readIndicatorEdit = (values: IndicatorFormValues): Record<string, unknown> => toEditCandidate(values);

export const createIndicatorResolver: Resolver<IndicatorFormValues, unknown, IndicatorInput> = resolveThrough(zodResolver(indicatorInputSchema), (values: IndicatorFormValues) => ({
  ...toEditCandidate(values),
  measure: values.measure,
}));

export const editIndicatorResolver: Resolver<IndicatorFormValues, unknown, IndicatorUpdateInput> = resolveThrough(zodResolver(indicatorUpdateInputSchema), toEditCandidate);

export const indicatorServerFieldPaths = [
  'code',
  'name',
  'definition',
  'measure',
  'unit',
  'direction',
  'disaggregationDimensions',
  'custodian',
  'frequency',
  'gcmObjectiveNumbers',
  'gcmPrincipleNumbers',
  'sdgIndicatorCodes',
];

/** A list's problem is either about the whole list or about one entry; the first is shown either way. */
const firstListError = (error: unknown): FieldError | undefined =>
  Array.isArray(error) ? (error.find(Boolean) as FieldError | undefined) : (error as FieldError | undefined);

/** What an indicator asks, for the add form and (without the fixed measure) the edit form. */
export const IndicatorFields = ({ isMeasureFixed }: { isMeasureFixed: boolean }) => {
  const { t } = useTranslation();
  const idPrefix = useId();
  const {
    register,
    watch,
    formState: { errors },
  } = useFormContext<IndicatorFormValues>();
  const measure = watch('measure');
  const dimensionError = firstListError(errors.disaggregationDimensions);
  const dimensionMessage =
    dimensionError?.type === 'server'
      ? dimensionError.message
      : dimensionError?.type === 'custom'
        ? t('indicators.form.repeatedDimension')
        : dimensionError
          ? t('indicators.form.dimensionFormat')
          : undefined;

  return (
    <>
      <div className="form__row">
        <Field label={t('indicators.form.code')} hint={t('indicators.form.codeHint')} error={translateFieldError(t, errors.code)}>
          {(control) => <input {...control} {...register('code')} className="input" autoComplete="off" spellCheck={false} required />}
        </Field>
        {isMeasureFixed ? (
          <div className="ct-field">
            <span className="ct-field__label">{t('indicators.form.measure')}</span>
            <p>{measure ? t(`indicators.measure.${measure}`) : null} <span className="muted">{t('indicators.form.measureFixed')}</span></p>
          </div>
        ) : (
          <Field label={t('indicators.form.measure')} error={translateFieldError(t, errors.measure, 'choice')}>
            {(control) => (
              <select {...control} {...register('measure')} className="input" required>
                <option value="" disabled>{t('form.choose')}</option>
                {indicatorMeasures.map((option) => (
                  <option key={option} value={option}>{t(`indicators.measure.${option}`)}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('indicators.form.unit')} hint={t('indicators.form.unitHint')} error={translateFieldError(t, errors.unit)}>
          {(control) => <input {...control} {...register('unit')} className="input" />}
        </Field>
      </div>
      <Field label={t('indicators.form.name')} error={translateFieldError(t, errors.name)}>
        {(control) => <textarea {...control} {...register('name')} className="input input--wide" rows={2} required />}
      </Field>
      <Field label={t('indicators.form.definition')} hint={t('indicators.form.definitionHint')} error={translateFieldError(t, errors.definition)}>
        {(control) => <textarea {...control} {...register('definition')} className="input input--wide" rows={3} required />}
      </Field>
      <FieldGroup legend={t('indicators.form.direction')} error={translateFieldError(t, errors.direction, 'choice')} isInline>
        {improvementDirections.map((direction) => (
          <label key={direction} className="choice">
            <input type="radio" value={direction} {...register('direction')} />
            {t(`indicators.direction.${direction}`)}
          </label>
        ))}
      </FieldGroup>
      <FieldGroup legend={t('indicators.form.dimensions')} hint={t('indicators.form.dimensionsHint')} error={dimensionMessage}>
        <div className="choice-row">
          {commonDisaggregationDimensions.map((dimension) => (
            <label key={dimension} className="choice">
              <input type="checkbox" value={dimension} {...register('disaggregationDimensions')} />
              {t(`indicators.dimension.${dimension}`)}
            </label>
          ))}
        </div>
        <Field label={t('indicators.form.otherDimensions')} hint={t('indicators.form.otherDimensionsHint')}>
          {(control) => <input {...control} {...register('otherDimensions')} className="input input--wide" autoComplete="off" spellCheck={false} />}
        </Field>
      </FieldGroup>
      <div className="form__row">
        <Field label={t('indicators.form.custodian')} hint={t('indicators.form.custodianHint')} error={translateFieldError(t, errors.custodian)}>
          {(control) => <input {...control} {...register('custodian')} className="input" />}
        </Field>
        <Field label={t('indicators.form.frequency')} hint={t('indicators.form.frequencyHint')} error={translateFieldError(t, errors.frequency)}>
          {(control) => <input {...control} {...register('frequency')} className="input" />}
        </Field>
      </div>
      <div className="indicator-frameworks">
        <FieldGroup legend={t('indicators.form.gcmObjectives')} error={translateFieldError(t, firstListError(errors.gcmObjectiveNumbers), 'choice')}>
          <div className="choice-grid choice-grid--wide">
            {gcmObjectives.map((objective) => (
              <div key={objective.number} className="choice-described">
                <label className="choice">
                  <input type="checkbox" value={String(objective.number)} aria-describedby={`${idPrefix}-gcm-${objective.number}`} {...register('gcmObjectiveNumbers')} />
                  <span>{t('frameworks.gcmObjectiveNumber', { number: objective.number })}</span>
                </label>
                <span id={`${idPrefix}-gcm-${objective.number}`} className="choice-described__text">{objective.title}</span>
              </div>
            ))}
          </div>
        </FieldGroup>
        <FieldGroup legend={t('indicators.form.gcmPrinciples')} error={translateFieldError(t, firstListError(errors.gcmPrincipleNumbers), 'choice')}>
          <div className="choice-grid choice-grid--wide">
            {gcmGuidingPrinciples.map((principle, index) => (
              <div key={principle} className="choice-described">
                <label className="choice">
                  <input type="checkbox" value={String(index + 1)} aria-describedby={`${idPrefix}-principle-${index + 1}`} {...register('gcmPrincipleNumbers')} />
                  <span>{t('indicators.principleNumber', { number: index + 1 })}</span>
                </label>
                <span id={`${idPrefix}-principle-${index + 1}`} className="choice-described__text">{principle}</span>
              </div>
            ))}
          </div>
        </FieldGroup>
        <FieldGroup legend={t('indicators.form.sdgIndicators')} error={translateFieldError(t, firstListError(errors.sdgIndicatorCodes), 'choice')}>
          <div className="choice-grid choice-grid--wide">
            {migrationSdgIndicators.map((indicator) => (
              <div key={indicator.code} className="choice-described">
                <label className="choice">
                  <input type="checkbox" value={indicator.code} aria-describedby={`${idPrefix}-sdg-${indicator.code}`} {...register('sdgIndicatorCodes')} />
                  <span>{t('indicators.sdgIndicator', { code: indicator.code })}</span>
                </label>
                <span id={`${idPrefix}-sdg-${indicator.code}`} className="choice-described__text">{indicator.wording}</span>
              </div>
            ))}
          </div>
        </FieldGroup>
      </div>
    </>
  );
};
