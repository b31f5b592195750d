import {
  actionPointInputSchema,
  actionPointStatuses,
  type ActionPointInput,
  type ActionPointStatus,
  type ActionPointView,
} from '@compact-tracker/domain';
import { ConflictNotice, Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors, translateFieldError } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { formatLongDate } from '../../lib/date-time';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/i18n/use-locale';
import { organisationListQueryOptions } from '../organisations/api';
import { workplanDetailQueryOptions } from '../workplans/api';
import { actionPointKeys, actionPointsQueryOptions, useAddActionPoint, useDeleteActionPoint, useUpdateActionPoint } from './api';

type ActionPointDraft = { title: string; ownerOrganisationId: string; dueDate: string; status: ActionPointStatus; feedsActivityId: string };

const actionPointResolver = resolveThrough(zodResolver(actionPointInputSchema), (draft: ActionPointDraft) => ({
  ...draft,
  feedsActivityId: draft.feedsActivityId === '' ? null : draft.feedsActivityId,
}));

const toDraft = (actionPoint: ActionPointView | null): ActionPointDraft => ({
  title: actionPoint?.title ?? '',
  ownerOrganisationId: actionPoint?.owner.id ?? '',
  dueDate: actionPoint?.dueDate ?? '',
  status: actionPoint?.status ?? 'open',
  feedsActivityId: actionPoint?.feedsActivity?.id ?? '',
});

const fieldPaths = ['title', 'ownerOrganisationId', 'dueDate', 'status', 'feedsActivityId'];

type ActionPointFormProps = { activityId: string; workplanId: string; editing: ActionPointView | null; onClose: (notice?: string) => void };

const ActionPointForm = ({ activityId, workplanId, editing, onClose }: ActionPointFormProps) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const add = useAddActionPoint(activityId);
  const update = useUpdateActionPoint();
  const idempotency = useIdempotencyKey();
  const organisations = useQuery(organisationListQueryOptions());
  const workplan = useQuery(workplanDetailQueryOptions(workplanId));
  const headingId = useId();
  const { register, handleSubmit, setError, setFocus, formState: { errors } } = useForm<ActionPointDraft, unknown, ActionPointInput>({
    resolver: actionPointResolver,
    defaultValues: toDraft(editing),
  });
  const mutation = editing ? update : add;
  useEffect(() => setFocus('title'), [setFocus]);

  const onError = (error: unknown) => {
    if (isApiError(error)) applyServerFieldErrors(error, setError, fieldPaths);
  };
  const submit = handleSubmit((input) => {
    if (editing) {
      update.mutate({ id: editing.id, input, version: editing.version }, { onSuccess: () => onClose(t('actionPoints.saved')), onError });
    } else {
      add.mutate(
        { input, idempotencyKey: idempotency.getKeyFor(input) },
        { onSuccess: () => { idempotency.reset(); onClose(t('actionPoints.added')); }, onError },
      );
    }
  });

  return (
    <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>{editing ? t('actionPoints.editHeading') : t('actionPoints.newHeading')}</h3>
      {isVersionConflict(mutation.error) ? (
        <ConflictNotice
          title={t('conflict.title')}
          message={t('actionPoints.conflict')}
          reloadLabel={t('conflict.reload')}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: actionPointKeys.all });
            onClose();
          }}
        />
      ) : null}
      {mutation.isError && !isVersionConflict(mutation.error) ? <ErrorState error={mutation.error} headingLevel={3} /> : null}
      <Field label={t('actionPoints.title')} error={translateFieldError(t, errors.title)}>
        {(control) => <textarea {...control} {...register('title')} className="input input--wide" rows={2} required />}
      </Field>
      <div className="form__row">
        <Field label={t('actionPoints.owner')} error={translateFieldError(t, errors.ownerOrganisationId, 'choice')}>
          {(control) => (
            <select {...control} {...register('ownerOrganisationId')} className="input" required>
              <option value="" disabled>{t('form.choose')}</option>
              {(organisations.data ?? []).map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('actionPoints.dueDate')} error={translateFieldError(t, errors.dueDate, 'date')}>
          {(control) => <input {...control} {...register('dueDate')} className="input" type="date" required />}
        </Field>
        <Field label={t('actionPoints.status')} error={translateFieldError(t, errors.status, 'choice')}>
          {(control) => (
            <select {...control} {...register('status')} className="input">
              {actionPointStatuses.map((status) => <option key={status} value={status}>{t(`actionPointStatus.${status}`)}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('actionPoints.feeds')} hint={t('actionPoints.feedsHint')} error={translateFieldError(t, errors.feedsActivityId, 'choice')}>
        {(control) => (
          <select {...control} {...register('feedsActivityId')} className="input input--wide">
            <option value="">{t('form.none')}</option>
            {(workplan.data?.activities ?? []).map((activity) => <option key={activity.id} value={activity.id}>{activity.title}</option>)}
          </select>
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('form.saving') : editing ? t('form.save') : t('actionPoints.add')}
        </button>
        <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};

const DeleteActionPoint = ({ actionPoint, onDone }: { actionPoint: ActionPointView; onDone: (notice?: string) => void }) => {
  const { t } = useTranslation();
  const remove = useDeleteActionPoint();
  const queryClient = useQueryClient();
  return (
    <span className="action-point__confirm">
      {remove.isError ? (
        isVersionConflict(remove.error) ? (
          <button type="button" className="button" onClick={() => { void queryClient.invalidateQueries({ queryKey: actionPointKeys.all }); onDone(); }}>{t('conflict.reload')}</button>
        ) : (
          <span role="alert" className="field-error">{remove.error.message}</span>
        )
      ) : null}
      <button type="button" className="button button--danger" disabled={remove.isPending}
        onClick={() => remove.mutate({ id: actionPoint.id, version: actionPoint.version }, { onSuccess: () => onDone(t('actionPoints.deleted')) })}>
        {t('actionPoints.confirmDelete')}
      </button>
      <button type="button" className="button" onClick={() => onDone()}>{t('form.cancel')}</button>
    </span>
  );
};

type ActionPointsPanelProps = { activityId: string; workplanId: string; canWrite: boolean };

/** The action points this event gave rise to, with their owners and due dates; co-chairs keep them up to date. */
export const ActionPointsPanel = ({ activityId, workplanId, canWrite }: ActionPointsPanelProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const list = useQuery(actionPointsQueryOptions(workplanId));
  const [editing, setEditing] = useState<ActionPointView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = useId();
  const actionPoints = (list.data ?? []).filter((actionPoint) => actionPoint.sourceActivity.id === activityId);

  const close = (message?: string) => {
    setEditing(null);
    setDeleting(null);
    setNotice(message ?? null);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId}>{t('actionPoints.heading')}</h2>
        {canWrite && editing === null ? (
          <button type="button" className="button" onClick={() => { setNotice(null); setEditing('new'); }}>{t('actionPoints.add')}</button>
        ) : null}
      </div>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {list.isPending ? <LoadingState /> : null}
      {list.isError ? <ErrorState error={list.error} headingLevel={3} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && actionPoints.length === 0 ? <p className="muted">{t('actionPoints.none')}</p> : null}
      {actionPoints.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('actionPoints.title')}</th>
                <th scope="col">{t('actionPoints.owner')}</th>
                <th scope="col">{t('actionPoints.dueDate')}</th>
                <th scope="col">{t('actionPoints.status')}</th>
                <th scope="col">{t('actionPoints.feeds')}</th>
                {canWrite ? <th scope="col"><span className="ct-visually-hidden">{t('actionPoints.actions')}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {actionPoints.map((actionPoint) => (
                <tr key={actionPoint.id} data-overdue={actionPoint.isOverdue || undefined}>
                  <th scope="row">{actionPoint.title}</th>
                  <td>{actionPoint.owner.shortName ?? actionPoint.owner.name}</td>
                  <td>
                    <time dateTime={actionPoint.dueDate}>{formatLongDate(actionPoint.dueDate, locale)}</time>
                    {actionPoint.isOverdue ? <> <span className="ct-badge overdue-badge">{t('actionPoints.overdue')}</span></> : null}
                  </td>
                  <td><span className="action-point-status" data-status={actionPoint.status}>{t(`actionPointStatus.${actionPoint.status}`)}</span></td>
                  <td>{actionPoint.feedsActivity ? <Link to={`/activities/${actionPoint.feedsActivity.id}`}>{actionPoint.feedsActivity.title}</Link> : <span className="muted">—</span>}</td>
                  {canWrite ? (
                    <td className="data-table__actions">
                      {deleting === actionPoint.id ? (
                        <DeleteActionPoint actionPoint={actionPoint} onDone={close} />
                      ) : (
                        <>
                          <button type="button" className="button button--quiet" onClick={() => { setNotice(null); setEditing(actionPoint); }}>
                            {t('actionPoints.edit')}<span className="ct-visually-hidden">: {actionPoint.title}</span>
                          </button>
                          <button type="button" className="button button--danger-quiet" onClick={() => { setNotice(null); setDeleting(actionPoint.id); }}>
                            {t('actionPoints.delete')}<span className="ct-visually-hidden">: {actionPoint.title}</span>
                          </button>
                        </>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canWrite && editing !== null ? (
        <ActionPointForm key={editing === 'new' ? 'new' : editing.id} activityId={activityId} workplanId={workplanId} editing={editing === 'new' ? null : editing} onClose={close} />
      ) : null}
    </section>
  );
};
