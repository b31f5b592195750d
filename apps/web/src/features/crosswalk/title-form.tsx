import { strategyGoalInputSchema, type StrategyGoalInput } from '@compact-tracker/domain';
import { Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client';
import { applyServerFieldErrors, translateFieldError } from '../../lib/form-errors';

type TitleFormProps = {
  heading: string;
  label: string;
  hint?: string;
  defaultTitle: string;
  submitLabel: string;
  isPending: boolean;
  /** The notices above the field: a conflict, or what the server said. */
  notices?: ReactNode;
  onSubmit: (input: StrategyGoalInput, onServerError: (error: unknown) => void) => void;
  onCancel: () => void;
};

/** One title for a strategy goal or objective (both take the same input), to add or to rename. */
export const TitleForm = ({ heading, label, hint, defaultTitle, submitLabel, isPending, notices, onSubmit, onCancel }: TitleFormProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<StrategyGoalInput>({ resolver: zodResolver(strategyGoalInputSchema), defaultValues: { title: defaultTitle } });

  useEffect(() => setFocus('title', { shouldSelect: defaultTitle !== '' }), [setFocus, defaultTitle]);

  const submit = handleSubmit((input) =>
    onSubmit(input, (error) => {
      if (isApiError(error)) applyServerFieldErrors(error, setError, ['title']);
    }),
  );

  return (
    <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h5 id={headingId} className="crosswalk-form__heading">{heading}</h5>
      {notices}
      <Field label={label} {...(hint ? { hint } : {})} error={translateFieldError(t, errors.title)}>
        {(control) => <textarea {...control} {...register('title')} className="input input--wide" rows={2} required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isPending}>
          {isPending ? t('form.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};
