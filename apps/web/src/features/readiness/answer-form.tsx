import { readinessAnswerInputSchema, type ReadinessAnswerInput, type ReadinessCriterionDetailView } from '@compact-tracker/domain';
import { Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { useAnswerCriterion } from './api';

type AnswerFormProps = { criterion: ReadinessCriterionDetailView; onNotice: (notice: string | null) => void };

/** A co-chair answers a returned criterion, which opens it again for the reviewer. */
export const AnswerForm = ({ criterion, onNotice }: AnswerFormProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const answer = useAnswerCriterion(criterion.id);
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<ReadinessAnswerInput>({
    resolver: zodResolver(readinessAnswerInputSchema),
    defaultValues: { comment: '' },
  });
  const submit = handleSubmit((input) =>
    answer.mutate(
      { input, version: criterion.version },
      {
        onSuccess: () => {
          reset();
          onNotice(t('readiness.answer.sent'));
        },
        onError: (error) => (isApiError(error) ? applyServerFieldErrors(error, setError, ['comment']) : undefined),
      },
    ),
  );
  const commentError = errors.comment ? (errors.comment.type === 'server' ? errors.comment.message : t('readiness.answer.required')) : undefined;
  return (
    <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>{t('readiness.answer.heading')}</h3>
      {answer.isError ? <ErrorState error={answer.error} headingLevel={3} /> : null}
      <Field label={t('readiness.answer.label')} hint={t('readiness.answer.hint')} error={commentError}>
        {(control) => <textarea {...control} {...register('comment')} className="input input--wide" rows={3} required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={answer.isPending}>{answer.isPending ? t('form.saving') : t('readiness.answer.submit')}</button>
      </div>
    </form>
  );
};
