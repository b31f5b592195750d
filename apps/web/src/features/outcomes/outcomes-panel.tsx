import {
  outcomeRecordInputSchema,
  outcomeReturnInputSchema,
  type OrganisationView,
  type OutcomeRecordInput,
  type OutcomeRecordView,
  type OutcomeReturnInput,
} from '@compact-tracker/domain';
import { ConflictNotice, Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isVersionConflict } from '../../lib/api-client';
import { translateFieldError } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { activityKeys } from '../activities/api';
import { useSession } from '../session/api';
import { outcomesQueryOptions, useReturnOutcomes, useSaveOutcomes, useSignOffOutcomes } from './api';

const shortName = (organisation: Pick<OrganisationView, 'name' | 'shortName'>) => organisation.shortName ?? organisation.name;

type OutcomesDraft = { summary: string; decisions: string };

/** Decisions are typed one per line; blank lines are no decisions. */
const outcomesResolver = resolveThrough(zodResolver(outcomeRecordInputSchema), (draft: OutcomesDraft) => ({
  summary: draft.summary,
  decisions: draft.decisions.split('\n').map((line) => line.trim()).filter(Boolean),
}));

const OutcomesForm = ({ activityId, record, onClose }: { activityId: string; record: OutcomeRecordView | null; onClose: (notice?: string) => void }) => {
  const { t } = useTranslation();
  const save = useSaveOutcomes(activityId);
  const { register, handleSubmit, setFocus, formState: { errors } } = useForm<OutcomesDraft, unknown, OutcomeRecordInput>({
    resolver: outcomesResolver,
    defaultValues: { summary: record?.summary ?? '', decisions: record?.decisions.join('\n') ?? '' },
  });
  useEffect(() => setFocus('summary'), [setFocus]);
  const submit = handleSubmit((input) => save.mutate({ input, version: record?.version ?? null }, { onSuccess: () => onClose(t('outcomes.saved')) }));
  return (
    <form className="form" noValidate aria-label={t('outcomes.heading')} onSubmit={(event) => void submit(event)}>
      {isVersionConflict(save.error) ? <p className="notice notice--warning" role="alert">{t('outcomes.conflict')}</p> : null}
      {save.isError && !isVersionConflict(save.error) ? <ErrorState error={save.error} headingLevel={3} /> : null}
      {record && record.review.signedOffBy.length > 0 ? <p className="notice notice--info">{t('outcomes.reviseClearsSignOffs')}</p> : null}
      <Field label={t('outcomes.summary')} error={translateFieldError(t, errors.summary)}>
        {(control) => <textarea {...control} {...register('summary')} className="input input--wide" rows={5} required />}
      </Field>
      <Field label={t('outcomes.decisions')} hint={t('outcomes.decisionsHint')} error={translateFieldError(t, errors.decisions as never)}>
        {(control) => <textarea {...control} {...register('decisions')} className="input input--wide" rows={4} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>{save.isPending ? t('form.saving') : t('outcomes.save')}</button>
        <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};

type ReturnFormProps = { activityId: string; version: number; onClose: (notice?: string) => void; onConflict: () => void };

/** A return must say why: the domain's schema refuses an empty reason before anything is sent. */
export const ReturnOutcomesForm = ({ activityId, version, onClose, onConflict }: ReturnFormProps) => {
  const { t } = useTranslation();
  const giveBack = useReturnOutcomes(activityId);
  const headingId = useId();
  const { register, handleSubmit, setFocus, formState: { errors } } = useForm<OutcomeReturnInput>({ resolver: zodResolver(outcomeReturnInputSchema), defaultValues: { reason: '' } });
  useEffect(() => setFocus('reason'), [setFocus]);
  const submit = handleSubmit((input) =>
    giveBack.mutate({ input, version }, { onSuccess: () => onClose(t('outcomes.returned')), onError: (error) => (isVersionConflict(error) ? onConflict() : undefined) }),
  );
  const reasonError = errors.reason ? (errors.reason.type === 'server' ? errors.reason.message : t('outcomes.reasonRequired')) : undefined;
  return (
    <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h4 id={headingId}>{t('outcomes.returnHeading')}</h4>
      {giveBack.isError && !isVersionConflict(giveBack.error) ? <ErrorState error={giveBack.error} headingLevel={3} /> : null}
      <Field label={t('outcomes.reason')} hint={t('outcomes.reasonHint')} error={reasonError} isRequired requiredLabel={t('outcomes.required')}>
        {(control) => <textarea {...control} {...register('reason')} className="input input--wide" rows={3} required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={giveBack.isPending}>{giveBack.isPending ? t('form.saving') : t('outcomes.confirmReturn')}</button>
        <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};

const ReviewState = ({ record }: { record: OutcomeRecordView }) => {
  const { t } = useTranslation();
  const { review } = record;
  const text = (() => {
    switch (review.status) {
      case 'draft':
        return t('outcomes.state.draft');
      case 'partially_signed':
        return t('outcomes.state.partially_signed', { organisations: review.signedOffBy.map(shortName).join(', ') });
      case 'signed_off':
        return t('outcomes.state.signed_off');
      case 'returned':
        return t('outcomes.state.returned', { organisation: review.lastReturn ? shortName(review.lastReturn.organisation) : '' });
    }
  })();
  return (
    <div className="review-state" data-status={review.status}>
      <p className="review-state__label"><span className="review-state__dot" aria-hidden="true" />{text}</p>
      {review.status === 'returned' && review.lastReturn ? (
        <blockquote className="review-state__reason">
          <p>{review.lastReturn.reason}</p>
          {review.lastReturn.returnedBy ? <footer>— {review.lastReturn.returnedBy.displayName}</footer> : null}
        </blockquote>
      ) : null}
    </div>
  );
};

type Mode = 'write' | 'return';
type OutcomesPanelProps = { activityId: string; coChairs: readonly OrganisationView[] };

/** After an event: what it concluded, the co-chairs' review of that record, and (below) its action points. */
export const OutcomesPanel = ({ activityId, coChairs }: OutcomesPanelProps) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { user, can } = useSession();
  const outcomes = useQuery(outcomesQueryOptions(activityId));
  const signOff = useSignOffOutcomes(activityId);
  const [mode, setMode] = useState<Mode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [hasConflict, setHasConflict] = useState(false);
  const headingId = useId();
  const canWrite = can('activity:write');
  const record = outcomes.data ?? null;
  const organisationId = user?.organisation.id;
  const isCoChair = coChairs.some((organisation) => organisation.id === organisationId);
  const isOpenForReview = record !== null && (record.review.status === 'draft' || record.review.status === 'partially_signed');
  const hasSigned = record?.review.signedOffBy.some((organisation) => organisation.id === organisationId) ?? false;

  const close = (message?: string) => {
    setMode(null);
    setNotice(message ?? null);
  };
  const reload = () => {
    setHasConflict(false);
    signOff.reset();
    void queryClient.invalidateQueries({ queryKey: activityKeys.outcomes(activityId) });
  };

  const renderBody = () => {
    if (outcomes.isPending) return <LoadingState />;
    if (outcomes.isError) return <ErrorState error={outcomes.error} headingLevel={3} onRetry={() => void outcomes.refetch()} />;
    if (mode === 'write') return <OutcomesForm activityId={activityId} record={record} onClose={close} />;
    if (!record) return <p className="muted">{t('outcomes.none')}</p>;
    return (
      <>
        <ReviewState record={record} />
        <p className="prose">{record.summary}</p>
        {record.decisions.length > 0 ? (
          <>
            <h3>{t('outcomes.decisions')}</h3>
            <ol className="bullets">{record.decisions.map((decision, index) => <li key={index}>{decision}</li>)}</ol>
          </>
        ) : null}
        {mode === 'return' ? <ReturnOutcomesForm activityId={activityId} version={record.version} onClose={close} onConflict={() => setHasConflict(true)} /> : null}
      </>
    );
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId}>{t('outcomes.heading')}</h2>
        {canWrite && mode === null && outcomes.isSuccess ? (
          <div className="toolbar" role="group" aria-label={t('outcomes.actions')}>
            {record?.review.status !== 'signed_off' ? (
              <button type="button" className="button" onClick={() => { setNotice(null); setMode('write'); }}>
                {record ? t('outcomes.revise') : t('outcomes.write')}
              </button>
            ) : null}
            {record && isOpenForReview && isCoChair && !hasSigned ? (
              <button type="button" className="button button--primary" disabled={signOff.isPending}
                onClick={() => signOff.mutate({ version: record.version }, { onSuccess: () => setNotice(t('outcomes.signedOff')), onError: (error) => setHasConflict(isVersionConflict(error)) })}>
                {signOff.isPending ? t('outcomes.signingOff') : t('outcomes.signOff')}
              </button>
            ) : null}
            {record && record.review.status !== 'signed_off' && record.review.status !== 'returned' && isCoChair ? (
              <button type="button" className="button button--danger-quiet" onClick={() => { setNotice(null); setMode('return'); }}>{t('outcomes.return')}</button>
            ) : null}
          </div>
        ) : null}
      </div>
      {hasConflict ? <ConflictNotice title={t('conflict.title')} message={t('outcomes.conflict')} reloadLabel={t('conflict.reload')} onReload={reload} /> : null}
      {signOff.isError && !isVersionConflict(signOff.error) ? <ErrorState error={signOff.error} headingLevel={3} /> : null}
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {renderBody()}
    </section>
  );
};
