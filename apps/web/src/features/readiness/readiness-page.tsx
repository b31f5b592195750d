import type { ReadinessView } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../app/query-states';
import { formatLongDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { EntityHistory } from '../history/entity-history';
import { useSession } from '../session/api';
import { AsOfControl } from '../workplans/as-of-control';
import { AddCriterionForm } from './add-criterion-form';
import { readinessQueryOptions } from './api';
import { BeforeHistoryNote } from './before-history-note';
import { CriteriaTable } from './criteria-table';
import { useReadinessAsOf } from './readiness-as-of';
import { ReadinessGrid } from './readiness-grid';
import { useReadinessWording } from './readiness-wording';
import { ReportLinks } from './report-links';
import { SignInToReview } from './sign-in-to-review';
import { SignOffPanel } from './sign-off-panel';
import '../activities/activity-work.css';
import './readiness.css';

const Totals = ({ readiness }: { readiness: ReadinessView }) => {
  const { t } = useTranslation();
  const { totals } = readiness;
  const figures = [
    ['criteria', totals.criterionCount, undefined],
    ['met', totals.met, 'met'],
    ['partlyMet', totals.partlyMet, 'partly_met'],
    ['notMet', totals.notMet, 'not_met'],
    ['overdue', totals.overdue, 'overdue'],
    ['accepted', totals.accepted, undefined],
    ['returned', totals.returned, undefined],
    ['open', totals.open, undefined],
  ] as const;
  return (
    <dl className="readiness-totals" aria-label={t('readiness.totals.label')}>
      {figures.map(([key, value, tone]) => (
        <div key={key} className="readiness-totals__item" data-tone={tone}>
          <dt>{t(`readiness.totals.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
};

const ReadinessSummary = ({ readiness }: { readiness: ReadinessView }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const { asOf, setAsOf } = useReadinessAsOf();
  const { describeCountdown } = useReadinessWording();
  const criteriaHeadingId = useId();
  const [isAdding, setIsAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const isPast = readiness.asOf.isPast;
  const isOpen = !isPast && readiness.review.status !== 'signed_off';

  return (
    <>
      <header className="page-header readiness-header">
        <p className="eyebrow">{t('readiness.eyebrow')}</p>
        <h1 id="readiness-heading">{t('readiness.heading')}</h1>
        <p className="readiness-countdown" data-phase={readiness.countdown.phase}>{describeCountdown(readiness.countdown)}</p>
        <p className="muted">{t('readiness.intro')}</p>
        <div className="readiness-toolbar">
          <AsOfControl
            value={readiness.asOf.day}
            isOverridden={asOf !== undefined}
            onChange={setAsOf}
            label={t('readiness.asOf.label')}
            hint={t('readiness.asOf.hint')}
            resetLabel={t('readiness.asOf.today')}
          />
          <ReportLinks networkId={readiness.networkId} asOf={asOf} />
        </div>
        {isPast ? <p className="notice notice--info">{t('readiness.asOf.showing', { date: formatLongDate(readiness.asOf.day, locale) })}</p> : null}
        <BeforeHistoryNote asOf={readiness.asOf} />
      </header>
      <Totals readiness={readiness} />
      <SignOffPanel readiness={readiness} canSignOff={can('readiness:review') && !isPast} />
      <section className="panel" aria-labelledby={criteriaHeadingId}>
        <div className="panel__head">
          <h2 id={criteriaHeadingId}>{t('readiness.criteriaHeading')}</h2>
          {can('readiness:write') && isOpen && !isAdding ? (
            <button type="button" className="button" onClick={() => { setNotice(null); setIsAdding(true); }}>{t('readiness.add.open')}</button>
          ) : null}
        </div>
        <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
        {isAdding ? <AddCriterionForm networkId={readiness.networkId} onClose={(message) => { setIsAdding(false); setNotice(message ?? null); }} /> : null}
        {readiness.criteria.length === 0 ? <p className="muted">{t('readiness.noCriteria')}</p> : (
          <CriteriaTable criteria={readiness.criteria} asOf={asOf} canAccept={can('readiness:review') && isOpen} />
        )}
      </section>
      <ReadinessGrid networkId={readiness.networkId} asOf={asOf} />
      {can('audit:read') ? <EntityHistory entityType="readiness_review" entityId={readiness.review.id} /> : null}
    </>
  );
};

/**
 * SCMI's readiness review for the IMRF: the countdown, what is met and what is missing and who owns it, the review
 * and its sign-off, the readiness grid, the report; now or as it stood on a past day.
 */
export const ReadinessPage = () => {
  const { t } = useTranslation();
  const session = useSession();
  const { asOf } = useReadinessAsOf();
  // Readiness is for signed-in members, and always of their own network.
  const networkId = session.user?.network.id;
  const readiness = useQuery({ ...readinessQueryOptions(networkId ?? '', asOf), enabled: networkId !== undefined });

  const body = (() => {
    if (session.isPending) return <LoadingState />;
    if (networkId === undefined) return <SignInToReview />;
    if (readiness.isError) return <ErrorState error={readiness.error} onRetry={() => void readiness.refetch()} />;
    if (!readiness.isSuccess) return <LoadingState />;
    return <ReadinessSummary readiness={readiness.data} />;
  })();

  return (
    <article className="page" aria-labelledby="readiness-heading">
      <title>{`${t('readiness.heading')} · ${t('app.name')}`}</title>
      {body}
    </article>
  );
};
