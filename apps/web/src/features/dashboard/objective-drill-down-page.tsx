import type { DashboardBaseline, GcmObjectiveDrillDownView } from '@compact-tracker/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import type { CurrentNetwork } from '../crosswalk/current-network';
import '../activities/activity-work.css';
import './dashboard.css';

const BackToDashboard = () => {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
      <Link to="/dashboard">
        <span aria-hidden="true">← </span>
        {t('dashboard.backToDashboard')}
      </Link>
    </nav>
  );
};

/** What the baseline that counts says: its figure or narrative, or the gap's reason. */
const BaselineSummary = ({ baseline }: { baseline: DashboardBaseline }) => {
  const { t } = useTranslation();
  if (baseline.isDataGap) return <>{t('dashboard.gapWithReason', { reason: baseline.gapReason ?? '' })}</>;
  return <>{baseline.value ?? baseline.narrative}</>;
};

type Indicator = GcmObjectiveDrillDownView['indicators'][number];

const formatTargets = (indicator: Indicator) => indicator.targets.map((target) => `${target.year}: ${target.value}`).join('; ');

const IndicatorTable = ({ view }: { view: GcmObjectiveDrillDownView }) => {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table dashboard-table">
        <caption id={captionId}>{t('dashboard.drillCaption', { number: view.objective.number })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.indicatorCode')}</th>
            <th scope="col">{t('dashboard.indicatorName')}</th>
            <th scope="col">{t('dashboard.standing')}</th>
            <th scope="col">{t('dashboard.baselineThatCounts')}</th>
            <th scope="col">{t('dashboard.referenceYear')}</th>
            <th scope="col">{t('dashboard.sourceAndConfidence')}</th>
            <th scope="col">{t('dashboard.targets')}</th>
          </tr>
        </thead>
        <tbody>
          {view.indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row"><Link to={`/indicators/${indicator.id}`}>{indicator.code}</Link></th>
              <td>{indicator.name}</td>
              <td>
                <span className="ct-badge dashboard-standing" data-standing={indicator.standing}>{t(`dashboard.standingValue.${indicator.standing}`)}</span>
              </td>
              <td>
                {indicator.baseline ? <BaselineSummary baseline={indicator.baseline} /> : <span className="muted">—</span>}
                {indicator.unit && indicator.baseline && !indicator.baseline.isDataGap ? <span className="muted"> {indicator.unit}</span> : null}
                {indicator.baselineRecordCount > 1 ? <span className="dashboard-note">{t('dashboard.recordCount', { count: indicator.baselineRecordCount })}</span> : null}
              </td>
              <td>{indicator.baseline?.referenceYear ?? <span className="muted">—</span>}</td>
              <td>
                {indicator.baseline && !indicator.baseline.isDataGap ? (
                  <>
                    {indicator.baseline.sourceProvider ?? <span className="muted">{t('dashboard.noSource')}</span>}
                    {indicator.baseline.confidence ? <span className="dashboard-note">{t(`dashboard.confidenceValue.${indicator.baseline.confidence}`)}</span> : null}
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{indicator.targets.length > 0 ? formatTargets(indicator) : <span className="muted">{t('dashboard.noTargets')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

const DrillDown = ({ view }: { view: GcmObjectiveDrillDownView }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const linksHeadingId = useId();
  const figures = [
    { key: 'linked', label: t('dashboard.linkedIndicators'), value: view.counts.linkedIndicatorCount },
    { key: 'baseline', label: t('dashboard.withBaseline'), value: view.counts.withBaselineCount },
    { key: 'gap', label: t('dashboard.withGap'), value: view.counts.withGapCount },
    { key: 'neither', label: t('dashboard.withNeither'), value: view.counts.withNeitherCount },
    { key: 'links', label: t('dashboard.crosswalkLinks'), value: view.strategyLinks.length },
  ];
  return (
    <article className="page" aria-labelledby={headingId}>
      <title>{`${t('dashboard.objectiveName', view.objective)} · ${t('app.name')}`}</title>
      <BackToDashboard />
      <header className="page-header">
        <p className="eyebrow">{t('dashboard.drillEyebrow')}</p>
        <h1 id={headingId} className="page-header__title--long">{t('dashboard.objectiveName', view.objective)}</h1>
      </header>
      <section aria-label={t('dashboard.summary')}>
        <dl className="dashboard-figures">
          {figures.map((figure) => (
            <div key={figure.key} className="dashboard-figures__item" data-figure={figure.key}>
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-label={t('dashboard.drillCaption', { number: view.objective.number })}>
        {view.indicators.length === 0 ? <p className="muted">{t('dashboard.noIndicators')}</p> : <IndicatorTable view={view} />}
      </section>
      <section className="panel" aria-labelledby={linksHeadingId}>
        <h2 id={linksHeadingId}>{t('dashboard.strategyLinksHeading')}</h2>
        {view.strategyLinks.length === 0 ? (
          <p className="muted">{t('dashboard.noStrategyLinks')}</p>
        ) : (
          <ul className="bullets">
            {view.strategyLinks.map((link) => (
              <li key={link.linkId}>
                {link.strategyObjectiveTitle} <span className="muted">({link.goalTitle})</span>{' '}
                <span className="ct-badge dashboard-badge">{t(`dashboard.fitValue.${link.fit}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
};

type ObjectiveDrillDownPageProps = { network: CurrentNetwork; drillDown: UseQueryResult<GcmObjectiveDrillDownView> };

/**
 * `/dashboard/objectives/:number`: the indicators of one GCM objective, each linking to its own page. Its route
 * (dashboard-routes.tsx) checks the number and asks for the data.
 */
export const ObjectiveDrillDownPage = ({ network, drillDown }: ObjectiveDrillDownPageProps) => {
  if (network.error) return <div className="page"><BackToDashboard /><ErrorState error={network.error} onRetry={network.retry} /></div>;
  if (network.isPending || drillDown.isPending) return <div className="page"><BackToDashboard /><LoadingState /></div>;
  if (drillDown.isError) return <div className="page"><BackToDashboard /><ErrorState error={drillDown.error} onRetry={() => void drillDown.refetch()} /></div>;
  return <DrillDown view={drillDown.data} />;
};
