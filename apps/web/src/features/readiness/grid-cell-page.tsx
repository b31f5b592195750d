import { gcmGuidingPrinciples, gcmObjectives } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { formatLongDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { NotFoundPage } from '../not-found/not-found-page';
import { useSession } from '../session/api';
import { gridCellQueryOptions } from './api';
import { BeforeHistoryNote } from './before-history-note';
import { usePrincipleName } from './principle-name';
import { useReadinessAsOf, withAsOf } from './readiness-as-of';
import { SignInToReview } from './sign-in-to-review';
import './readiness.css';

/** A path segment naming a number from 1 to `max` in plain digits, or null for anything else ("abc", "0", "1e1"). */
const toNumberUpTo = (value: string | undefined, max: number): number | null => {
  if (value === undefined || !/^[1-9]\d*$/.test(value)) return null;
  const number = Number(value);
  return number <= max ? number : null;
};

/** Drill-down from the grid: the activities and indicators one cell counts, each linked to its page. */
export const GridCellPage = () => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const principleName = usePrincipleName();
  const params = useParams();
  const objective = toNumberUpTo(params.objective, gcmObjectives.length);
  const principle = toNumberUpTo(params.principle, gcmGuidingPrinciples.length);
  const { asOf } = useReadinessAsOf();
  const session = useSession();
  const networkId = session.user?.network.id;
  const cell = useQuery({
    ...gridCellQueryOptions(networkId ?? '', objective ?? 0, principle ?? 0, asOf),
    enabled: networkId !== undefined && objective !== null && principle !== null,
  });

  const back = (
    <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
      <Link to={withAsOf('/readiness', asOf)}>{t('readiness.backToReadiness')}</Link>
    </nav>
  );
  if (objective === null || principle === null) return <NotFoundPage />;
  if (session.isPending) return <div className="page"><LoadingState /></div>;
  if (networkId === undefined) return <div className="page"><SignInToReview /></div>;
  if (cell.isError) return <div className="page">{back}<ErrorState error={cell.error} onRetry={() => void cell.refetch()} /></div>;
  if (!cell.isSuccess) return <div className="page">{back}<LoadingState /></div>;

  const { data } = cell;
  const heading = t('readiness.cell.heading', { objective: data.objective.number, principle: principleName(data.principle) });
  return (
    <article className="page" aria-labelledby="cell-heading">
      <title>{`${heading} · ${t('app.name')}`}</title>
      {back}
      <header className="page-header">
        <p className="eyebrow">{t('readiness.grid.heading')}</p>
        <h1 id="cell-heading">{heading}</h1>
        <p className="muted">{data.objective.title}</p>
        {data.asOf.isPast ? <p className="muted">{t('readiness.asOf.showing', { date: formatLongDate(data.asOf.day, locale) })}</p> : null}
        <BeforeHistoryNote asOf={data.asOf} />
      </header>
      <section className="panel" aria-labelledby="cell-activities">
        <h2 id="cell-activities">{t('readiness.cell.activities', { count: data.activities.length })}</h2>
        {data.activities.length === 0 ? <p className="muted">{t('readiness.cell.none')}</p> : (
          <ul className="plain-list">
            {data.activities.map((activity) => (
              <li key={activity.id}>
                <Link to={`/activities/${activity.id}`}>{activity.title}</Link> <span className="muted">({t(`status.${activity.status}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="cell-indicators">
        <h2 id="cell-indicators">{t('readiness.cell.indicators', { count: data.indicators.length })}</h2>
        {data.indicators.length === 0 ? <p className="muted">{t('readiness.cell.none')}</p> : (
          <ul className="plain-list">
            {data.indicators.map((indicator) => (
              <li key={indicator.id}>
                <Link to={`/indicators/${indicator.id}`}>{indicator.code} {indicator.name}</Link>{' '}
                <span className="ct-badge baseline-state" data-state={indicator.baseline}>{t(`readiness.cell.baseline.${indicator.baseline}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
};
