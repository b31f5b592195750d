import { gcmGuidingPrinciples, type IndicatorBaselineView, type IndicatorView } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { getViewerTimeZone } from '../../lib/date-time';
import { EntityHistory } from '../history/entity-history';
import { useSession } from '../session/api';
import { indicatorQueryOptions } from './api';
import { BaselinesSection, useBaselineTitle } from './baselines-section';
import { useDimensionName } from './dimension-name';
import { IndicatorManagement } from './indicator-management';
import { TargetsSection } from './targets-section';
import '../activities/activity-work.css';
import '../crosswalk/crosswalk.css';
import './indicators.css';

const BackLink = () => {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
      <Link to="/indicators">
        <span aria-hidden="true">← </span>
        {t('indicators.backToList')}
      </Link>
    </nav>
  );
};

const IndicatorDetails = ({ indicator }: { indicator: IndicatorView }) => {
  const { t } = useTranslation();
  const dimensionName = useDimensionName();
  const none = <span className="muted">{t('form.none')}</span>;
  return (
    <section className="panel" aria-labelledby="indicator-details-heading">
      <h2 id="indicator-details-heading">{t('indicators.details')}</h2>
      <p className="prose">{indicator.definition}</p>
      <dl className="facts facts--inline">
        <div className="facts__item"><dt>{t('indicators.form.measure')}</dt><dd>{t(`indicators.measure.${indicator.measure}`)}</dd></div>
        <div className="facts__item"><dt>{t('indicators.form.unit')}</dt><dd>{indicator.unit ?? none}</dd></div>
        <div className="facts__item"><dt>{t('indicators.form.direction')}</dt><dd>{t(`indicators.direction.${indicator.direction}`)}</dd></div>
        <div className="facts__item">
          <dt>{t('indicators.form.dimensions')}</dt>
          <dd>{indicator.disaggregationDimensions.length > 0 ? indicator.disaggregationDimensions.map(dimensionName).join(', ') : none}</dd>
        </div>
        <div className="facts__item"><dt>{t('indicators.form.custodian')}</dt><dd>{indicator.custodian ?? none}</dd></div>
        <div className="facts__item"><dt>{t('indicators.form.frequency')}</dt><dd>{indicator.frequency ?? none}</dd></div>
      </dl>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('indicators.frameworks')}</dt>
          <dd>
            {indicator.gcmObjectiveNumbers.length + indicator.gcmPrincipleNumbers.length + indicator.sdgIndicatorCodes.length === 0 ? none : (
              <ul className="tags">
                {indicator.gcmObjectiveNumbers.map((number) => <li key={`gcm-${number}`} className="tag tag--gcm">{t('indicators.gcmTag', { number })}</li>)}
                {indicator.gcmPrincipleNumbers.map((number) => (
                  <li key={`principle-${number}`} className="tag" title={gcmGuidingPrinciples[number - 1]}>{t('indicators.principleNumber', { number })}</li>
                ))}
                {indicator.sdgIndicatorCodes.map((code) => <li key={`sdg-${code}`} className="tag tag--sdg">{t('indicators.sdgIndicator', { code })}</li>)}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
};

/** The record whose history is shown: one at a time, the indicator unless the reader chose a baseline. */
type HistorySubject = { kind: 'indicator' } | { kind: 'baseline'; baseline: IndicatorBaselineView };

const IndicatorDetail = ({ indicator, viewerTimeZone }: { indicator: IndicatorView; viewerTimeZone: string }) => {
  const { t } = useTranslation();
  const { can } = useSession();
  const { state } = useLocation();
  const isNew = (state as { notice?: string } | null)?.notice === 'created';
  const canWrite = can('baseline:write');
  const canReadHistory = can('audit:read');
  const [historySubject, setHistorySubject] = useState<HistorySubject>({ kind: 'indicator' });
  const baselineTitle = useBaselineTitle();

  const showBaselineHistory = (baseline: IndicatorBaselineView) => {
    setHistorySubject({ kind: 'baseline', baseline });
    requestAnimationFrame(() => document.getElementById('indicator-history')?.focus());
  };

  return (
    <article className="page" aria-labelledby="indicator-heading">
      <title>{`${indicator.code} · ${t('app.name')}`}</title>
      <BackLink />
      <header className="page-header">
        <p className="eyebrow">{t('indicators.eyebrowCode', { code: indicator.code })}</p>
        <h1 id="indicator-heading" className="page-header__title--long">{indicator.name}</h1>
      </header>
      {isNew ? <p className="notice notice--success" role="status">{t('indicators.created')}</p> : null}
      {canWrite ? <IndicatorManagement indicator={indicator} /> : null}
      <IndicatorDetails indicator={indicator} />
      <BaselinesSection indicator={indicator} canWrite={canWrite} canReadHistory={canReadHistory} viewerTimeZone={viewerTimeZone} onShowHistory={showBaselineHistory} />
      <TargetsSection indicator={indicator} canWrite={canWrite} />
      {canReadHistory ? (
        <div id="indicator-history" className="history-subject" tabIndex={-1}>
          <p className="history-subject__label">
            {historySubject.kind === 'indicator'
              ? t('indicators.historyOfIndicator', { code: indicator.code })
              : t('indicators.historyOfBaseline', { title: baselineTitle(historySubject.baseline) })}
            {historySubject.kind === 'baseline' ? (
              <>
                {' '}
                <button type="button" className="button button--quiet" onClick={() => setHistorySubject({ kind: 'indicator' })}>{t('indicators.showIndicatorHistory')}</button>
              </>
            ) : null}
          </p>
          {historySubject.kind === 'indicator' ? (
            <EntityHistory key="indicator" entityType="indicator" entityId={indicator.id} viewerTimeZone={viewerTimeZone} />
          ) : (
            <EntityHistory key={historySubject.baseline.id} entityType="indicator_baseline" entityId={historySubject.baseline.id} viewerTimeZone={viewerTimeZone} />
          )}
        </div>
      ) : null}
    </article>
  );
};

type IndicatorPageProps = { viewerTimeZone?: string };

/** `/indicators/:id`: the indicator, its baselines and data gaps, its targets and each record's history. */
export const IndicatorPage = ({ viewerTimeZone = getViewerTimeZone() }: IndicatorPageProps) => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const indicator = useQuery(indicatorQueryOptions(id));

  if (indicator.isPending) return <div className="page"><LoadingState /></div>;
  if (indicator.isError) {
    const isNotFound = isApiError(indicator.error) && indicator.error.status === 404;
    return (
      <div className="page">
        <BackLink />
        <ErrorState error={indicator.error} {...(isNotFound ? { title: t('indicators.notFound') } : {})} onRetry={() => void indicator.refetch()} />
      </div>
    );
  }
  return <IndicatorDetail indicator={indicator.data} viewerTimeZone={viewerTimeZone} />;
};
