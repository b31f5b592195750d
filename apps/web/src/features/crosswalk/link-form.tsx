import {
  crosswalkFits,
  crosswalkLinkInputSchema,
  crosswalkTargetKinds,
  gcmObjectives,
  migrationSdgIndicators,
  migrationSdgTargetCodes,
  type CrosswalkFit,
  type CrosswalkLinkInput,
  type CrosswalkTargetKind,
} from '@compact-tracker/domain';
import { Field, FieldGroup } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { applyServerFieldErrors, translateFieldError } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useCreateLink } from './api';

/** `target.code` serves both SDG choices: switching kind clears it, so a target code never travels as an indicator's. */
export type LinkFormValues = {
  target: { kind: CrosswalkTargetKind; number: string; code: string };
  fit: CrosswalkFit | '';
  rationale: string;
};

const emptyLink: LinkFormValues = { target: { kind: 'gcm_objective', number: '', code: '' }, fit: '', rationale: '' };

const toLinkCandidate = (strategyObjectiveId: string) => (values: LinkFormValues) => ({
  strategyObjectiveId,
  target: values.target.kind === 'gcm_objective' ? { kind: values.target.kind, number: Number(values.target.number) } : { kind: values.target.kind, code: values.target.code },
  fit: values.fit,
  rationale: values.rationale,
});

const serverFieldPaths = ['target.number', 'target.code', 'target', 'fit', 'rationale'];

/** The three fits with what each means, shared by the new-link and the edit-link forms. */
export const FitChoices = ({ field, error }: { field: UseFormRegisterReturn; error: string | undefined }) => {
  const { t } = useTranslation();
  return (
    <FieldGroup legend={t('crosswalk.fit')} hint={t('crosswalk.fitHint')} error={error} isInline>
      {crosswalkFits.map((fit) => (
        <label key={fit} className="choice">
          <input type="radio" value={fit} {...field} />
          {t(`crosswalk.fitName.${fit}`)}
        </label>
      ))}
    </FieldGroup>
  );
};

type LinkFormProps = { strategyObjectiveId: string; objectiveTitle: string; onClose: (notice?: string) => void };

/** Links one strategy objective to a GCM objective, an SDG target or an SDG indicator, saying how well it fits and why. */
export const LinkForm = ({ strategyObjectiveId, objectiveTitle, onClose }: LinkFormProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const create = useCreateLink();
  const idempotency = useIdempotencyKey();
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<LinkFormValues, unknown, CrosswalkLinkInput>({
    resolver: resolveThrough(zodResolver(crosswalkLinkInputSchema), toLinkCandidate(strategyObjectiveId)),
    defaultValues: emptyLink,
  });
  const kind = watch('target.kind');
  const code = watch('target.code');
  const chosenIndicator = kind === 'sdg_indicator' ? migrationSdgIndicators.find((indicator) => indicator.code === code) : undefined;

  useEffect(() => setFocus('target.kind'), [setFocus]);

  const submit = handleSubmit((input) =>
    create.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      {
        onSuccess: () => {
          idempotency.reset();
          onClose(t('crosswalk.linkAdded'));
        },
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, serverFieldPaths);
        },
      },
    ),
  );

  const kindField = register('target.kind', { onChange: () => setValue('target.code', '') });
  const targetError = errors.target?.number ?? errors.target?.code;
  const isDuplicate = isApiError(create.error) && create.error.status === 409;

  return (
    <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h5 id={headingId} className="crosswalk-form__heading">{t('crosswalk.newLinkHeading', { title: objectiveTitle })}</h5>
      {isDuplicate ? <p className="notice notice--warning" role="alert">{t('crosswalk.duplicateLink')}</p> : null}
      {create.isError && !isDuplicate ? <ErrorState error={create.error} headingLevel={3} /> : null}
      <FieldGroup legend={t('crosswalk.targetKind')} isInline>
        {crosswalkTargetKinds.map((option) => (
          <label key={option} className="choice">
            <input type="radio" value={option} {...kindField} />
            {t(`crosswalk.targetKindName.${option}`)}
          </label>
        ))}
      </FieldGroup>
      {kind === 'gcm_objective' ? (
        <Field label={t('crosswalk.gcmObjective')} error={translateFieldError(t, targetError, 'choice')}>
          {(control) => (
            <select {...control} {...register('target.number')} className="input input--wide" required>
              <option value="" disabled>{t('form.choose')}</option>
              {gcmObjectives.map((objective) => (
                <option key={objective.number} value={String(objective.number)}>{t('crosswalk.gcmOption', { number: objective.number, title: objective.title })}</option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {kind === 'sdg_target' ? (
        <Field label={t('crosswalk.sdgTarget')} hint={t('crosswalk.sdgTargetHint')} error={translateFieldError(t, targetError, 'choice')}>
          {(control) => (
            <select {...control} {...register('target.code')} className="input" required>
              <option value="" disabled>{t('form.choose')}</option>
              {migrationSdgTargetCodes.map((targetCode) => (
                <option key={targetCode} value={targetCode}>{t('crosswalk.sdgTargetOption', { code: targetCode })}</option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {kind === 'sdg_indicator' ? (
        <Field
          label={t('crosswalk.sdgIndicator')}
          {...(chosenIndicator?.wordingNote ? { hint: t('crosswalk.wordingChanged', { note: chosenIndicator.wordingNote }) } : {})}
          error={translateFieldError(t, targetError, 'choice')}
        >
          {(control) => (
            <select {...control} {...register('target.code')} className="input input--wide" required>
              <option value="" disabled>{t('form.choose')}</option>
              {migrationSdgIndicators.map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {t(indicator.wordingNote ? 'crosswalk.sdgIndicatorOptionChanged' : 'crosswalk.sdgIndicatorOption', { code: indicator.code, wording: indicator.wording })}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <FitChoices field={register('fit')} error={translateFieldError(t, errors.fit, 'choice')} />
      <Field label={t('crosswalk.rationale')} hint={t('crosswalk.rationaleHint')} error={translateFieldError(t, errors.rationale)} isRequired requiredLabel={t('crosswalk.required')}>
        {(control) => <textarea {...control} {...register('rationale')} className="input input--wide" rows={3} required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('form.saving') : t('crosswalk.addLinkSubmit')}
        </button>
        <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};
