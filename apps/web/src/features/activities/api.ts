import type {
  ActivityDetailView,
  ActivityInput,
  ActivityStatusChangeInput,
  ActivityUpdateInput,
  AgendaView,
} from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { auditKeys } from '../history/api';
import { workplanKeys } from '../workplans/api';

export const activityKeys = {
  all: ['activities'] as const,
  detail: (id: string) => [...activityKeys.all, 'detail', id] as const,
  /** Fetched in the event's own zone; other zones are derived in the browser. */
  agenda: (id: string) => [...activityKeys.all, 'agenda', id] as const,
  progress: (id: string) => [...activityKeys.all, 'progress', id] as const,
  outcomes: (id: string) => [...activityKeys.all, 'outcomes', id] as const,
};

const activityPath = (id: string) => `/api/activities/${encodeURIComponent(id)}`;

export const activityDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: activityKeys.detail(id),
    queryFn: ({ signal }) => fetchJson<ActivityDetailView>(activityPath(id), { signal }),
  });

export const activityAgendaQueryOptions = (id: string) =>
  queryOptions({
    queryKey: activityKeys.agenda(id),
    queryFn: ({ signal }) => fetchJson<AgendaView>(`${activityPath(id)}/agenda`, { signal }),
  });

/** After any write the timeline and this activity's history are out of date; the activity itself is the answer. */
const refreshAfterWrite = (queryClient: QueryClient, activity: ActivityDetailView) => {
  queryClient.setQueryData(activityKeys.detail(activity.id), activity);
  void queryClient.invalidateQueries({ queryKey: workplanKeys.all });
  void queryClient.invalidateQueries({ queryKey: auditKeys.entity('activity', activity.id) });
  // A status change (with its note) is an entry of the progress log.
  void queryClient.invalidateQueries({ queryKey: activityKeys.progress(activity.id) });
};


export type CreateActivityVariables = { input: ActivityInput; idempotencyKey: string };

export const useCreateActivity = (workplanId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: CreateActivityVariables) =>
      (await sendJson<ActivityDetailView>(`/api/workplans/${encodeURIComponent(workplanId)}/activities`, { method: 'POST', body: input, idempotencyKey }))
        .data,
    retry: retryLostConnection,
    onSuccess: (activity) => refreshAfterWrite(queryClient, activity),
  });
};

export type VersionedVariables<T> = { input: T; version: number };

export const useUpdateActivity = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: VersionedVariables<ActivityUpdateInput>) =>
      (await sendJson<ActivityDetailView>(activityPath(id), { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: (activity) => refreshAfterWrite(queryClient, activity),
  });
};

export const useChangeActivityStatus = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: VersionedVariables<ActivityStatusChangeInput>) =>
      (await sendJson<ActivityDetailView>(`${activityPath(id)}/status`, { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: (activity) => refreshAfterWrite(queryClient, activity),
  });
};

export const useDeleteActivity = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version }: { version: number }) => {
      await sendJson<void>(activityPath(id), { method: 'DELETE', ifMatch: version });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: activityKeys.detail(id) });
      queryClient.removeQueries({ queryKey: activityKeys.agenda(id) });
      void queryClient.invalidateQueries({ queryKey: workplanKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.entity('activity', id) });
    },
  });
};
