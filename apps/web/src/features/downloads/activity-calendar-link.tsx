import { useTranslation } from 'react-i18next';
import { getActivityCalendarUrl } from './download-links';

/** One event as an .ics file, in its own zone with the agenda in the description. */
export const ActivityCalendarLink = ({ activityId }: { activityId: string }) => {
  const { t } = useTranslation();
  return (
    <a className="button download-link" href={getActivityCalendarUrl(activityId)} download>
      <span aria-hidden="true">📅 </span>
      {t('downloads.addToCalendar')}
    </a>
  );
};
