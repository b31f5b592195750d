import type { WorkplanSummaryView } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';

export const NetworkSummary = ({ workplan }: { workplan: WorkplanSummaryView }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { network } = workplan;
  return (
    <dl className="facts facts--inline">
      <div className="facts__item">
        <dt>{t('workplan.network')}</dt>
        <dd>{network.name}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('workplan.established')}</dt>
        <dd>
          <time dateTime={network.establishedOn}>{formatLongDate(network.establishedOn, locale)}</time>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('workplan.coChairs')}</dt>
        <dd>
          <ul className="inline-list">
            {network.coChairs.map((organisation) => (
              <li key={organisation.id}>
                {organisation.shortName ? <abbr title={organisation.name}>{organisation.shortName}</abbr> : organisation.name}
              </li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
};
