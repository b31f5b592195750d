import type { WorkplanDetailView, WorkplanSummaryView } from '@compact-tracker/domain';
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
