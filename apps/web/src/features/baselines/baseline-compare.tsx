import { baselineInputSchema, type BaselineInput } from '@compact-tracker/domain';
import { Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { formatLongDate } from '../../lib/date-time';
import { applyServerFieldErrors, translateFieldError } from '../../lib/form-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/i18n/use-locale';
import { baselineDiffQueryOptions, baselineListQueryOptions, useFreezeBaseline } from './api';
import { BaselineChanges } from './baseline-changes';
import './baselines.css';

const FreezeBaselineForm = ({ workplanId, onClose }: { workplanId: string; onClose: (notice?: string) => void }) => {
  const { t } = useTranslation();
  const freeze = useFreezeBaseline(workplanId);
  const idempotency = useIdempotencyKey();
  const headingId = useId();
  const { register, handleSubmit, setError, setFocus, formState: { errors } } = useForm<BaselineInput>({
    resolver: zodResolver(baselineInputSchema),
    defaultValues: { name: '' },
  });
  useEffect(() => setFocus('name'), [setFocus]);

  const submit = handleSubmit((input) =>
    freeze.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      {
        onSuccess: (baseline) => {
          idempotency.reset();
          onClose(t('baselines.frozen', { name: baseline.name }));
        },
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, ['name']);
        },
      },
    ),
  );

  return (
    <form className="form subpanel baseline-freeze" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>{t('baselines.freezeHeading')}</h3>
      <p className="muted">{t('baselines.freezeHint')}</p>
      {freeze.isError && !(isApiError(freeze.error) && freeze.error.fields.length > 0) ? <ErrorState error={freeze.error} headingLevel={3} /> : null}
      <Field label={t('baselines.name')} hint={t('baselines.nameHint')} error={translateFieldError(t, errors.name)}>
        {(control) => <input {...control} {...register('name')} className="input input--wide" required maxLength={200} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={freeze.isPending}>
          {freeze.isPending ? t('form.saving') : t('baselines.freezeSubmit')}
        </button>
        <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};

type BaselineCompareProps = {
  workplanId: string;
  /** The baseline chosen in the address (`?baseline=`), if any. */
  baselineId: string | undefined;
  onSelect: (baselineId: string | undefined) => void;
  canFreeze: boolean;
};

/** Plan vs baseline: co-chairs freeze the plan under a name; anyone picks a baseline and sees what changed since. */
export const BaselineCompare = ({ workplanId, baselineId, onSelect, canFreeze }: BaselineCompareProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const headingId = useId();
  const selectId = useId();
  const [isFreezing, setIsFreezing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const baselines = useQuery(baselineListQueryOptions(workplanId));
  const diff = useQuery({ ...baselineDiffQueryOptions(workplanId, baselineId ?? ''), enabled: baselineId !== undefined });

  const close = (message?: string) => {
    setIsFreezing(false);
    setNotice(message ?? null);
  };

  return (
    <section className="panel baseline-compare" aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <h2 id={headingId}>{t('baselines.heading')}</h2>
          <p className="panel__sub">{t('baselines.intro')}</p>
        </div>
        {canFreeze && !isFreezing ? (
          <button type="button" className="button" onClick={() => { setNotice(null); setIsFreezing(true); }}>{t('baselines.freeze')}</button>
        ) : null}
      </div>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {canFreeze && isFreezing ? <FreezeBaselineForm workplanId={workplanId} onClose={close} /> : null}
      {baselines.isPending ? <LoadingState /> : null}
      {baselines.isError ? <ErrorState error={baselines.error} headingLevel={3} onRetry={() => void baselines.refetch()} /> : null}
      {baselines.isSuccess && baselines.data.length === 0 ? <p className="muted">{t('baselines.none')}</p> : null}
      {baselines.isSuccess && baselines.data.length > 0 ? (
        <div className="baseline-compare__pick">
          <label htmlFor={selectId}>{t('baselines.compareWith')}</label>
          <select id={selectId} className="input" value={baselineId ?? ''} onChange={(event) => onSelect(event.target.value || undefined)}>
            <option value="">{t('baselines.noComparison')}</option>
            {baselines.data.map((baseline) => (
              <option key={baseline.id} value={baseline.id}>
                {t('baselines.option', { name: baseline.name, date: formatLongDate(baseline.createdAt.slice(0, 10), locale) })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {baselineId !== undefined && diff.isPending ? <LoadingState /> : null}
      {diff.isError ? <ErrorState error={diff.error} headingLevel={3} onRetry={() => void diff.refetch()} /> : null}
      {baselineId !== undefined && diff.isSuccess ? <BaselineChanges diff={diff.data} /> : null}
    </section>
  );
};
