import { readinessCriterionInputSchema, type ReadinessCriterionInput } from '@compact-tracker/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useAddCriterion } from './api';
import { CriterionFields, toCriterionCandidate, type CriterionDraft } from './criterion-form';

const addCriterionResolver = resolveThrough(zodResolver(readinessCriterionInputSchema), toCriterionCandidate);
const fieldPaths = ['title', 'description', 'ownerOrganisationId', 'dueDate', 'status', 'evidence'] as const;

type AddCriterionFormProps = { networkId: string; onClose: (notice?: string) => void };

/** A co-chair adds a criterion backed by evidence; it starts not met unless its evidence says more. */
export const AddCriterionForm = ({ networkId, onClose }: AddCriterionFormProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const add = useAddCriterion(networkId);
  const idempotency = useIdempotencyKey();
  const form = useForm<CriterionDraft, unknown, ReadinessCriterionInput>({
    resolver: addCriterionResolver,
    defaultValues: { title: '', description: '', ownerOrganisationId: '', dueDate: '', status: 'not_met', evidence: [] },
  });
  const { setFocus } = form;
  useEffect(() => setFocus('title'), [setFocus]);
  const submit = form.handleSubmit((input) =>
    add.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      {
        onSuccess: (criterion) => {
          idempotency.reset();
          onClose(t('readiness.add.added', { title: criterion.title }));
        },
        onError: (error) => (isApiError(error) ? applyServerFieldErrors(error, form.setError, fieldPaths) : undefined),
      },
    ),
  );
  return (
    <FormProvider {...form}>
      <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
        <h3 id={headingId}>{t('readiness.add.heading')}</h3>
        {add.isError ? <ErrorState error={add.error} headingLevel={3} /> : null}
        <CriterionFields networkId={networkId} hasStatus knownEvidence={[]} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>{add.isPending ? t('form.saving') : t('readiness.add.submit')}</button>
          <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
        </div>
      </form>
    </FormProvider>
  );
};
