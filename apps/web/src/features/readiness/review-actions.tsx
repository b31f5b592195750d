import { readinessReviewDecisionInputSchema, type ReadinessCriterionDetailView, type ReadinessReviewDecisionInput } from '@compact-tracker/domain';
import { Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { useDecideCriterion } from './api';

type ReturnDraft = { reason: string };

/** A return must say why: the domain's schema refuses an empty reason before anything is sent. */
const returnResolver = resolveThrough(zodResolver(readinessReviewDecisionInputSchema), (draft: ReturnDraft) => ({ decision: 'return', reason: draft.reason }));

const ReturnForm = ({ criterion, onClose }: { criterion: ReadinessCriterionDetailView; onClose: (notice?: string) => void }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const decide = useDecideCriterion();
  const { register, handleSubmit, setFocus, setError, formState: { errors } } = useForm<ReturnDraft, unknown, ReadinessReviewDecisionInput>({
    resolver: returnResolver,
    defaultValues: { reason: '' },
  });
  useEffect(() => setFocus('reason'), [setFocus]);
  const submit = handleSubmit((input) =>
    decide.mutate(
      { id: criterion.id, input, version: criterion.version },
      {
        onSuccess: () => onClose(t('readiness.review.returned')),
        onError: (error) => (isApiError(error) ? applyServerFieldErrors(error, setError, ['reason']) : undefined),
      },
    ),
  );
  const reasonError = errors.reason ? (errors.reason.type === 'server' ? errors.reason.message : t('readiness.review.reasonRequired')) : undefined;
  return (
    <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>{t('readiness.review.returnHeading')}</h3>
      {decide.isError ? <ErrorState error={decide.error} headingLevel={3} /> : null}
      <Field label={t('readiness.review.reason')} hint={t('readiness.review.reasonHint')} error={reasonError} isRequired requiredLabel={t('outcomes.required')}>
        {(control) => <textarea {...control} {...register('reason')} className="input input--wide" rows={3} required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={decide.isPending}>{decide.isPending ? t('form.saving') : t('readiness.review.confirmReturn')}</button>
        <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};

type ReviewActionsProps = { criterion: ReadinessCriterionDetailView; onNotice: (notice: string | null) => void };

/** An SCMI reviewer accepts the criterion, or returns it with a reason for the co-chairs to answer. */
export const ReviewActions = ({ criterion, onNotice }: ReviewActionsProps) => {
  const { t } = useTranslation();
  const decide = useDecideCriterion();
  const [isReturning, setIsReturning] = useState(false);
  const { state } = criterion.review;
  const close = (notice?: string) => {
    setIsReturning(false);
    onNotice(notice ?? null);
  };
  return (
    <div className="review-actions">
      <div className="toolbar" role="group" aria-label={t('readiness.review.actions')}>
        {state !== 'accepted' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={decide.isPending}
            onClick={() => {
              onNotice(null);
              decide.mutate({ id: criterion.id, input: { decision: 'accept' }, version: criterion.version }, { onSuccess: () => onNotice(t('readiness.review.acceptedShort')) });
            }}
          >
            {decide.isPending ? t('form.saving') : t('readiness.review.accept')}
          </button>
        ) : null}
        {state !== 'returned' && !isReturning ? (
          <button type="button" className="button button--danger-quiet" onClick={() => { onNotice(null); setIsReturning(true); }}>{t('readiness.review.return')}</button>
        ) : null}
      </div>
      {decide.isError ? <ErrorState error={decide.error} headingLevel={3} /> : null}
      {isReturning ? <ReturnForm criterion={criterion} onClose={close} /> : null}
    </div>
  );
};
