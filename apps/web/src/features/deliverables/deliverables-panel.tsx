import { deliverableInputSchema, deliverableStatuses, type DeliverableInput, type DeliverableStatus, type DeliverableView } from '@compact-tracker/domain';
import { ConflictNotice, Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isVersionConflict } from '../../lib/api-client';
import { translateFieldError } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { useIdempotencyKey } from '../../lib/idempotency';
import { activityKeys } from '../activities/api';
import { useAddDeliverable, useDeleteDeliverable, useUpdateDeliverable } from './api';

type DeliverableDraft = { title: string; status: DeliverableStatus };

const deliverableResolver = resolveThrough(zodResolver(deliverableInputSchema), (draft: DeliverableDraft) => draft);

const AddDeliverableForm = ({ activityId }: { activityId: string }) => {
  const { t } = useTranslation();
  const add = useAddDeliverable(activityId);
  const idempotency = useIdempotencyKey();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<DeliverableDraft, unknown, DeliverableInput>({
    resolver: deliverableResolver,
    defaultValues: { title: '', status: 'pending' },
  });
  const submit = handleSubmit((input) =>
    add.mutate({ input, idempotencyKey: idempotency.getKeyFor(input) }, { onSuccess: () => { idempotency.reset(); reset({ title: '', status: 'pending' }); } }),
  );
  return (
    <form className="form form--inline-row" noValidate onSubmit={(event) => void submit(event)}>
      {add.isError ? <ErrorState error={add.error} headingLevel={3} /> : null}
      <div className="form__row">
        <Field label={t('deliverables.newTitle')} error={translateFieldError(t, errors.title)}>
          {(control) => <input {...control} {...register('title')} className="input input--wide" />}
        </Field>
        <Field label={t('deliverables.status')}>
          {(control) => (
            <select {...control} {...register('status')} className="input">
              {deliverableStatuses.map((status) => <option key={status} value={status}>{t(`deliverableStatus.${status}`)}</option>)}
            </select>
          )}
        </Field>
        <div className="form__actions form__actions--end">
          <button type="submit" className="button" disabled={add.isPending}>{add.isPending ? t('form.saving') : t('deliverables.add')}</button>
        </div>
      </div>
    </form>
  );
};

const EditableDeliverable = ({ activityId, deliverable }: { activityId: string; deliverable: DeliverableView }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateDeliverable(activityId);
  const remove = useDeleteDeliverable(activityId);
  const [isConfirming, setIsConfirming] = useState(false);
  // Chosen first and saved by a button: arrow keys on a closed select change it one step at a time.
  const [chosen, setChosen] = useState<DeliverableStatus>(deliverable.status);
  const selectId = useId();
  const error = update.error ?? remove.error;
  const reload = () => {
    setChosen(deliverable.status);
    update.reset();
    remove.reset();
    void queryClient.invalidateQueries({ queryKey: activityKeys.detail(activityId) });
  };
  return (
    <li className="deliverable-row">
      <span className="deliverable-row__title">{deliverable.title}</span>
      <label className="ct-visually-hidden" htmlFor={selectId}>{t('deliverables.statusOf', { title: deliverable.title })}</label>
      <select
        id={selectId}
        className="input input--compact"
        value={chosen}
        disabled={update.isPending}
        onChange={(event) => setChosen(event.target.value as DeliverableStatus)}
      >
        {deliverableStatuses.map((status) => <option key={status} value={status}>{t(`deliverableStatus.${status}`)}</option>)}
      </select>
      {chosen !== deliverable.status ? (
        <button type="button" className="button" disabled={update.isPending} onClick={() => update.mutate({ id: deliverable.id, input: { status: chosen }, version: deliverable.version })}>
          {update.isPending ? t('form.saving') : t('deliverables.saveStatus')}
          <span className="ct-visually-hidden">: {deliverable.title}</span>
        </button>
      ) : null}
      {isConfirming ? (
        <span className="deliverable-row__confirm">
          <button type="button" className="button button--danger" disabled={remove.isPending} onClick={() => remove.mutate({ id: deliverable.id, version: deliverable.version })}>
            {t('deliverables.confirmDelete')}
          </button>
          <button type="button" className="button" onClick={() => setIsConfirming(false)}>{t('form.cancel')}</button>
        </span>
      ) : (
        <button type="button" className="button button--danger-quiet" onClick={() => setIsConfirming(true)}>
          {t('deliverables.delete')}<span className="ct-visually-hidden">: {deliverable.title}</span>
        </button>
      )}
      {isVersionConflict(error) ? (
        <ConflictNotice title={t('conflict.title')} message={t('deliverables.conflict')} reloadLabel={t('conflict.reload')} onReload={reload} />
      ) : error ? (
        <ErrorState error={error} headingLevel={3} />
      ) : null}
    </li>
  );
};

type DeliverablesPanelProps = { activityId: string; deliverables: readonly DeliverableView[]; canWrite: boolean };

/** Expected deliverables, each with its own status; co-chairs add, re-status and delete them. */
export const DeliverablesPanel = ({ activityId, deliverables, canWrite }: DeliverablesPanelProps) => {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="deliverables-heading">
      <h2 id="deliverables-heading">{t('activity.expectedDeliverables')}</h2>
      {deliverables.length === 0 ? <p className="muted">{t('activity.none')}</p> : null}
      {deliverables.length > 0 && canWrite ? (
        <ul className="deliverables deliverables--editable">
          {deliverables.map((deliverable) => <EditableDeliverable key={deliverable.id} activityId={activityId} deliverable={deliverable} />)}
        </ul>
      ) : null}
      {deliverables.length > 0 && !canWrite ? (
        <ul className="deliverables">
          {deliverables.map((deliverable) => (
            <li key={deliverable.id}>
              <span>{deliverable.title}</span>
              <span className="deliverable-status" data-status={deliverable.status}>{t(`deliverableStatus.${deliverable.status}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite ? <AddDeliverableForm activityId={activityId} /> : null}
    </section>
  );
};
