import { activityKinds, activityStatuses, type ActivityKind, type ActivityStatus, type ActivitySummaryView } from '@compact-tracker/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterMenu, type FilterOption } from './filter-menu';
import { hasActiveFilters, type TimelineView, type TimelineViewChange } from './timeline-view';

type TimelineFiltersProps = {
  activities: readonly ActivitySummaryView[];
  view: TimelineView;
  shownCount: number;
  onChange: (change: TimelineViewChange) => void;
};

const countBy = <T extends string>(activities: readonly ActivitySummaryView[], pick: (activity: ActivitySummaryView) => readonly T[]) => {
  const counts = new Map<T, number>();
  for (const activity of activities) for (const value of pick(activity)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
};

/** Status, kind and lead organisation filters, and how many activities they leave. */
export const TimelineFilters = ({ activities, view, shownCount, onChange }: TimelineFiltersProps) => {
  const { t } = useTranslation();

  const options = useMemo(() => {
    const statusCounts = countBy(activities, (activity) => [activity.status]);
    const kindCounts = countBy(activities, (activity) => [activity.kind]);
    const leadCounts = countBy(activities, (activity) => activity.leadOrganisations.map((organisation) => organisation.id));
    const leads = new Map(activities.flatMap((activity) => activity.leadOrganisations).map((organisation) => [organisation.id, organisation]));
    const statuses: FilterOption<ActivityStatus>[] = activityStatuses.map((status) => ({ value: status, label: t(`status.${status}`), count: statusCounts.get(status) ?? 0 }));
    const kinds: FilterOption<ActivityKind>[] = activityKinds
      .filter((kind) => kindCounts.has(kind) || view.kinds.includes(kind))
      .map((kind) => ({ value: kind, label: t(`activityKind.${kind}`), count: kindCounts.get(kind) ?? 0 }));
    const leadOptions: FilterOption<string>[] = [...leads.values()]
      .map((organisation) => ({
        value: organisation.id,
        label: organisation.shortName && organisation.shortName !== organisation.name ? `${organisation.shortName} · ${organisation.name}` : organisation.name,
        count: leadCounts.get(organisation.id) ?? 0,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
    return { statuses, kinds, leads: leadOptions };
  }, [activities, t, view.kinds]);

  return (
    <div className="timeline-filters" role="group" aria-label={t('timeline.filters')}>
      <FilterMenu label={t('timeline.filterStatus')} options={options.statuses} selected={view.statuses} onChange={(statuses) => onChange({ statuses })} />
      <FilterMenu label={t('timeline.filterKind')} options={options.kinds} selected={view.kinds} onChange={(kinds) => onChange({ kinds })} />
      <FilterMenu label={t('timeline.filterLead')} options={options.leads} selected={view.leadIds} onChange={(leadIds) => onChange({ leadIds })} />
      {hasActiveFilters(view) ? (
        <button type="button" className="button button--quiet" onClick={() => onChange({ statuses: [], kinds: [], leadIds: [] })}>
          {t('timeline.clearFilters')}
        </button>
      ) : null}
      <p className="timeline-filters__count" role="status">
        {t('timeline.shownCount', { shown: shownCount, count: activities.length })}
      </p>
    </div>
  );
};
