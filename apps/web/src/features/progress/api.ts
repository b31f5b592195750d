import type { ProgressEntryView, ProgressNoteInput } from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { activityKeys } from '../activities/api';
import { auditKeys } from '../history/api';

const progressPath = (activityId: string) => `/api/activities/${encodeURIComponent(activityId)}/progress`;

/** Newest first, as the API answers. */
export const progressQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: activityKeys.progress(activityId),
    queryFn: ({ signal }) => fetchJson<ProgressEntryView[]>(progressPath(activityId), { signal }),
  });

export const useAddProgressNote = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: ProgressNoteInput; idempotencyKey: string }) =>
      (await sendJson<ProgressEntryView>(progressPath(activityId), { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: activityKeys.progress(activityId) });
      void queryClient.invalidateQueries({ queryKey: auditKeys.entity('activity', activityId) });
    },
  });
};
