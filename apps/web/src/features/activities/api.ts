import type { ActivityDetailView, AgendaView } from '@compact-tracker/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../lib/api-client';

export const activityKeys = {
  all: ['activities'] as const,
  detail: (id: string) => [...activityKeys.all, 'detail', id] as const,
  /** Fetched in the event's own zone; other zones are derived in the browser. */
  agenda: (id: string) => [...activityKeys.all, 'agenda', id] as const,
};

export const activityDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: activityKeys.detail(id),
    queryFn: ({ signal }) => fetchJson<ActivityDetailView>(`/api/activities/${encodeURIComponent(id)}`, { signal }),
  });

export const activityAgendaQueryOptions = (id: string) =>
  queryOptions({
    queryKey: activityKeys.agenda(id),
    queryFn: ({ signal }) => fetchJson<AgendaView>(`/api/activities/${encodeURIComponent(id)}/agenda`, { signal }),
  });
