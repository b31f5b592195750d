import type { IndicatorInput } from '@compact-tracker/domain';
import { useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useCreateIndicator } from './api';
import { createIndicatorResolver, emptyIndicatorFormValues, IndicatorFields, indicatorServerFieldPaths, type IndicatorFormValues } from './indicator-form';

type NewIndicatorProps = { networkId: string; headingId: string; onCancel: () => void };

/** Defines a national indicator; on success the reader lands on its page to record a baseline. */
export const NewIndicatorForm = ({ networkId, headingId, onCancel }: NewIndicatorProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateIndicator(networkId);
  const idempotency = useIdempotencyKey();
  const form = useForm<IndicatorFormValues, unknown, IndicatorInput>({ resolver: createIndicatorResolver, defaultValues: emptyIndicatorFormValues() });
  const { handleSubmit, setError, setFocus } = form;

  useEffect(() => setFocus('code'), [setFocus]);

  const submit = handleSubmit((input) =>
    create.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      {
        onSuccess: (indicator) => {
          idempotency.reset();
          void navigate(`/indicators/${indicator.id}`, { state: { notice: 'created' } });
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.status === 409) setError('code', { type: 'server', message: t('indicators.form.duplicateCode') });
          else applyServerFieldErrors(error, setError, indicatorServerFieldPaths);
        },
      },
    ),
  );

  const isDuplicate = isApiError(create.error) && create.error.status === 409;
  return (
    <FormProvider {...form}>
      <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
        {create.isError && !isDuplicate ? <ErrorState error={create.error} headingLevel={3} /> : null}
        <IndicatorFields isMeasureFixed={false} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('form.saving') : t('indicators.create')}
          </button>
          <button type="button" className="button" onClick={onCancel}>{t('form.cancel')}</button>
        </div>
      </form>
    </FormProvider>
  );
};
