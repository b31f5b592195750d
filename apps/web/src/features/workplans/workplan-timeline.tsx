import { formatDateSpan, type ActivitySummaryView, type WorkplanDetailView } from '@compact-tracker/domain';
import { DateSpanLabel, QualityFlagBadge, StatusBadge, Timeline, type TimelineBar, type TimelineRow } from '@compact-tracker/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate, getSpanDateTimeAttribute, listMonths } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';

const toTimelineBar = (activity: ActivitySummaryView): TimelineBar => {
  const span = activity.dateSpan;
  switch (span.precision) {
    case 'day':
    case 'day-time-window':
      return { kind: 'day', date: span.date };
    case 'month-range':
      return { kind: 'range', start: activity.bounds.earliestStart, end: activity.bounds.latestEnd };
    case 'month-choice':
      return { kind: 'choice', months: span.months };
  }
};

/** The workplan's year, stretched if an activity reaches outside it. */
const getMonthRange = (workplan: WorkplanDetailView): { from: string; to: string } => {
  const starts = workplan.activities.map((activity) => activity.bounds.earliestStart.slice(0, 7));
  const ends = workplan.activities.map((activity) => activity.bounds.latestEnd.slice(0, 7));
  const from = [`${workplan.year}-01`, ...starts].sort()[0] as string;
  const to = [`${workplan.year}-12`, ...ends].sort().reverse()[0] as string;
  return { from, to };
};

export const ActivityRowHeader = ({ activity }: { activity: ActivitySummaryView }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <div className="activity-row">
      <Link className="activity-row__title" to={`/activities/${activity.id}`}>
        {activity.title}
      </Link>
      <div className="activity-row__meta">
        <StatusBadge status={activity.status} label={t(`status.${activity.status}`)} />
        <DateSpanLabel
          text={formatDateSpan(activity.dateSpan, locale)}
          precision={activity.dateSpan.precision}
          dateTime={getSpanDateTimeAttribute(activity.dateSpan)}
          tentativeLabel={t('timeline.tentative')}
        />
        <span className="activity-row__kind">{t(`activityKind.${activity.kind}`)}</span>
      </div>
      {activity.qualityFlags.length > 0 ? (
        <div className="activity-row__flags">
          {activity.qualityFlags.map((flag) => (
            <QualityFlagBadge key={flag} code={flag} label={t(`qualityFlag.${flag}.label`)} description={t(`qualityFlag.${flag}.description`)} />
          ))}
        </div>
      ) : null}
    </div>
  );
};

export const WorkplanTimeline = ({ workplan }: { workplan: WorkplanDetailView }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const range = getMonthRange(workplan);
  const rows: TimelineRow[] = workplan.activities.map((activity) => ({
    id: activity.id,
    header: <ActivityRowHeader activity={activity} />,
    bar: toTimelineBar(activity),
    barLabel: formatDateSpan(activity.dateSpan, locale),
  }));

  return (
    <Timeline
      months={listMonths(range.from, range.to, locale)}
      rows={rows}
      asOf={{ date: workplan.asOf, label: t('timeline.asOfLegend', { date: formatLongDate(workplan.asOf, locale) }) }}
      labels={{
        caption: t('timeline.caption', { title: workplan.title }),
        activity: t('timeline.activity'),
        tentative: t('timeline.tentative'),
        legendDay: t('timeline.legendDay'),
        legendRange: t('timeline.legendRange'),
        legendChoice: t('timeline.legendChoice'),
      }}
    />
  );
};
