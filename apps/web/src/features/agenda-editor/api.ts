import type { AgendaReplaceInput, AgendaView, PersonInput, PersonView } from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { activityKeys } from '../activities/api';
import { auditKeys } from '../history/api';
import { workplanKeys } from '../workplans/api';

export const peopleKeys = {
  all: ['people'] as const,
  list: () => [...peopleKeys.all, 'list'] as const,
};

export const peopleQueryOptions = () =>
  queryOptions({
    queryKey: peopleKeys.list(),
    queryFn: ({ signal }) => fetchJson<PersonView[]>('/api/people', { signal }),
    staleTime: 5 * 60_000,
  });

export const useCreatePerson = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: PersonInput; idempotencyKey: string }) =>
      (await sendJson<PersonView>('/api/people', { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: (person) => {
      queryClient.setQueryData<PersonView[]>(peopleKeys.list(), (people) => [...(people ?? []), person]);
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
};

/** Replaces the schedule and every item at once, against the activity's version (its ETag). */
export const useSaveAgenda = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: { input: AgendaReplaceInput; version: number }) =>
      (await sendJson<AgendaView>(`/api/activities/${encodeURIComponent(activityId)}/agenda`, { method: 'PUT', body: input, ifMatch: version })).data,
    onSuccess: (agenda) => {
      queryClient.setQueryData(activityKeys.agenda(activityId), agenda);
      // The save bumps the activity's version and may give it a schedule; the timeline shows both.
      void queryClient.invalidateQueries({ queryKey: activityKeys.detail(activityId) });
      void queryClient.invalidateQueries({ queryKey: workplanKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.entity('activity', activityId) });
    },
  });
};
