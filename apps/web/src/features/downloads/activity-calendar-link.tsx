import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n/use-locale';
import { getActivityCalendarUrl } from './download-links';

/** One event as an .ics file, in its own zone with the agenda in the description. */
export const ActivityCalendarLink = ({ activityId }: { activityId: string }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <a className="button download-link" href={getActivityCalendarUrl(activityId, locale)} download>
      <span aria-hidden="true">📅 </span>
      {t('downloads.addToCalendar')}
    </a>
  );
};
