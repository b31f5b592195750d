import type { CrosswalkLinkView } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { useLocale } from '../../lib/i18n/use-locale';
import { useSession } from '../session/api';
import { crosswalkMatrixQueryOptions, getCrosswalkDownloads, strategyQueryOptions } from './api';
import '../activities/activity-work.css';
import './crosswalk.css';
import { CrosswalkMatrix } from './crosswalk-matrix';
import { CrosswalkViewSwitch, useCrosswalkView } from './crosswalk-view';
import { useCurrentNetwork } from './current-network';
import { GcmCoverage } from './gcm-coverage';
import { StrategyTree } from './strategy-tree';

/**
 * The expert's crosswalk: the national strategy's goals and objectives, each objective's links to GCM objectives and
 * SDG targets or indicators, and how many strategy objectives cover each GCM objective. Everyone may read it, as the
 * editable tree or as one matrix.
 */
export const CrosswalkPage = () => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const headingId = useId();
  const strategyHeadingId = useId();
  const coverageHeadingId = useId();
  const network = useCurrentNetwork();
  const { view, changeView } = useCrosswalkView();
  const networkId = network.networkId ?? '';
  const strategy = useQuery({ ...strategyQueryOptions(networkId), enabled: networkId !== '' });
  const matrix = useQuery({ ...crosswalkMatrixQueryOptions(networkId), enabled: networkId !== '' });
  const [notice, setNotice] = useState<string | null>(null);
  const linksByObjective = useMemo(
    () => new Map<string, readonly CrosswalkLinkView[]>((matrix.data?.rows ?? []).map((row) => [row.strategyObjectiveId, row.links])),
    [matrix.data],
  );

  if (network.isPending || strategy.isPending || matrix.isPending) {
    if (network.error) return <div className="page"><ErrorState error={network.error} onRetry={network.retry} /></div>;
    return <div className="page"><LoadingState /></div>;
  }
  if (strategy.isError) return <div className="page"><ErrorState error={strategy.error} onRetry={() => void strategy.refetch()} /></div>;
  if (matrix.isError) return <div className="page"><ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} /></div>;

  const downloads = getCrosswalkDownloads(networkId, locale);
  const placeholderCount = strategy.data.goals.reduce((count, goal) => count + (goal.isPlaceholder ? 1 : 0) + goal.objectives.filter((objective) => objective.isPlaceholder).length, 0);
  const placeholdersNotice = placeholderCount > 0 ? <p className="notice notice--warning">{t('crosswalk.placeholdersNotice', { count: placeholderCount })}</p> : null;

  return (
    <article className="page" aria-labelledby={headingId}>
      <title>{`${t('crosswalk.heading')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">{t('crosswalk.eyebrow')}</p>
        <h1 id={headingId}>{t('crosswalk.heading')}</h1>
        <p className="muted prose">{t('crosswalk.intro')}</p>
        <ul className="page-links" aria-label={t('crosswalk.downloads')}>
          <li><a href={downloads.xlsx} download>{t('crosswalk.downloadXlsx')}</a></li>
          <li><a href={downloads.csv} download>{t('crosswalk.downloadCsv')}</a></li>
          <li><Link to="/indicators">{t('crosswalk.toIndicators')}</Link></li>
          <li><Link to="/dashboard">{t('crosswalk.toDashboard')}</Link></li>
        </ul>
      </header>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      <CrosswalkViewSwitch view={view} onChange={changeView} />
      {view === 'matrix' ? (
        <>
          {placeholdersNotice}
          <CrosswalkMatrix strategy={strategy.data} matrix={matrix.data} />
        </>
      ) : (
        <div className="crosswalk-layout">
          <section className="panel" aria-labelledby={strategyHeadingId}>
            <div>
              <h2 id={strategyHeadingId}>{strategy.data.name}</h2>
              <p className="panel__sub">{t('crosswalk.strategyIntro')}</p>
            </div>
            {placeholdersNotice}
            <StrategyTree
              networkId={networkId}
              strategy={strategy.data}
              linksByObjective={linksByObjective}
              canWrite={can('crosswalk:write')}
              onNotice={setNotice}
            />
          </section>
          <section className="panel crosswalk-layout__side" aria-labelledby={coverageHeadingId}>
            <h2 id={coverageHeadingId}>{t('crosswalk.coverageHeading')}</h2>
            <GcmCoverage matrix={matrix.data} />
          </section>
        </div>
      )}
    </article>
  );
};
