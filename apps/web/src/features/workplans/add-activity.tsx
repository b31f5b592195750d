import type { ActivityInput } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import {
  ActivityFields,
  createActivityResolver,
  emptyActivityFormValues,
  LeadOrganisationFields,
  type ActivityFormValues,
} from '../activities/activity-form';
import { useCreateActivity } from '../activities/api';
import { organisationListQueryOptions } from '../organisations/api';

const serverFieldPaths = [
  'kind',
  'title',
  'purpose',
  'dateSpan.date',
  'dateSpan.startTime',
  'dateSpan.endTime',
  'dateSpan.timeZone',
  'dateSpan.fromMonth',
  'dateSpan.toMonth',
  'dateSpan.months',
  'leadOrganisationIds',
];

type CreateActivityFormProps = { workplanId: string; headingId: string; onCancel: () => void };

const CreateActivityForm = ({ workplanId, headingId, onCancel }: CreateActivityFormProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisations = useQuery(organisationListQueryOptions());
  const create = useCreateActivity(workplanId);
  const idempotency = useIdempotencyKey();
  const form = useForm<ActivityFormValues, unknown, ActivityInput>({
    resolver: createActivityResolver,
    defaultValues: emptyActivityFormValues(),
  });
  const { setFocus, setError, handleSubmit } = form;

  useEffect(() => setFocus('kind'), [setFocus]);

  const submit = handleSubmit((input) =>
    create.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      {
        onSuccess: (activity) => {
          idempotency.reset();
          void navigate(`/activities/${activity.id}`, { state: { notice: 'created' } });
        },
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, serverFieldPaths);
        },
      },
    ),
  );

  return (
    <FormProvider {...form}>
      <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
        {create.isError ? <ErrorState error={create.error} headingLevel={3} /> : null}
        <ActivityFields />
        {organisations.isPending ? <LoadingState label={t('activityForm.loadingOrganisations')} /> : null}
        {organisations.isError ? <ErrorState error={organisations.error} headingLevel={3} onRetry={() => void organisations.refetch()} /> : null}
        {organisations.data ? <LeadOrganisationFields organisations={organisations.data} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('activityForm.creating') : t('activityForm.create')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
};

/** For co-chairs: a button that opens the form for a new activity of this workplan. */
export const AddActivity = ({ workplanId }: { workplanId: string }) => {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  return (
    <>
      <div className="page-actions">
        <button
          type="button"
          className="button button--primary"
          aria-expanded={isOpen}
          aria-controls={isOpen ? panelId : undefined}
          onClick={() => setIsOpen((open) => !open)}
        >
          <span aria-hidden="true">+</span>
          {t('activityForm.add')}
        </button>
      </div>
      {isOpen ? (
        <section id={panelId} className="panel" aria-labelledby={headingId}>
          <h2 id={headingId}>{t('activityForm.newHeading')}</h2>
          <CreateActivityForm workplanId={workplanId} headingId={headingId} onCancel={() => setIsOpen(false)} />
        </section>
      ) : null}
    </>
  );
};
