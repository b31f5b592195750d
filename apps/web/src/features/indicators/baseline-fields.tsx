import { dataConfidences, dataNatures, isQuantitativeMeasure, type IndicatorView } from '@compact-tracker/domain';
import { Field, FieldGroup } from '@compact-tracker/ui';
import type { TFunction } from 'i18next';
import { useFieldArray, useFormContext, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateFieldError } from '../../lib/form-errors';
import type { BaselineFormValues } from './baseline-draft';
import { useDimensionName } from './dimension-name';

type ErrorKind = 'number' | 'year' | 'date' | 'link' | 'text' | 'choice';

/** The schema's refusals in the reader's language; the indicator's rules and the API already come worded. */
export const translateBaselineError = (t: TFunction, error: FieldError | undefined, kind: ErrorKind): string | undefined => {
  if (!error) return undefined;
  if (error.type === 'server') return error.message;
  switch (kind) {
    case 'number':
      return t('indicators.baselineForm.number');
    case 'year':
      return t('indicators.baselineForm.year');
    case 'date':
      return error.type === 'custom' ? t('indicators.baselineForm.dateInYear') : t('validation.date');
    case 'link':
      return error.type === 'too_big' ? t('validation.tooLong') : t('indicators.baselineForm.linkInvalid');
    case 'choice':
      return translateFieldError(t, error, 'choice');
    case 'text':
      return translateFieldError(t, error);
  }
};

const DisaggregationFields = ({ indicator }: { indicator: IndicatorView }) => {
  const { t } = useTranslation();
  const dimensionName = useDimensionName();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<BaselineFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'disaggregation' });

  return (
    <div className="disaggregation">
      {indicator.disaggregationDimensions.map((dimension) => {
        const rows = fields.map((field, index) => ({ field, index })).filter(({ field }) => field.dimension === dimension);
        return (
          <FieldGroup key={dimension} legend={t('indicators.baselineForm.byDimension', { dimension: dimensionName(dimension) })}>
            {rows.length === 0 ? <p className="muted">{t('indicators.baselineForm.noCategories')}</p> : null}
            {rows.map(({ field, index }, position) => {
              const rowErrors = errors.disaggregation?.[index];
              return (
                <div key={field.id} className="form__row disaggregation__row">
                  <Field label={t('indicators.baselineForm.category', { number: position + 1 })} error={translateBaselineError(t, rowErrors?.category ?? rowErrors?.dimension, 'text')}>
                    {(control) => <input {...control} {...register(`disaggregation.${index}.category`)} className="input" required />}
                  </Field>
                  <Field label={t('indicators.baselineForm.categoryValue', { number: position + 1 })} error={translateBaselineError(t, rowErrors?.value, 'number')}>
                    {(control) => <input {...control} {...register(`disaggregation.${index}.value`)} className="input input--short" inputMode="decimal" required />}
                  </Field>
                  <button type="button" className="button button--quiet disaggregation__remove" onClick={() => remove(index)}>
                    {t('indicators.baselineForm.removeCategory', { number: position + 1, dimension: dimensionName(dimension) })}
                  </button>
                </div>
              );
            })}
            <div>
              <button type="button" className="button" onClick={() => append({ dimension, category: '', value: '' })}>
                {t('indicators.baselineForm.addCategory', { dimension: dimensionName(dimension) })}
              </button>
            </div>
          </FieldGroup>
        );
      })}
    </div>
  );
};

/** A baseline's fields, shaped by its indicator: a number or a narrative by measure, categories per dimension. */
export const BaselineFields = ({ indicator }: { indicator: IndicatorView }) => {
  const { t } = useTranslation();
  const {
    register,
    watch,
    formState: { errors },
  } = useFormContext<BaselineFormValues>();
  const kind = watch('kind');
  const isQuantitative = isQuantitativeMeasure(indicator.measure);
  const valueHint = [
    indicator.unit ? t('indicators.baselineForm.inUnit', { unit: indicator.unit }) : null,
    indicator.measure === 'percentage' ? t('indicators.baselineForm.percentageHint') : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <FieldGroup legend={t('indicators.baselineForm.kind')} isInline>
        <label className="choice">
          <input type="radio" value="value" {...register('kind')} />
          {isQuantitative ? t('indicators.baselineForm.kindValue') : t('indicators.baselineForm.kindNarrative')}
        </label>
        <label className="choice">
          <input type="radio" value="gap" {...register('kind')} />
          {t('indicators.baselineForm.kindGap')}
        </label>
      </FieldGroup>
      <div className="form__row">
        <Field label={t('indicators.baselineForm.referenceYear')} error={translateBaselineError(t, errors.referenceYear, 'year')}>
          {(control) => <input {...control} {...register('referenceYear')} className="input input--short" inputMode="numeric" autoComplete="off" required />}
        </Field>
        <Field label={t('indicators.baselineForm.referenceDate')} hint={t('indicators.baselineForm.referenceDateHint')} error={translateBaselineError(t, errors.referenceDate, 'date')}>
          {(control) => <input {...control} {...register('referenceDate')} className="input" type="date" />}
        </Field>
        <Field label={t('indicators.baselineForm.area')} hint={t('indicators.baselineForm.areaHint')} error={translateBaselineError(t, errors.area, 'text')}>
          {(control) => <input {...control} {...register('area')} className="input" />}
        </Field>
      </div>
      {kind === 'gap' ? (
        <Field label={t('indicators.baselineForm.gapReason')} hint={t('indicators.baselineForm.gapReasonHint')} error={translateBaselineError(t, errors.gapReason, 'text')}>
          {(control) => <textarea {...control} {...register('gapReason')} className="input input--wide" rows={3} required />}
        </Field>
      ) : isQuantitative ? (
        <>
          <div className="form__row">
            <Field label={t('indicators.baselineForm.value')} {...(valueHint ? { hint: valueHint } : {})} error={translateBaselineError(t, errors.value, 'number')}>
              {(control) => <input {...control} {...register('value')} className="input" inputMode="decimal" autoComplete="off" required />}
            </Field>
          </div>
          {indicator.disaggregationDimensions.length > 0 ? (
            <div className="subpanel stack">
              <h4>{t('indicators.baselineForm.disaggregation')}</h4>
              <DisaggregationFields indicator={indicator} />
              <Field label={t('indicators.baselineForm.total')} hint={t('indicators.baselineForm.totalHint')} error={translateBaselineError(t, errors.total, 'number')}>
                {(control) => <input {...control} {...register('total')} className="input input--short" inputMode="decimal" autoComplete="off" />}
              </Field>
            </div>
          ) : null}
        </>
      ) : (
        <Field label={t('indicators.baselineForm.narrative')} hint={t('indicators.baselineForm.narrativeHint')} error={translateBaselineError(t, errors.narrative, 'text')}>
          {(control) => <textarea {...control} {...register('narrative')} className="input input--wide" rows={4} required />}
        </Field>
      )}
      <FieldGroup legend={t('indicators.baselineForm.source')}>
        <div className="form__row">
          <Field label={t('indicators.baselineForm.provider')} hint={t('indicators.baselineForm.providerHint')} error={translateBaselineError(t, errors.source?.provider, 'text')}>
            {(control) => <input {...control} {...register('source.provider')} className="input" />}
          </Field>
          <Field label={t('indicators.baselineForm.dataset')} error={translateBaselineError(t, errors.source?.dataset, 'text')}>
            {(control) => <input {...control} {...register('source.dataset')} className="input" />}
          </Field>
          <Field label={t('indicators.baselineForm.link')} hint={t('indicators.baselineForm.linkHint')} error={translateBaselineError(t, errors.source?.link, 'link')}>
            {(control) => <input {...control} {...register('source.link')} className="input" type="url" inputMode="url" />}
          </Field>
        </div>
      </FieldGroup>
      <Field label={t('indicators.baselineForm.method')} error={translateBaselineError(t, errors.method, 'text')}>
        {(control) => <textarea {...control} {...register('method')} className="input input--wide" rows={2} />}
      </Field>
      <div className="form__row">
        <Field label={t('indicators.baselineForm.natureOfData')} error={translateBaselineError(t, errors.natureOfData, 'choice')}>
          {(control) => (
            <select {...control} {...register('natureOfData')} className="input">
              <option value="">{t('indicators.baselineForm.notSaid')}</option>
              {dataNatures.map((nature) => <option key={nature} value={nature}>{t(`indicators.nature.${nature}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('indicators.baselineForm.confidence')} error={translateBaselineError(t, errors.confidence, 'choice')}>
          {(control) => (
            <select {...control} {...register('confidence')} className="input">
              <option value="">{t('indicators.baselineForm.notSaid')}</option>
              {dataConfidences.map((confidence) => <option key={confidence} value={confidence}>{t(`indicators.confidence.${confidence}`)}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('indicators.baselineForm.notes')} error={translateBaselineError(t, errors.notes, 'text')}>
        {(control) => <textarea {...control} {...register('notes')} className="input input--wide" rows={2} />}
      </Field>
    </>
  );
};
