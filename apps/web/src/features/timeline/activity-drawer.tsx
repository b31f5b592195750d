import { formatDateSpan, type ActivitySummaryView } from '@compact-tracker/domain';
import { DateSpanLabel, QualityFlagBadge, StatusBadge, TimelineDrawer } from '@compact-tracker/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate, getSpanDateTimeAttribute } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';

type ActivityDrawerProps = {
  activity: ActivitySummaryView | undefined;
  asOf: string;
  onClose: () => void;
};

/** An activity's essentials beside the timeline, with the way to its own page. */
export const ActivityDrawer = ({ activity, asOf, onClose }: ActivityDrawerProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <TimelineDrawer
      isOpen={activity !== undefined}
      title={activity?.title}
      eyebrow={activity ? t(`activityKind.${activity.kind}`) : undefined}
      closeLabel={t('timeline.drawer.close')}
      onClose={onClose}
    >
      {activity ? (
        <>
          <dl className="facts drawer-facts">
            <div className="facts__item">
              <dt>{t('timeline.drawer.date')}</dt>
              <dd>
                <DateSpanLabel
                  text={formatDateSpan(activity.dateSpan, locale)}
                  precision={activity.dateSpan.precision}
                  dateTime={getSpanDateTimeAttribute(activity.dateSpan)}
                  tentativeLabel={t('timeline.tentative')}
                />
              </dd>
            </div>
            <div className="facts__item">
              <dt>{t('timeline.drawer.status')}</dt>
              <dd><StatusBadge status={activity.status} label={t(`status.${activity.status}`)} /></dd>
            </div>
            <div className="facts__item">
              <dt>{t('timeline.drawer.flags', { date: formatLongDate(asOf, locale) })}</dt>
              <dd>
                {activity.qualityFlags.length > 0 ? (
                  <ul className="plain-list">
                    {activity.qualityFlags.map((flag) => (
                      <li key={flag}>
                        <QualityFlagBadge code={flag} label={t(`qualityFlag.${flag}.label`)} />
                        <p className="drawer-facts__note">{t(`qualityFlag.${flag}.description`)}</p>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t('timeline.drawer.noFlags')}</span>
                )}
              </dd>
            </div>
            <div className="facts__item">
              <dt>{t('activity.leadOrganisations')}</dt>
              <dd>
                {activity.leadOrganisations.length > 0 ? (
                  <ul className="plain-list">
                    {activity.leadOrganisations.map((organisation) => (
                      <li key={organisation.id}>
                        {organisation.name}
                        {organisation.shortName && !organisation.name.includes(organisation.shortName) ? (
                          <span className="muted"> ({organisation.shortName})</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t('activity.none')}</span>
                )}
              </dd>
            </div>
            <div className="facts__item">
              <dt>{t('activity.kind')}</dt>
              <dd>{t(`activityKind.${activity.kind}`)}</dd>
            </div>
          </dl>
          <p>
            <Link className="button button--primary" to={`/activities/${activity.id}`}>{t('timeline.drawer.openPage')}</Link>
          </p>
        </>
      ) : null}
    </TimelineDrawer>
  );
};
