import type { ReadinessView } from '@compact-tracker/domain';
import { ConflictNotice } from '@compact-tracker/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/query-states';
import { isVersionConflict } from '../../lib/api-client';
import { formatLongDate, getCalendarDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { readinessKeys, useSignOffReadiness } from './api';
import { useReadinessWording } from './readiness-wording';

type SignOffPanelProps = { readiness: ReadinessView; canSignOff: boolean };

/**
 * Where the whole review stands, and for an SCMI reviewer the sign-off: offered once nothing is returned, and
 * otherwise shown disabled with the criteria that hold it up.
 */
export const SignOffPanel = ({ readiness, canSignOff }: SignOffPanelProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const { criterionTitle } = useReadinessWording();
  const signOff = useSignOffReadiness(readiness.networkId);
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = useId();
  const reasonId = useId();
  const { review, asOf } = readiness;
  const returned = readiness.criteria.filter((criterion) => review.returnedCriterionIds.includes(criterion.id));
  const isSignedOff = review.status === 'signed_off';

  return (
    <section className="panel sign-off-panel" aria-labelledby={headingId} data-status={review.status}>
      <h2 id={headingId}>{t('readiness.signOff.heading')}</h2>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {isSignedOff ? (
        <p className="sign-off-panel__state">
          <span aria-hidden="true">✓ </span>
          {review.signedOffAt && review.signedOffBy
            ? t('readiness.signOff.signedOff', {
                date: formatLongDate(getCalendarDate(review.signedOffAt, asOf.timeZone), locale),
                name: review.signedOffBy.displayName,
              })
            : t('readiness.signOff.signedOffShort')}
        </p>
      ) : (
        <p className="sign-off-panel__state">{t('readiness.signOff.inReview')}</p>
      )}
      {isSignedOff && review.signOffNote ? <p className="prose">{review.signOffNote}</p> : null}
      {!isSignedOff && returned.length > 0 ? (
        <div id={reasonId} className="notice notice--warning">
          <p>{t('readiness.signOff.blocked', { count: returned.length })}</p>
          <ul className="bullets">
            {returned.map((criterion) => <li key={criterion.id}>{criterionTitle(criterion)}</li>)}
          </ul>
        </div>
      ) : null}
      {isVersionConflict(signOff.error) ? (
        <ConflictNotice
          title={t('conflict.title')}
          message={t('readiness.conflict')}
          reloadLabel={t('conflict.reload')}
          onReload={() => {
            signOff.reset();
            void queryClient.invalidateQueries({ queryKey: readinessKeys.all });
          }}
        />
      ) : null}
      {signOff.isError && !isVersionConflict(signOff.error) ? <ErrorState error={signOff.error} headingLevel={3} /> : null}
      {canSignOff && !isSignedOff ? (
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={returned.length > 0 || signOff.isPending}
            aria-describedby={returned.length > 0 ? reasonId : undefined}
            onClick={() => signOff.mutate({ input: undefined, version: review.version }, { onSuccess: () => setNotice(t('readiness.signOff.done')) })}
          >
            {signOff.isPending ? t('form.saving') : t('readiness.signOff.button')}
          </button>
        </div>
      ) : null}
    </section>
  );
};
