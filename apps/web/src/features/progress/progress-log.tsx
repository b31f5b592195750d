import { progressNoteInputSchema, type ProgressEntryView, type ProgressNoteInput } from '@compact-tracker/domain';
import { Field, StatusBadge } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../app/query-states';
import { translateFieldError } from '../../lib/form-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/i18n/use-locale';
import { formatLongDate } from '../../lib/date-time';
import { progressQueryOptions, useAddProgressNote } from './api';

const formatRecordedAt = (iso: string, zone: string, locale: 'en' | 'ka') => {
  const at = DateTime.fromISO(iso, { zone });
  return `${formatLongDate(at.toISODate() as string, locale)}, ${at.toFormat('HH:mm')}`;
};

const ProgressEntry = ({ entry, viewerTimeZone }: { entry: ProgressEntryView; viewerTimeZone: string }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const isStatusChange = entry.fromStatus !== entry.toStatus;
  return (
    <li className="progress-entry">
      <p className="progress-entry__meta">
        <time dateTime={entry.recordedAt}>{formatRecordedAt(entry.recordedAt, viewerTimeZone, locale)}</time>
        {' · '}
        {entry.recordedBy ? entry.recordedBy.displayName : t('progress.system')}
      </p>
      {isStatusChange ? (
        <p className="progress-entry__change">
          <span className="ct-visually-hidden">{t('progress.statusChange', { from: t(`status.${entry.fromStatus}`), to: t(`status.${entry.toStatus}`) })}</span>
          <span aria-hidden="true" className="progress-entry__statuses">
            <StatusBadge status={entry.fromStatus} label={t(`status.${entry.fromStatus}`)} /> → <StatusBadge status={entry.toStatus} label={t(`status.${entry.toStatus}`)} />
          </span>
        </p>
      ) : null}
      {entry.note ? <p className="prose">{entry.note}</p> : null}
    </li>
  );
};

const AddNoteForm = ({ activityId }: { activityId: string }) => {
  const { t } = useTranslation();
  const add = useAddProgressNote(activityId);
  const idempotency = useIdempotencyKey();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<ProgressNoteInput>({ resolver: zodResolver(progressNoteInputSchema), defaultValues: { note: '' } });
  const submit = handleSubmit((input) =>
    add.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      { onSuccess: () => { idempotency.reset(); reset({ note: '' }); } },
    ),
  );
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {add.isError ? <ErrorState error={add.error} headingLevel={3} /> : null}
      <Field label={t('progress.addNote')} hint={t('progress.addNoteHint')} error={translateFieldError(t, errors.note)}>
        {(control) => <textarea {...control} {...register('note')} className="input input--wide" rows={2} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>{add.isPending ? t('form.saving') : t('progress.saveNote')}</button>
        {add.isSuccess ? <span role="status" className="muted">{t('progress.noteAdded')}</span> : null}
      </div>
    </form>
  );
};

type ProgressLogProps = { activityId: string; canWrite: boolean; viewerTimeZone: string };

/** The activity's dated progress log: each status change with its note, and notes on their own. */
export const ProgressLog = ({ activityId, canWrite, viewerTimeZone }: ProgressLogProps) => {
  const { t } = useTranslation();
  const progress = useQuery(progressQueryOptions(activityId));
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('progress.heading')}</h2>
      {canWrite ? <AddNoteForm activityId={activityId} /> : null}
      {progress.isPending ? <LoadingState /> : null}
      {progress.isError ? <ErrorState error={progress.error} headingLevel={3} onRetry={() => void progress.refetch()} /> : null}
      {progress.data && progress.data.length === 0 ? <p className="muted">{t('progress.empty')}</p> : null}
      {progress.data && progress.data.length > 0 ? (
        <ol className="progress-log">
          {progress.data.map((entry) => <ProgressEntry key={entry.id} entry={entry} viewerTimeZone={viewerTimeZone} />)}
        </ol>
      ) : null}
    </section>
  );
};
