import type { ReadinessAsOf } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { formatLongDate, getCalendarDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';

/** On a day before the history begins, says so: the records are shown as first recorded, not as they stood then. */
export const BeforeHistoryNote = ({ asOf }: { asOf: ReadinessAsOf }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!asOf.isBeforeHistory) return null;
  const date = formatLongDate(getCalendarDate(asOf.historyBeginsAt, asOf.timeZone), locale);
  return <p className="notice notice--info">{t('readiness.asOf.beforeHistory', { date })}</p>;
};
