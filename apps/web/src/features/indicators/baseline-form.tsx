import type { IndicatorBaselineInput, IndicatorBaselineView, IndicatorView } from '@compact-tracker/domain';
import { ConflictNotice } from '@compact-tracker/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { baselineListQueryOptions, useCreateBaseline, useUpdateBaseline } from './api';
import { useLocale } from '../../lib/i18n/use-locale';
import { createBaselineResolver, emptyBaselineFormValues, listBaselineServerPaths, toBaselineFormValues, type BaselineFormValues } from './baseline-draft';
import { BaselineFields } from './baseline-fields';
import { mergeDraftOntoLatest } from './merge-draft';

type FormActionsProps = { isPending: boolean; submitLabel: string; onCancel: () => void };

const FormActions = ({ isPending, submitLabel, onCancel }: FormActionsProps) => {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={isPending}>{isPending ? t('form.saving') : submitLabel}</button>
      <button type="button" className="button" onClick={onCancel}>{t('form.cancel')}</button>
    </div>
  );
};

type NewBaselineProps = { indicator: IndicatorView; headingId: string; onClose: (notice?: string) => void };

/** Records a baseline of the indicator, or a data gap with its reason. */
export const NewBaselineForm = ({ indicator, headingId, onClose }: NewBaselineProps) => {
  const { t } = useTranslation();
  const create = useCreateBaseline(indicator.id);
  const idempotency = useIdempotencyKey();
  const { locale } = useLocale();
  const resolver = useMemo(() => createBaselineResolver(t, indicator, locale), [t, indicator, locale]);
  const form = useForm<BaselineFormValues, unknown, IndicatorBaselineInput>({ resolver, defaultValues: emptyBaselineFormValues() });
  const { handleSubmit, setError, setFocus, getValues } = form;

  useEffect(() => setFocus('referenceYear'), [setFocus]);

  const submit = handleSubmit((input) =>
    create.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      {
        onSuccess: (baseline) => {
          idempotency.reset();
          onClose(baseline.isDataGap ? t('indicators.baselines.gapRecorded', { year: baseline.referenceYear }) : t('indicators.baselines.recorded', { year: baseline.referenceYear }));
        },
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, listBaselineServerPaths(getValues()));
        },
      },
    ),
  );

  return (
    <FormProvider {...form}>
      <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
        {create.isError ? <ErrorState error={create.error} headingLevel={3} /> : null}
        <BaselineFields indicator={indicator} />
        <FormActions isPending={create.isPending} submitLabel={t('indicators.baselines.save')} onCancel={() => onClose()} />
      </form>
    </FormProvider>
  );
};

type EditBaselineProps = { indicator: IndicatorView; baseline: IndicatorBaselineView; headingId: string; onClose: (notice?: string) => void };

export const EditBaselineForm = ({ indicator, baseline, headingId, onClose }: EditBaselineProps) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateBaseline(indicator.id);
  const { locale } = useLocale();
  const resolver = useMemo(() => createBaselineResolver(t, indicator, locale), [t, indicator, locale]);
  // What this edit started from: a refetch of the page keeps it, so If-Match never moves to a version unseen.
  const [startedFrom, setStartedFrom] = useState(() => ({ version: baseline.version, values: toBaselineFormValues(baseline) }));
  const [isReloading, setIsReloading] = useState(false);
  const [reloadedVersion, setReloadedVersion] = useState<number | null>(null);
  const form = useForm<BaselineFormValues, unknown, IndicatorBaselineInput>({ resolver, defaultValues: startedFrom.values });
  const { handleSubmit, setError, setFocus, getValues, reset } = form;

  useEffect(() => setFocus('referenceYear'), [setFocus]);

  const submit = handleSubmit((input) =>
    update.mutate(
      { id: baseline.id, input, version: startedFrom.version },
      {
        onSuccess: () => onClose(t('indicators.baselines.saved')),
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, listBaselineServerPaths(getValues()));
        },
      },
    ),
  );

  const reload = async () => {
    setIsReloading(true);
    try {
      const list = await queryClient.fetchQuery({ ...baselineListQueryOptions(indicator.id), staleTime: 0 });
      const fresh = list.find((candidate) => candidate.id === baseline.id);
      if (!fresh) return onClose(t('indicators.baselines.gone'));
      const latestValues = toBaselineFormValues(fresh);
      reset(mergeDraftOntoLatest(getValues(), startedFrom.values, latestValues));
      setStartedFrom({ version: fresh.version, values: latestValues });
      setReloadedVersion(fresh.version);
      update.reset();
    } finally {
      setIsReloading(false);
    }
  };

  return (
    <FormProvider {...form}>
      <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
        {isVersionConflict(update.error) ? (
          <ConflictNotice
            title={t('conflict.title')}
            message={t('indicators.baselines.conflict')}
            reloadLabel={t('conflict.reload')}
            reloadingLabel={t('conflict.reloading')}
            isReloading={isReloading}
            onReload={() => void reload()}
          />
        ) : null}
        {update.isError && !isVersionConflict(update.error) ? <ErrorState error={update.error} headingLevel={3} /> : null}
        {reloadedVersion !== null && !update.isError ? <p className="notice notice--info" role="status">{t('conflict.reloaded', { version: reloadedVersion })}</p> : null}
        <BaselineFields indicator={indicator} />
        <FormActions isPending={update.isPending} submitLabel={t('form.save')} onCancel={() => onClose()} />
      </form>
    </FormProvider>
  );
};
