import type { IndicatorUpdateInput, IndicatorView } from '@compact-tracker/domain';
import { ConflictNotice } from '@compact-tracker/ui';
import { useEffect, useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeleteConfirmation } from '../../app/delete-confirmation';
import { asIs, useLoadLatest as useLoadLatestFrom } from '../../app/use-load-latest';
import { useToolPanels } from '../../app/use-tool-panels';
import { ErrorState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { indicatorQueryOptions, useDeleteIndicator, useUpdateIndicator } from './api';
import { editIndicatorResolver, IndicatorFields, indicatorServerFieldPaths, readIndicatorEdit, toIndicatorFormValues, type IndicatorFormValues } from './indicator-form';
import { mergeDraftOntoLatest, pickChanged } from './merge-draft';

/** The indicator as it is saved now, or undefined when that could not be loaded. */
const useLoadLatest = (id: string) => useLoadLatestFrom(indicatorQueryOptions(id), asIs);

type PanelProps = { indicator: IndicatorView; headingId: string; onClose: (notice?: string) => void };

const EditIndicatorForm = ({ indicator, headingId, onClose }: PanelProps) => {
  const { t } = useTranslation();
  const update = useUpdateIndicator(indicator.id);
  const latest = useLoadLatest(indicator.id);
  const [startedFrom, setStartedFrom] = useState(() => ({ version: indicator.version, values: toIndicatorFormValues(indicator) }));
  const [reloadedVersion, setReloadedVersion] = useState<number | null>(null);
  const form = useForm<IndicatorFormValues, unknown, IndicatorUpdateInput>({ resolver: editIndicatorResolver, defaultValues: startedFrom.values });
  const { handleSubmit, setError, setFocus, getValues, reset } = form;

  useEffect(() => setFocus('name'), [setFocus]);

  const submit = handleSubmit((input) => {
    const changes = pickChanged(input, readIndicatorEdit(startedFrom.values));
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { input: changes, version: startedFrom.version },
      {
        onSuccess: () => onClose(t('indicators.saved')),
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.status === 409) setError('code', { type: 'server', message: t('indicators.form.duplicateCode') });
          else applyServerFieldErrors(error, setError, indicatorServerFieldPaths);
        },
      },
    );
  });

  const reload = async () => {
    const fresh = await latest.load();
    if (!fresh) return;
    const latestValues = toIndicatorFormValues(fresh);
    reset(mergeDraftOntoLatest(getValues(), startedFrom.values, latestValues));
    setStartedFrom({ version: fresh.version, values: latestValues });
    setReloadedVersion(fresh.version);
    update.reset();
  };

  const isDuplicate = isApiError(update.error) && update.error.status === 409;
  return (
    <FormProvider {...form}>
      <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
        {isVersionConflict(update.error) ? (
          <ConflictNotice
            title={t('conflict.title')}
            message={t('indicators.conflict')}
            reloadLabel={t('conflict.reload')}
            reloadingLabel={t('conflict.reloading')}
            isReloading={latest.isLoading}
            onReload={() => void reload()}
          />
        ) : null}
        {update.isError && !isVersionConflict(update.error) && !isDuplicate ? <ErrorState error={update.error} headingLevel={3} /> : null}
        {reloadedVersion !== null && !update.isError ? <p className="notice notice--info" role="status">{t('conflict.reloaded', { version: reloadedVersion })}</p> : null}
        <IndicatorFields isMeasureFixed />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={update.isPending}>{update.isPending ? t('form.saving') : t('form.save')}</button>
          <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
        </div>
      </form>
    </FormProvider>
  );
};

const DeleteIndicator = ({ indicator, onClose }: PanelProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteIndicator(indicator.id);
  const latest = useLoadLatest(indicator.id);
  const [version, setVersion] = useState(indicator.version);

  const reload = async () => {
    const fresh = await latest.load();
    if (!fresh) return;
    setVersion(fresh.version);
    remove.reset();
  };

  return (
    <DeleteConfirmation
      className="form"
      conflictMessage={t('indicators.deleteConflict')}
      isReloading={latest.isLoading}
      onReload={() => void reload()}
      error={remove.error}
      body={t('indicators.deleteBody', { code: indicator.code })}
      confirmLabel={t('indicators.confirmDelete')}
      pendingLabel={t('crosswalk.deleting')}
      isPending={remove.isPending}
      onConfirm={() => remove.mutate({ version }, { onSuccess: () => void navigate('/indicators', { state: { notice: 'deleted' } }) })}
      onCancel={() => onClose()}
    />
  );
};

type Mode = 'edit' | 'delete';

/** For the expert: change the indicator's description, or delete it with its baselines; one panel at a time. */
export const IndicatorManagement = ({ indicator }: { indicator: IndicatorView }) => {
  const { t } = useTranslation();
  const { mode, notice, panelId, close, toolButton } = useToolPanels<Mode>();
  const headingId = useId();

  return (
    <div className="manage">
      <div className="toolbar" role="group" aria-label={t('indicators.tools')}>
        {toolButton('edit', t('indicators.edit'))}
        {toolButton('delete', t('indicators.delete'), 'button button--danger-quiet')}
      </div>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {mode ? (
        <section id={panelId} className="panel" aria-labelledby={headingId}>
          <h2 id={headingId} tabIndex={-1}>{t(mode === 'edit' ? 'indicators.editHeading' : 'indicators.deleteHeading')}</h2>
          {mode === 'edit' ? <EditIndicatorForm indicator={indicator} headingId={headingId} onClose={close} /> : <DeleteIndicator indicator={indicator} headingId={headingId} onClose={close} />}
        </section>
      ) : null}
    </div>
  );
};
