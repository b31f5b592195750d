import type { ReadinessCriterionDetailView } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { formatLongDate, getCalendarDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { EntityHistory } from '../history/entity-history';
import { useSession } from '../session/api';
import { criterionQueryOptions, readinessQueryOptions } from './api';
import { AnswerForm } from './answer-form';
import { BeforeHistoryNote } from './before-history-note';
import { CommentForm, CommentThread } from './comment-thread';
import { EditCriterionForm } from './edit-criterion-form';
import { EvidenceList } from './evidence-list';
import { useReadinessAsOf, withAsOf } from './readiness-as-of';
import { ReadinessStatusBadge, ReviewStateBadge } from './readiness-status';
import { useReadinessWording } from './readiness-wording';
import { ReviewActions } from './review-actions';
import { SignInToReview } from './sign-in-to-review';
import '../activities/activity-work.css';
import './readiness.css';

const CriterionDetail = ({ criterion, isSignedOff }: { criterion: ReadinessCriterionDetailView; isSignedOff: boolean }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const { asOf } = useReadinessAsOf();
  const { criterionTitle, describeFigures } = useReadinessWording();
  const [notice, setNotice] = useState<string | null>(null);
  const [isEditing, setIsEditing] = useState(false);
  const title = criterionTitle(criterion);
  // Changes are made on today's view: a past day is read-only, as is a review once signed off.
  const isOpen = !criterion.asOf.isPast && !isSignedOff;
  const canReview = can('readiness:review') && isOpen;
  const canWrite = can('readiness:write') && isOpen;
  const { review } = criterion;

  return (
    <article className="page" aria-labelledby="criterion-heading">
      <title>{`${title} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to={withAsOf('/readiness', asOf)}>{t('readiness.backToReadiness')}</Link>
      </nav>
      <header className="page-header">
        <p className="eyebrow">{t('readiness.criterion.eyebrow')}</p>
        <h1 id="criterion-heading" className="page-header__title--long">{title}</h1>
        <div className="page-header__meta">
          <ReadinessStatusBadge status={criterion.status} />
          <ReviewStateBadge state={review.state} />
          {criterion.isOverdue ? <span className="ct-badge overdue-badge">{t('readiness.overdue')}</span> : null}
        </div>
        {criterion.asOf.isPast ? <p className="notice notice--info">{t('readiness.asOf.readOnly', { date: formatLongDate(criterion.asOf.day, locale) })}</p> : null}
        <BeforeHistoryNote asOf={criterion.asOf} />
      </header>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>

      <div className="activity-layout">
        <div className="activity-layout__main">
          <section className="panel" aria-labelledby="criterion-about">
            <h2 id="criterion-about">{t('readiness.criterion.about')}</h2>
            {criterion.description ? <p className="prose">{criterion.description}</p> : null}
            <p className="muted">{criterion.kind === 'computed' ? t('readiness.criterion.computed') : t('readiness.criterion.evidenceBased')}</p>
            <ul className="bullets">{describeFigures(criterion.figures).map((line) => <li key={line}>{line}</li>)}</ul>
            <h3>{t('readiness.columns.evidence')}</h3>
            <EvidenceList evidence={criterion.evidence} />
          </section>

          <section className="panel" aria-labelledby="criterion-review">
            <h2 id="criterion-review">{t('readiness.criterion.review')}</h2>
            <div className="review-state" data-status={review.state === 'accepted' ? 'signed_off' : review.state === 'returned' ? 'returned' : 'draft'}>
              <p className="review-state__label"><ReviewStateBadge state={review.state} /></p>
              {review.returnReason ? (
                <blockquote className="review-state__reason">
                  <p>{t('readiness.criterion.returnReason', { reason: review.returnReason })}</p>
                </blockquote>
              ) : null}
              {review.reviewedAt && review.reviewedBy ? (
                <p className="muted">{t('readiness.criterion.lastStep', { name: review.reviewedBy.displayName, date: formatLongDate(getCalendarDate(review.reviewedAt, criterion.asOf.timeZone), locale) })}</p>
              ) : null}
            </div>
            {isSignedOff ? <p className="muted">{t('readiness.criterion.signedOff')}</p> : null}
            {canReview ? <ReviewActions key={`${criterion.version}`} criterion={criterion} onNotice={setNotice} /> : null}
            {canWrite && review.state === 'returned' ? <AnswerForm criterion={criterion} onNotice={setNotice} /> : null}
          </section>

          <section className="panel" aria-labelledby="criterion-thread">
            <h2 id="criterion-thread">{t('readiness.thread.heading', { count: criterion.comments.length })}</h2>
            <CommentThread comments={criterion.comments} />
            {can('readiness:review') && !criterion.asOf.isPast ? <CommentForm criterionId={criterion.id} onNotice={setNotice} /> : null}
          </section>
        </div>

        <section className="panel activity-layout__side" aria-labelledby="criterion-details">
          <h2 id="criterion-details">{t('readiness.criterion.details')}</h2>
          <dl className="facts">
            <div className="facts__item">
              <dt>{t('readiness.columns.owner')}</dt>
              <dd>{criterion.owner ? criterion.owner.name : t('readiness.noOwner')}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('readiness.columns.due')}</dt>
              <dd>{criterion.dueDate ? <time dateTime={criterion.dueDate}>{formatLongDate(criterion.dueDate, locale)}</time> : t('readiness.noDueDate')}</dd>
            </div>
          </dl>
          {canWrite && !isEditing ? (
            <button type="button" className="button" onClick={() => { setNotice(null); setIsEditing(true); }}>{t('readiness.edit.open')}</button>
          ) : null}
        </section>
      </div>

      {canWrite && isEditing ? (
        <section className="panel" aria-label={t('readiness.edit.heading')}>
          <EditCriterionForm criterion={criterion} onClose={(message) => { setIsEditing(false); setNotice(message ?? null); }} />
        </section>
      ) : null}
      {can('audit:read') ? <EntityHistory entityType="readiness_criterion" entityId={criterion.id} /> : null}
    </article>
  );
};

/** One criterion: its figures and evidence, its review with the thread, and what each role may do with it. */
export const CriterionPage = () => {
  const { id = '' } = useParams();
  const session = useSession();
  const { asOf } = useReadinessAsOf();
  const isSignedIn = session.user !== null;
  const criterion = useQuery({ ...criterionQueryOptions(id, asOf), enabled: isSignedIn });
  const networkId = criterion.data?.networkId;
  const summary = useQuery({ ...readinessQueryOptions(networkId ?? ''), enabled: networkId !== undefined });

  if (session.isPending) return <div className="page"><LoadingState /></div>;
  if (!isSignedIn) return <div className="page"><SignInToReview /></div>;
  if (criterion.isError) return <div className="page"><ErrorState error={criterion.error} onRetry={() => void criterion.refetch()} /></div>;
  if (!criterion.isSuccess) return <div className="page"><LoadingState /></div>;
  return <CriterionDetail criterion={criterion.data} isSignedOff={summary.data?.review.status === 'signed_off'} />;
};
