import type { ReadinessCriterionView } from '@compact-tracker/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../app/query-states';
import { formatLongDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { useDecideCriterion } from './api';
import { EvidenceList } from './evidence-list';
import { withAsOf } from './readiness-as-of';
import { ReadinessStatusBadge, ReviewStateBadge } from './readiness-status';
import { useReadinessWording } from './readiness-wording';

type CriteriaTableProps = {
  criteria: readonly ReadinessCriterionView[];
  asOf: string | undefined;
  /** An SCMI reviewer on today's view of a review not yet signed off: each row offers to accept. */
  canAccept: boolean;
};

/** Every criterion at a glance: status, the figures behind it, who owns it and by when, its evidence and its review. */
export const CriteriaTable = ({ criteria, asOf, canAccept }: CriteriaTableProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { criterionTitle, describeFigures } = useReadinessWording();
  const decide = useDecideCriterion();
  const [notice, setNotice] = useState<string | null>(null);
  const pendingId = decide.isPending ? decide.variables.id : undefined;
  const captionId = useId();

  const accept = (criterion: ReadinessCriterionView) => {
    setNotice(null);
    decide.mutate(
      { id: criterion.id, input: { decision: 'accept' }, version: criterion.version },
      { onSuccess: () => setNotice(t('readiness.review.accepted', { title: criterionTitle(criterion) })) },
    );
  };

  return (
    <>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {decide.isError ? <ErrorState error={decide.error} headingLevel={3} /> : null}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table criteria-table">
          <caption id={captionId} className="ct-visually-hidden">{t('readiness.criteriaCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('readiness.columns.criterion')}</th>
              <th scope="col">{t('readiness.columns.status')}</th>
              <th scope="col">{t('readiness.columns.owner')}</th>
              <th scope="col">{t('readiness.columns.due')}</th>
              <th scope="col">{t('readiness.columns.evidence')}</th>
              <th scope="col">{t('readiness.columns.review')}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion) => {
              const title = criterionTitle(criterion);
              return (
                <tr key={criterion.id} data-status={criterion.status} data-overdue={criterion.isOverdue || undefined}>
                  <th scope="row">
                    <Link to={withAsOf(`/readiness/criteria/${criterion.id}`, asOf)}>{title}</Link>
                    <ul className="plain-list criteria-table__figures">
                      {describeFigures(criterion.figures).map((line) => <li key={line}>{line}</li>)}
                    </ul>
                  </th>
                  <td><ReadinessStatusBadge status={criterion.status} /></td>
                  <td>{criterion.owner ? <abbr title={criterion.owner.name}>{criterion.owner.shortName ?? criterion.owner.name}</abbr> : <span className="muted">{t('readiness.noOwner')}</span>}</td>
                  <td className="criteria-table__due">
                    {criterion.dueDate ? <time dateTime={criterion.dueDate}>{formatLongDate(criterion.dueDate, locale)}</time> : <span className="muted">{t('readiness.noDueDate')}</span>}
                    {criterion.isOverdue ? <> <span className="ct-badge overdue-badge">{t('readiness.overdue')}</span></> : null}
                  </td>
                  <td><EvidenceList evidence={criterion.evidence} /></td>
                  <td>
                    <div className="criteria-table__review">
                      <ReviewStateBadge state={criterion.review.state} />
                      {criterion.review.returnReason ? <p className="criteria-table__reason">{criterion.review.returnReason}</p> : null}
                      {criterion.commentCount > 0 ? <p className="muted">{t('readiness.commentCount', { count: criterion.commentCount })}</p> : null}
                      {canAccept && criterion.review.state !== 'accepted' ? (
                        <button
                          type="button"
                          className="button button--compact"
                          aria-label={t('readiness.review.acceptNamed', { title })}
                          disabled={pendingId === criterion.id}
                          onClick={() => accept(criterion)}
                        >
                          {pendingId === criterion.id ? t('form.saving') : t('readiness.review.accept')}
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
};
