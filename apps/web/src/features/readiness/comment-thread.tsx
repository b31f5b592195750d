import { readinessCommentInputSchema, type ReadinessCommentInput, type ReadinessCommentView } from '@compact-tracker/domain';
import { Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { formatClockTime, formatLongDate, getCalendarDate, getViewerTimeZone } from '../../lib/date-time';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useLocale } from '../../lib/i18n/use-locale';
import { useAddComment } from './api';

/** The criterion's thread, oldest first: comments, and each review step with its text. */
export const CommentThread = ({ comments }: { comments: readonly ReadinessCommentView[] }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const zone = getViewerTimeZone();
  if (comments.length === 0) return <p className="muted">{t('readiness.thread.empty')}</p>;
  return (
    <ol className="comment-thread">
      {comments.map((comment) => (
        <li key={comment.id} className="comment-thread__entry" data-kind={comment.kind}>
          <p className="comment-thread__head">
            <span className="comment-thread__kind">{t(`readiness.thread.kind.${comment.kind}`)}</span>
            {' · '}
            {comment.author ? `${comment.author.displayName} (${t(`role.${comment.author.role}`)})` : t('history.system')}
            {' · '}
            <time dateTime={comment.createdAt}>{`${formatLongDate(getCalendarDate(comment.createdAt, zone), locale)}, ${formatClockTime(comment.createdAt, zone)}`}</time>
          </p>
          {comment.body ? <p className="comment-thread__body">{comment.body}</p> : null}
        </li>
      ))}
    </ol>
  );
};

/** An SCMI reviewer's comment on a criterion. */
export const CommentForm = ({ criterionId, onNotice }: { criterionId: string; onNotice: (notice: string | null) => void }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const add = useAddComment(criterionId);
  const idempotency = useIdempotencyKey();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<ReadinessCommentInput>({
    resolver: zodResolver(readinessCommentInputSchema),
    defaultValues: { body: '' },
  });
  const submit = handleSubmit((input) =>
    add.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      {
        onSuccess: () => {
          idempotency.reset();
          reset();
          onNotice(t('readiness.thread.added'));
        },
      },
    ),
  );
  return (
    <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId} className="ct-visually-hidden">{t('readiness.thread.formHeading')}</h3>
      {add.isError ? <ErrorState error={add.error} headingLevel={3} /> : null}
      <Field label={t('readiness.thread.label')} error={errors.body ? t('readiness.thread.required') : undefined}>
        {(control) => <textarea {...control} {...register('body')} className="input input--wide" rows={3} required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>{add.isPending ? t('form.saving') : t('readiness.thread.submit')}</button>
      </div>
    </form>
  );
};
