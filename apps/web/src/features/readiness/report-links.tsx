import type { Locale } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n/use-locale';
import { getReadinessReportUrl } from './api';

const otherLocale: Record<Locale, Locale> = { en: 'ka', ka: 'en' };

/** The print-ready report in the reader's language, and in the other one, as of the day shown. */
export const ReportLinks = ({ networkId, asOf }: { networkId: string; asOf: string | undefined }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const other = otherLocale[locale];
  return (
    <ul className="report-links" aria-label={t('readiness.report.label')}>
      <li>
        <a className="button download-link" href={getReadinessReportUrl(networkId, locale, asOf)} download>
          <span aria-hidden="true">⤓ </span>
          {t('readiness.report.download')}
        </a>
      </li>
      <li>
        <a href={getReadinessReportUrl(networkId, other, asOf)} download>
          {t(`readiness.report.in.${other}`)}
        </a>
      </li>
    </ul>
  );
};
