import type { BaselineQuality, DashboardCompleteness } from '@compact-tracker/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n/use-locale';
import { DistributionChart, type DistributionRow } from './distribution-chart';
import { formatPartOf, formatShare } from './format-share';

type DistributionTableProps = { caption: string; valueHeading: string; rows: DistributionRow[]; total: number };

const DistributionTable = ({ caption, valueHeading, rows, total }: DistributionTableProps) => {
  const { t } = useTranslation();
  const captionId = useId();
  const { locale } = useLocale();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table dashboard-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{valueHeading}</th>
            <th scope="col" className="dashboard-table__count">{t('dashboard.baselines')}</th>
            <th scope="col" className="dashboard-table__count">{t('dashboard.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="dashboard-table__count">{row.count}</td>
              <td className="dashboard-table__count">{formatPartOf(row.count, total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

type QualityPanelProps = { completeness: DashboardCompleteness; quality: BaselineQuality };

/**
 * Completeness (indicators with a baseline or a justified gap) and the quality of the baselines that count: missing
 * metadata, age, and how they split by confidence and by nature of data.
 */
export const QualityPanel = ({ completeness, quality }: QualityPanelProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const headingId = useId();
  const missingCaptionId = useId();
  const share = completeness.baselineOrGapShare;
  const missing = [
    { key: 'source', label: t('dashboard.missingSource'), count: quality.missingSourceCount },
    { key: 'method', label: t('dashboard.missingMethod'), count: quality.missingMethodCount },
    { key: 'nature', label: t('dashboard.missingNatureOfData'), count: quality.missingNatureOfDataCount },
    { key: 'confidence', label: t('dashboard.missingConfidence'), count: quality.missingConfidenceCount },
    { key: 'outdated', label: t('dashboard.outdated', { year: quality.outdatedBeforeYear }), count: quality.outdatedCount },
  ];
  const confidenceRows = quality.byConfidence.map(({ confidence, count }) => ({
    key: confidence ?? 'not-stated',
    label: confidence ? t(`dashboard.confidenceValue.${confidence}`) : t('dashboard.notStated'),
    count,
  }));
  const natureRows = quality.byNatureOfData.map(({ natureOfData, count }) => ({
    key: natureOfData ?? 'not-stated',
    label: natureOfData ? t(`dashboard.natureValue.${natureOfData}`) : t('dashboard.notStated'),
    count,
  }));

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t('dashboard.qualityHeading')}</h2>
        <p className="panel__sub">{t('dashboard.qualityIntro')}</p>
      </div>
      <div className="dashboard-completeness">
        <p className="dashboard-completeness__share">
          <span className="dashboard-completeness__figure">{formatShare(share, locale)}</span>{' '}
          {t('dashboard.completenessSentence', { done: completeness.withBaselineCount + completeness.withGapCount, total: completeness.indicatorCount })}
        </p>
        {share === null ? null : (
          <meter className="dashboard-meter" min={0} max={1} value={share} aria-label={t('dashboard.baselineOrGapShare')}>
            {formatShare(share, locale)}
          </meter>
        )}
        <p className="muted">{t('dashboard.recordCounts', { baselines: completeness.baselineRecordCount, gaps: completeness.gapRecordCount })}</p>
      </div>
      <div className="table-scroll" role="region" aria-labelledby={missingCaptionId} tabIndex={0}>
        <table className="data-table dashboard-table">
          <caption id={missingCaptionId}>{t('dashboard.missingCaption', { count: quality.baselineCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.check')}</th>
              <th scope="col" className="dashboard-table__count">{t('dashboard.baselines')}</th>
              <th scope="col" className="dashboard-table__count">{t('dashboard.share')}</th>
            </tr>
          </thead>
          <tbody>
            {missing.map((row) => (
              <tr key={row.key} data-flagged={row.count > 0 || undefined}>
                <th scope="row">{row.label}</th>
                <td className="dashboard-table__count">{row.count}</td>
                <td className="dashboard-table__count">{formatPartOf(row.count, quality.baselineCount, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dashboard-columns">
        <div className="dashboard-columns__item">
          <DistributionChart rows={confidenceRows} />
          <DistributionTable caption={t('dashboard.byConfidence')} valueHeading={t('dashboard.confidence')} rows={confidenceRows} total={quality.baselineCount} />
        </div>
        <div className="dashboard-columns__item">
          <DistributionChart rows={natureRows} />
          <DistributionTable caption={t('dashboard.byNatureOfData')} valueHeading={t('dashboard.natureOfData')} rows={natureRows} total={quality.baselineCount} />
        </div>
      </div>
    </section>
  );
};
