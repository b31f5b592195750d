import { readinessCriterionUpdateInputSchema, type ReadinessCriterionDetailView, type ReadinessCriterionUpdateInput } from '@compact-tracker/domain';
import { ConflictNotice } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { readinessKeys, useUpdateCriterion } from './api';
import { CriterionFields, toCriterionCandidate, toCriterionDraft, type CriterionDraft } from './criterion-form';

const fieldPaths = ['title', 'description', 'ownerOrganisationId', 'dueDate', 'status', 'evidence'] as const;
const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what the co-chair changed travels, so a save never rewrites a field someone else changed meanwhile; a
 * computed criterion never sends a status (live data sets it).
 */
const toChangedFields = (draft: CriterionDraft, base: CriterionDraft, hasStatus: boolean) => {
  const ours = toCriterionCandidate(draft);
  const theirs = toCriterionCandidate(base);
  return Object.fromEntries(
    Object.entries(ours).filter(([field, value]) => (field !== 'status' || hasStatus) && !isSame(value, theirs[field as keyof typeof theirs])),
  );
};

type EditCriterionFormProps = { criterion: ReadinessCriterionDetailView; onClose: (notice?: string) => void };

/** A co-chair changes a criterion's wording, owner, due date, evidence, and an evidence-based one's status. */
export const EditCriterionForm = ({ criterion, onClose }: EditCriterionFormProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const update = useUpdateCriterion(criterion.id);
  const base = toCriterionDraft(criterion);
  const hasStatus = criterion.kind === 'evidence';
  const form = useForm<CriterionDraft, unknown, ReadinessCriterionUpdateInput>({
    resolver: resolveThrough(zodResolver(readinessCriterionUpdateInputSchema), (draft: CriterionDraft) => toChangedFields(draft, base, hasStatus)),
    defaultValues: base,
  });
  const submit = form.handleSubmit((input) =>
    update.mutate(
      { input, version: criterion.version },
      {
        onSuccess: () => onClose(t('readiness.edit.saved')),
        onError: (error) => (isApiError(error) ? applyServerFieldErrors(error, form.setError, fieldPaths) : undefined),
      },
    ),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (Object.keys(toChangedFields(form.getValues(), base, hasStatus)).length > 0) return void submit(event);
    // The API refuses an update that changes nothing; there is nothing to send.
    event.preventDefault();
    onClose(t('readiness.edit.nothingChanged'));
  };
  return (
    <FormProvider {...form}>
      <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={onSubmit}>
        <h3 id={headingId}>{t('readiness.edit.heading')}</h3>
        {isVersionConflict(update.error) ? (
          <ConflictNotice
            title={t('conflict.title')}
            message={t('readiness.conflict')}
            reloadLabel={t('conflict.reload')}
            onReload={() => {
              update.reset();
              void queryClient.invalidateQueries({ queryKey: readinessKeys.all });
              onClose();
            }}
          />
        ) : null}
        {update.isError && !isVersionConflict(update.error) ? <ErrorState error={update.error} headingLevel={3} /> : null}
        <CriterionFields networkId={criterion.networkId} hasStatus={hasStatus} knownEvidence={criterion.evidence} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={update.isPending}>{update.isPending ? t('form.saving') : t('form.save')}</button>
          <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
        </div>
      </form>
    </FormProvider>
  );
};
