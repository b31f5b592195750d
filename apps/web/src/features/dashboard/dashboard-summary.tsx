import { isUnlinkedObjective, type IndicatorDashboardView } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n/use-locale';
import { formatShare } from './format-share';

/** The headline figures, each a term and its count. */
export const DashboardSummary = ({ view }: { view: IndicatorDashboardView }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { completeness } = view;
  const figures = [
    { key: 'indicators', label: t('dashboard.indicators'), value: completeness.indicatorCount },
    { key: 'baseline', label: t('dashboard.withBaseline'), value: completeness.withBaselineCount },
    { key: 'gap', label: t('dashboard.withGap'), value: completeness.withGapCount },
    { key: 'neither', label: t('dashboard.withNeither'), value: completeness.withNeitherCount },
    { key: 'share', label: t('dashboard.baselineOrGapShare'), value: formatShare(completeness.baselineOrGapShare, locale) },
    { key: 'unlinked', label: t('dashboard.unlinkedObjectives'), value: view.gcmObjectives.filter(isUnlinkedObjective).length },
  ];
  return (
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
  );
};
