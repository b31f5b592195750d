import type { ActivitySummaryView, WorkplanDetailView, WorkplanSummaryView } from '@compact-tracker/domain';
import { toCountryNetworkView } from '../networks/country-network.mapper.js';
import type { WorkplanEntity } from './workplan.entity.js';

/** Needs `network.coChairs` loaded. */
export const toWorkplanSummaryView = (workplan: WorkplanEntity, activityCount: number): WorkplanSummaryView => ({
  id: workplan.id,
  title: workplan.title,
  year: workplan.year,
  source: workplan.source,
  network: toCountryNetworkView(workplan.network),
  activityCount,
});

export const toWorkplanDetailView = (workplan: WorkplanEntity, activities: ActivitySummaryView[], asOf: string): WorkplanDetailView => ({
  ...toWorkplanSummaryView(workplan, activities.length),
  asOf,
  activities,
});
