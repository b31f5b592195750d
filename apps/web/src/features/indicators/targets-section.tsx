import { checkIndicatorTargets, indicatorTargetsInputSchema, isQuantitativeMeasure, type IndicatorTargetsInput, type IndicatorView, type Locale } from '@compact-tracker/domain';
import { ConflictNotice, Field } from '@compact-tracker/ui';
import { toNestErrors } from '@hookform/resolvers';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useFieldArray, useForm, type FieldError, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { useLocale } from '../../lib/i18n/use-locale';
import { indicatorQueryOptions, useReplaceTargets } from './api';
import { useNumberFormat } from './number-format';
import { isAmbiguousNumber, readNumber } from './typed-number';
import { translateBaselineError } from './baseline-fields';

type TargetsFormValues = { targets: { year: string; value: string }[] };

const toTargetsFormValues = (indicator: IndicatorView): TargetsFormValues => ({
  targets: indicator.targets.map((target) => ({ year: String(target.year), value: String(target.value) })),
});

const createTargetsResolver =
  (t: TFunction, indicator: IndicatorView, locale: Locale): Resolver<TargetsFormValues, unknown, IndicatorTargetsInput> =>
  async (values, context, options) => {
    const isQuantitative = isQuantitativeMeasure(indicator.measure);
    const toCandidate = (draft: TargetsFormValues) => ({
      targets: draft.targets.map((target) => ({
        year: target.year.trim() === '' ? undefined : readNumber(target.year, locale),
        value: isQuantitative ? (readNumber(target.value, locale) ?? '') : target.value,
      })),
    });
    const result = await resolveThrough(zodResolver(indicatorTargetsInputSchema), toCandidate)(values, context, options);
    if (Object.keys(result.errors).length > 0) return result;
    const issues = checkIndicatorTargets(indicator, (result.values as IndicatorTargetsInput).targets);
    if (issues.length === 0) return result;
    const describe = (index: number) => {
      if (isQuantitative && isAmbiguousNumber(values.targets[index]?.value ?? '', locale)) return t('indicators.baselineForm.ambiguousNumber');
      return typeof (result.values as IndicatorTargetsInput).targets[index]?.value === 'number' ? t('indicators.baselineForm.percentageRange') : t('indicators.baselineForm.number');
    };
    const flat = Object.fromEntries(issues.map((issue) => [issue.path, { type: 'server', message: describe(Number(issue.path.split('.')[1])) } satisfies FieldError]));
    return { values: {}, errors: toNestErrors(flat, options) };
  };

type TargetsFormProps = { indicator: IndicatorView; headingId: string; onClose: (notice?: string) => void };

const TargetsForm = ({ indicator, headingId, onClose }: TargetsFormProps) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const replace = useReplaceTargets(indicator.id);
  const [version, setVersion] = useState(indicator.version);
  const [isReloading, setIsReloading] = useState(false);
  const { locale } = useLocale();
  const resolver = useMemo(() => createTargetsResolver(t, indicator, locale), [t, indicator, locale]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<TargetsFormValues, unknown, IndicatorTargetsInput>({ resolver, defaultValues: toTargetsFormValues(indicator) });
  const { fields, append, remove } = useFieldArray({ control, name: 'targets' });
  const isQuantitative = isQuantitativeMeasure(indicator.measure);
  const listError = errors.targets?.root ?? (errors.targets as FieldError | undefined);

  const submit = handleSubmit((input) =>
    replace.mutate(
      { input, version },
      {
        onSuccess: () => onClose(t('indicators.targets.saved')),
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, getValues().targets.flatMap((_, index) => [`targets.${index}.year`, `targets.${index}.value`]));
        },
      },
    ),
  );

  const reload = async () => {
    setIsReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...indicatorQueryOptions(indicator.id), staleTime: 0 });
      setVersion(fresh.version);
      replace.reset();
    } finally {
      setIsReloading(false);
    }
  };

  return (
    <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      {isVersionConflict(replace.error) ? (
        <ConflictNotice
          title={t('conflict.title')}
          message={t('indicators.targets.conflict')}
          reloadLabel={t('conflict.reload')}
          reloadingLabel={t('conflict.reloading')}
          isReloading={isReloading}
          onReload={() => void reload()}
        />
      ) : null}
      {replace.isError && !isVersionConflict(replace.error) ? <ErrorState error={replace.error} headingLevel={3} /> : null}
      {listError?.type ? <p className="notice notice--warning" role="alert">{t('indicators.targets.repeatedYear')}</p> : null}
      {fields.length === 0 ? <p className="muted">{t('indicators.targets.none')}</p> : null}
      {fields.map((field, index) => (
        <div key={field.id} className="form__row disaggregation__row">
          <Field label={t('indicators.targets.year', { number: index + 1 })} error={translateBaselineError(t, errors.targets?.[index]?.year, 'year')}>
            {(control) => <input {...control} {...register(`targets.${index}.year`)} className="input input--short" inputMode="numeric" required />}
          </Field>
          <Field label={t('indicators.targets.value', { number: index + 1 })} error={translateBaselineError(t, errors.targets?.[index]?.value, isQuantitative ? 'number' : 'text')}>
            {(control) => <input {...control} {...register(`targets.${index}.value`)} className={isQuantitative ? 'input input--short' : 'input input--wide'} inputMode={isQuantitative ? 'decimal' : 'text'} required />}
          </Field>
          <button type="button" className="button button--quiet disaggregation__remove" onClick={() => remove(index)}>
            {t('indicators.targets.remove', { number: index + 1 })}
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="button" onClick={() => append({ year: '', value: '' })}>{t('indicators.targets.add')}</button>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={replace.isPending}>{replace.isPending ? t('form.saving') : t('indicators.targets.save')}</button>
        <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};

/** The indicator's targets per year, beside its baselines; the expert replaces them as one list. */
export const TargetsSection = ({ indicator, canWrite }: { indicator: IndicatorView; canWrite: boolean }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const formHeadingId = useId();
  const targetsCaptionId = useId();
  const [isEditing, setIsEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const formatNumber = useNumberFormat();

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId}>{t('indicators.targets.heading')}</h2>
        {canWrite ? (
          <button
            type="button"
            className="button"
            aria-expanded={isEditing}
            onClick={() => {
              setNotice(null);
              setIsEditing((current) => !current);
            }}
          >
            {t('indicators.targets.edit')}
          </button>
        ) : null}
      </div>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {isEditing ? (
        <>
          <h3 id={formHeadingId} className="ct-visually-hidden">{t('indicators.targets.editHeading')}</h3>
          <TargetsForm
            indicator={indicator}
            headingId={formHeadingId}
            onClose={(message) => {
              setIsEditing(false);
              setNotice(message ?? null);
            }}
          />
        </>
      ) : null}
      {indicator.targets.length === 0 ? (
        <p className="muted">{t('indicators.targets.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={targetsCaptionId} tabIndex={0}>
          <table className="data-table targets-table">
            <caption id={targetsCaptionId} className="ct-visually-hidden">{t('indicators.targets.caption', { code: indicator.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.targets.yearColumn')}</th>
                <th scope="col">{indicator.unit ? t('indicators.baselines.valueIn', { unit: indicator.unit }) : t('indicators.targets.valueColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.targets.map((target) => (
                <tr key={target.year}>
                  <th scope="row">{target.year}</th>
                  <td>{typeof target.value === 'number' ? formatNumber(target.value) : target.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
