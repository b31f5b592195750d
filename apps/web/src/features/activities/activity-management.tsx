import {
  activityStatusChangeInputSchema,
  getAllowedNextStatuses,
  type ActivityDetailView,
  type ActivityStatus,
  type ActivityStatusChangeInput,
  type ActivityUpdateInput,
} from '@compact-tracker/domain';
import { ChangeList, ConflictNotice, Field, FieldGroup, type Change as ChangeRow } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeleteConfirmation } from '../../app/delete-confirmation';
import { asIs, useLoadLatest as useLoadLatestFrom } from '../../app/use-load-latest';
import { useToolPanels } from '../../app/use-tool-panels';
import { ErrorState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors, translateFieldError } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { useAuditValueFormatter } from '../history/format-audit-value';
import {
  ActivityFields,
  editActivityResolver,
  listDifferingFields,
  mergeOntoLatest,
  pickChangedFields,
  readEditableFields,
  toActivityFormValues,
  type ActivityFormValues,
} from './activity-form';
import { activityDetailQueryOptions, useChangeActivityStatus, useDeleteActivity, useUpdateActivity } from './api';

/** The activity as it is now, or undefined when that failed (the query shows why). */
const useLoadLatest = (id: string) => useLoadLatestFrom(activityDetailQueryOptions(id), asIs);

const ReloadedNotice = ({ version, changes }: { version: number; changes: ChangeRow[] }) => {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info stack" role="status">
      <p>{t('conflict.reloaded', { version })}</p>
      {changes.length > 0 ? (
        <>
          <p className="notice__label">{t('conflict.yourChanges')}</p>
          <ChangeList changes={changes} labels={{ before: t('conflict.latest'), after: t('conflict.yours'), empty: t('form.none') }} />
        </>
      ) : null}
    </div>
  );
};

type PanelProps = { activity: ActivityDetailView; headingId: string; onClose: (notice?: string) => void };

const editServerFieldPaths = ['kind', 'title', 'purpose', 'dateSpan.date', 'dateSpan.startTime', 'dateSpan.endTime', 'dateSpan.timeZone', 'dateSpan.fromMonth', 'dateSpan.toMonth', 'dateSpan.months'];

const EditActivityForm = ({ activity, headingId, onClose }: PanelProps) => {
  const { t } = useTranslation();
  const update = useUpdateActivity(activity.id);
  const latest = useLoadLatest(activity.id);
  const formatter = useAuditValueFormatter();
  // The version and values this edit started from: kept when the page's copy is refetched, so If-Match never
  // silently moves to a version the reader has not seen.
  const [startedFrom, setStartedFrom] = useState(() => ({ version: activity.version, values: toActivityFormValues(activity) }));
  const [reloaded, setReloaded] = useState<{ version: number; changes: ChangeRow[] } | null>(null);
  const form = useForm<ActivityFormValues, unknown, ActivityUpdateInput>({ resolver: editActivityResolver, defaultValues: startedFrom.values });
  const { handleSubmit, setError, setFocus, getValues, reset } = form;

  useEffect(() => setFocus('title'), [setFocus]);

  const submit = handleSubmit((input) => {
    const changes = pickChangedFields(input, startedFrom.values);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { input: changes, version: startedFrom.version },
      {
        onSuccess: () => onClose(t('activityActions.saved')),
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, editServerFieldPaths);
        },
      },
    );
  });

  const loadLatest = async () => {
    const fresh = await latest.load();
    if (!fresh) return;
    const latestValues = toActivityFormValues(fresh);
    const merged = mergeOntoLatest(getValues(), startedFrom.values, latestValues);
    const ours = readEditableFields(merged);
    const theirs = readEditableFields(latestValues);
    setStartedFrom({ version: fresh.version, values: latestValues });
    reset(merged);
    update.reset();
    setReloaded({
      version: fresh.version,
      changes: listDifferingFields(merged, latestValues).map((field) => ({
        key: field,
        label: formatter.formatField(field),
        before: formatter.formatValue(field, theirs[field]),
        after: formatter.formatValue(field, ours[field]),
      })),
    });
  };

  return (
    <FormProvider {...form}>
      <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
        {isVersionConflict(update.error) ? (
          <ConflictNotice
            title={t('conflict.title')}
            message={t('conflict.activity')}
            reloadLabel={t('conflict.reload')}
            reloadingLabel={t('conflict.reloading')}
            isReloading={latest.isLoading}
            onReload={() => void loadLatest()}
          />
        ) : null}
        {update.isError && !isVersionConflict(update.error) ? <ErrorState error={update.error} headingLevel={3} /> : null}
        {reloaded && !update.isError ? <ReloadedNotice version={reloaded.version} changes={reloaded.changes} /> : null}
        <ActivityFields />
        <FormActions isPending={update.isPending} submitLabel={t('form.save')} pendingLabel={t('form.saving')} onCancel={() => onClose()} />
      </form>
    </FormProvider>
  );
};

type StatusFormValues = { status: ActivityStatus | ''; note: string };

const statusResolver = resolveThrough(zodResolver(activityStatusChangeInputSchema), (values: StatusFormValues) => ({
  status: values.status,
  // A blank note is no note: the schema takes an absent note, never an empty one.
  ...(values.note.trim() === '' ? {} : { note: values.note }),
}));

const ChangeStatusForm = ({ activity, headingId, onClose }: PanelProps) => {
  const { t } = useTranslation();
  const change = useChangeActivityStatus(activity.id);
  const latest = useLoadLatest(activity.id);
  const [startedFrom, setStartedFrom] = useState(() => ({ version: activity.version, status: activity.status }));
  const [reloaded, setReloaded] = useState<{ version: number; changes: ChangeRow[] } | null>(null);
  const form = useForm<StatusFormValues, unknown, ActivityStatusChangeInput>({ resolver: statusResolver, defaultValues: { status: '', note: '' } });
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors },
  } = form;
  const allowed = getAllowedNextStatuses(startedFrom.status);
  const firstOptionRef = useRef<HTMLInputElement | null>(null);

  useEffect(() => firstOptionRef.current?.focus(), []);

  const submit = handleSubmit((input) =>
    change.mutate(
      { input, version: startedFrom.version },
      { onSuccess: (saved) => onClose(t('activityActions.statusChanged', { status: t(`status.${saved.status}`) })) },
    ),
  );

  const loadLatest = async () => {
    const fresh = await latest.load();
    if (!fresh) return;
    const chosen = getValues('status');
    // A status the latest version cannot move to is no longer offered; the note stays.
    if (chosen && !getAllowedNextStatuses(fresh.status).includes(chosen)) setValue('status', '');
    setStartedFrom({ version: fresh.version, status: fresh.status });
    change.reset();
    const stillChosen = getValues('status');
    setReloaded({
      version: fresh.version,
      changes: stillChosen
        ? [{ key: 'status', label: t('history.field.status'), before: t(`status.${fresh.status}`), after: t(`status.${stillChosen}`) }]
        : [],
    });
  };

  const { ref: registerRef, ...statusField } = register('status');

  return (
    <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      {isVersionConflict(change.error) ? (
        <ConflictNotice
          title={t('conflict.title')}
          message={t('conflict.activity')}
          reloadLabel={t('conflict.reload')}
          reloadingLabel={t('conflict.reloading')}
          isReloading={latest.isLoading}
          onReload={() => void loadLatest()}
        />
      ) : null}
      {change.isError && !isVersionConflict(change.error) ? <ErrorState error={change.error} headingLevel={3} /> : null}
      {reloaded && !change.isError ? <ReloadedNotice version={reloaded.version} changes={reloaded.changes} /> : null}
      <p className="muted">{t('activityActions.currentStatus', { status: t(`status.${startedFrom.status}`) })}</p>
      {allowed.length === 0 ? (
        <p>{t('activityActions.doneIsFinal')}</p>
      ) : (
        <FieldGroup legend={t('activityActions.newStatus')} error={translateFieldError(t, errors.status, 'choice')} isInline>
          {allowed.map((status, index) => (
            <label key={status} className="choice">
              <input
                type="radio"
                value={status}
                {...statusField}
                ref={(element) => {
                  registerRef(element);
                  if (index === 0) firstOptionRef.current = element;
                }}
              />
              {t(`status.${status}`)}
            </label>
          ))}
        </FieldGroup>
      )}
      <Field label={t('activityActions.note')} hint={t('activityActions.noteHint')} error={translateFieldError(t, errors.note)}>
        {(control) => <textarea {...control} {...register('note')} className="input input--wide" rows={3} />}
      </Field>
      <FormActions
        isPending={change.isPending}
        isDisabled={allowed.length === 0}
        submitLabel={t('activityActions.saveStatus')}
        pendingLabel={t('form.saving')}
        onCancel={() => onClose()}
      />
    </form>
  );
};

const DeleteActivity = ({ activity, headingId, onClose }: PanelProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteActivity(activity.id);
  const latest = useLoadLatest(activity.id);
  const [version, setVersion] = useState(activity.version);
  const [reloaded, setReloaded] = useState<number | null>(null);

  useEffect(() => document.getElementById(headingId)?.focus(), [headingId]);

  const confirm = () =>
    remove.mutate(
      { version },
      { onSuccess: () => void navigate('/', { state: { notice: 'deleted', title: activity.title } }) },
    );

  const loadLatest = async () => {
    const fresh = await latest.load();
    if (!fresh) return;
    setVersion(fresh.version);
    setReloaded(fresh.version);
    remove.reset();
  };

  return (
    <DeleteConfirmation
      className="form"
      conflictMessage={t('conflict.activityDelete')}
      isReloading={latest.isLoading}
      onReload={() => void loadLatest()}
      error={remove.error}
      notice={reloaded !== null && !remove.isError ? <ReloadedNotice version={reloaded} changes={[]} /> : null}
      body={t('activityActions.deleteBody', { title: activity.title })}
      confirmLabel={t('activityActions.confirmDelete')}
      pendingLabel={t('activityActions.deleting')}
      isPending={remove.isPending}
      onConfirm={confirm}
      onCancel={() => onClose()}
      isCancelFocused={false}
    />
  );
};

type FormActionsProps = { isPending: boolean; isDisabled?: boolean; submitLabel: string; pendingLabel: string; onCancel: () => void };

const FormActions = ({ isPending, isDisabled = false, submitLabel, pendingLabel, onCancel }: FormActionsProps) => {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={isPending || isDisabled}>
        {isPending ? pendingLabel : submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
};

type Mode = 'edit' | 'status' | 'delete';

const panels: Record<Mode, { heading: 'activityForm.editHeading' | 'activityActions.statusHeading' | 'activityActions.deleteHeading'; Panel: (props: PanelProps) => ReactNode }> = {
  edit: { heading: 'activityForm.editHeading', Panel: EditActivityForm },
  status: { heading: 'activityActions.statusHeading', Panel: ChangeStatusForm },
  delete: { heading: 'activityActions.deleteHeading', Panel: DeleteActivity },
};

/** For co-chairs: edit, move through the status rules, or delete; one panel open at a time. */
export const ActivityManagement = ({ activity }: { activity: ActivityDetailView }) => {
  const { t } = useTranslation();
  const { mode, notice, panelId, close, toolButton } = useToolPanels<Mode>();
  const headingId = useId();
  const canChangeStatus = getAllowedNextStatuses(activity.status).length > 0;

  const active = mode ? panels[mode] : null;
  return (
    <div className="manage">
      <div className="toolbar" role="group" aria-label={t('activityActions.label')}>
        {toolButton('edit', t('activityActions.edit'))}
        {canChangeStatus ? toolButton('status', t('activityActions.changeStatus')) : null}
        {toolButton('delete', t('activityActions.delete'), 'button button--danger-quiet')}
        {canChangeStatus ? null : <span className="toolbar__note">{t('activityActions.doneIsFinal')}</span>}
      </div>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {mode && active ? (
        <section id={panelId} className="panel" aria-labelledby={headingId} data-mode={mode}>
          <h2 id={headingId} tabIndex={-1}>{t(active.heading)}</h2>
          <active.Panel key={mode} activity={activity} headingId={headingId} onClose={close} />
        </section>
      ) : null}
    </div>
  );
};
