import type { IndicatorDashboardView } from '@compact-tracker/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../app/query-states';
import type { CurrentNetwork } from '../crosswalk/current-network';
import '../activities/activity-work.css';
import { DashboardSummary } from './dashboard-summary';
import { DataGapRegister } from './data-gap-register';
import { GcmCoveragePanel } from './gcm-coverage-panel';
import { QualityPanel } from './quality-panel';
import { SdgTargetCoveragePanel } from './sdg-target-coverage-panel';
import { StrategyGoalCoveragePanel } from './strategy-goal-coverage-panel';
import './dashboard.css';

type DashboardPageProps = { network: CurrentNetwork; dashboard: UseQueryResult<IndicatorDashboardView> };

/**
 * The indicator-baseline dashboard: how far the network's indicators have a baseline, by GCM objective, SDG target
 * and strategy goal; their completeness and data quality; and the data-gap register. Public, like the crosswalk.
 * Its route (dashboard-routes.tsx) asks for the data.
 */
export const DashboardPage = ({ network, dashboard }: DashboardPageProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  // The panels below the first chart are built in the background after it has painted, so no single long task holds
  // the page back (React renders a deferred value in interruptible slices).
  const belowTheFold = useDeferredValue<IndicatorDashboardView | null>(dashboard.data ?? null, null);

  const title = <title>{`${t('dashboard.heading')} · ${t('app.name')}`}</title>;
  if (network.error) return <div className="page">{title}<ErrorState error={network.error} onRetry={network.retry} /></div>;
  if (network.isPending || dashboard.isPending) return <div className="page">{title}<LoadingState /></div>;
  if (dashboard.isError) return <div className="page">{title}<ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} /></div>;

  const view = dashboard.data;
  return (
    <article className="page" aria-labelledby={headingId}>
      {title}
      <header className="page-header">
        <p className="eyebrow">{t('dashboard.eyebrow')}</p>
        <h1 id={headingId}>{t('dashboard.heading')}</h1>
        <p className="muted prose">{t('dashboard.intro')}</p>
      </header>
      <DashboardSummary view={view} />
      <GcmCoveragePanel objectives={view.gcmObjectives} />
      {belowTheFold ? (
        <>
          <SdgTargetCoveragePanel targets={belowTheFold.sdgTargets} />
          <StrategyGoalCoveragePanel goals={belowTheFold.strategyGoals} />
          <QualityPanel completeness={belowTheFold.completeness} quality={belowTheFold.quality} />
          <DataGapRegister groups={belowTheFold.dataGapRegister} />
        </>
      ) : null}
    </article>
  );
};
