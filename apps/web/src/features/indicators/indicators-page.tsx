import type { IndicatorView } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { useLocale } from '../../lib/i18n/use-locale';
import { useCurrentNetwork } from '../crosswalk/current-network';
import { useSession } from '../session/api';
import { getIndicatorDownloads, indicatorListQueryOptions } from './api';
import { useDimensionName } from './dimension-name';
import '../activities/activity-work.css';
import '../crosswalk/crosswalk.css';
import './indicators.css';
import { NewIndicatorForm } from './new-indicator';

const IndicatorTable = ({ indicators }: { indicators: readonly IndicatorView[] }) => {
  const { t } = useTranslation();
  const dimensionName = useDimensionName();
  return (
    <div className="table-scroll" role="region" aria-label={t('indicators.tableCaption')} tabIndex={0}>
      <table className="data-table indicator-table">
        <caption className="ct-visually-hidden">{t('indicators.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.form.code')}</th>
            <th scope="col">{t('indicators.form.name')}</th>
            <th scope="col">{t('indicators.form.measure')}</th>
            <th scope="col">{t('indicators.form.dimensions')}</th>
            <th scope="col">{t('indicators.frameworks')}</th>
            <th scope="col">{t('indicators.targetCount')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row"><Link to={`/indicators/${indicator.id}`} aria-label={`${indicator.code}: ${indicator.name}`}>{indicator.code}</Link></th>
              <td>{indicator.name}</td>
              <td>
                {t(`indicators.measure.${indicator.measure}`)}
                {indicator.unit ? <span className="muted"> ({indicator.unit})</span> : null}
              </td>
              <td>{indicator.disaggregationDimensions.length > 0 ? indicator.disaggregationDimensions.map(dimensionName).join(', ') : <span className="muted">—</span>}</td>
              <td>
                <ul className="tags">
                  {indicator.gcmObjectiveNumbers.map((number) => <li key={`gcm-${number}`} className="tag tag--gcm">{t('indicators.gcmTag', { number })}</li>)}
                  {indicator.sdgIndicatorCodes.map((code) => <li key={`sdg-${code}`} className="tag tag--sdg">{t('indicators.sdgIndicator', { code })}</li>)}
                </ul>
              </td>
              <td className="indicator-table__count">{indicator.targets.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** The network's national indicators, with the files to download and, for the expert, adding and importing. */
export const IndicatorsPage = () => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const headingId = useId();
  const listHeadingId = useId();
  const formHeadingId = useId();
  const addButton = useRef<HTMLButtonElement | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const network = useCurrentNetwork();
  const networkId = network.networkId ?? '';
  const list = useQuery({ ...indicatorListQueryOptions(networkId), enabled: networkId !== '' });
  const canWrite = can('baseline:write');
  const { state } = useLocation();
  const wasDeleted = (state as { notice?: string } | null)?.notice === 'deleted';

  if (network.error) return <div className="page"><ErrorState error={network.error} onRetry={network.retry} /></div>;
  if (network.isPending || list.isPending) return <div className="page"><LoadingState /></div>;
  if (list.isError) return <div className="page"><ErrorState error={list.error} onRetry={() => void list.refetch()} /></div>;

  const downloads = getIndicatorDownloads(networkId, locale);
  const closeForm = () => {
    setIsAdding(false);
    addButton.current?.focus();
  };

  return (
    <article className="page" aria-labelledby={headingId}>
      <title>{`${t('indicators.heading')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">{t('indicators.eyebrow')}</p>
        <h1 id={headingId}>{t('indicators.heading')}</h1>
        <p className="muted prose">{t('indicators.intro')}</p>
        <ul className="page-links" aria-label={t('indicators.downloads')}>
          <li><a href={downloads.indicatorsXlsx} download>{t('indicators.downloadIndicatorsXlsx')}</a></li>
          <li><a href={downloads.indicatorsCsv} download>{t('indicators.downloadIndicatorsCsv')}</a></li>
          <li><a href={downloads.baselinesXlsx} download>{t('indicators.downloadBaselinesXlsx')}</a></li>
          <li><a href={downloads.baselinesCsv} download>{t('indicators.downloadBaselinesCsv')}</a></li>
          <li><Link to="/dashboard">{t('crosswalk.toDashboard')}</Link></li>
        </ul>
      </header>
      {wasDeleted ? <p className="notice notice--success" role="status">{t('indicators.deleted')}</p> : null}
      {canWrite ? (
        <div className="toolbar" role="group" aria-label={t('indicators.tools')}>
          <button ref={addButton} type="button" className="button button--primary" aria-expanded={isAdding} onClick={() => setIsAdding((current) => !current)}>
            {t('indicators.add')}
          </button>
          <Link className="button" to="/indicators/import">{t('indicators.importBaselines')}</Link>
        </div>
      ) : null}
      {isAdding ? (
        <section className="panel" aria-labelledby={formHeadingId}>
          <h2 id={formHeadingId}>{t('indicators.newHeading')}</h2>
          <NewIndicatorForm networkId={networkId} headingId={formHeadingId} onCancel={closeForm} />
        </section>
      ) : null}
      <section className="panel" aria-labelledby={listHeadingId}>
        <div>
          <h2 id={listHeadingId}>{t('indicators.listHeading')}</h2>
          <p className="panel__sub">{t('indicators.count', { count: list.data.length })}</p>
        </div>
        {list.data.length === 0 ? <p className="muted">{t('indicators.none')}</p> : <IndicatorTable indicators={list.data} />}
      </section>
    </article>
  );
};
