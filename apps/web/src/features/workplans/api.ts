import type { MilestoneView, WorkplanDetailView, WorkplanSummaryView } from '@compact-tracker/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../lib/api-client';

export const workplanKeys = {
  all: ['workplans'] as const,
  list: () => [...workplanKeys.all, 'list'] as const,
  detail: (id: string, asOf?: string) => [...workplanKeys.all, 'detail', id, { asOf: asOf ?? null }] as const,
};

export const workplanListQueryOptions = () =>
  queryOptions({
    queryKey: workplanKeys.list(),
    queryFn: ({ signal }) => fetchJson<WorkplanSummaryView[]>('/api/workplans', { signal }),
  });

export const workplanDetailQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: workplanKeys.detail(id, asOf),
    queryFn: ({ signal }) => fetchJson<WorkplanDetailView>(`/api/workplans/${encodeURIComponent(id)}`, { signal, query: { asOf } }),
  });

/** Under the workplan's key: saving an action point refreshes the workplan, and its due-date milestone with it. */
export const workplanMilestonesQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: [...workplanKeys.all, 'milestones', id, { asOf: asOf ?? null }] as const,
    queryFn: ({ signal }) => fetchJson<MilestoneView[]>(`/api/workplans/${encodeURIComponent(id)}/milestones`, { signal, query: { asOf } }),
  });
