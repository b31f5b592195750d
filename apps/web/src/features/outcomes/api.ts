import type {
  ActionPointInput,
  ActionPointUpdateInput,
  ActionPointView,
  OutcomeRecordInput,
  OutcomeRecordView,
  OutcomeReturnInput,
} from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError, fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { activityKeys } from '../activities/api';
import { auditKeys } from '../history/api';
import { workplanKeys } from '../workplans/api';

const outcomesPath = (activityId: string) => `/api/activities/${encodeURIComponent(activityId)}/outcomes`;
const actionPointPath = (id: string) => `/api/action-points/${encodeURIComponent(id)}`;

export const actionPointKeys = {
  all: ['action-points'] as const,
  workplan: (workplanId: string) => [...actionPointKeys.all, 'workplan', workplanId] as const,
};

/** An event without a record yet answers null (or 404 from an older server): both mean "nothing recorded". */
export const outcomesQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: activityKeys.outcomes(activityId),
    queryFn: async ({ signal }) => {
      try {
        return (await fetchJson<OutcomeRecordView | null>(outcomesPath(activityId), { signal })) ?? null;
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });

/** The workplan's follow-up list: overdue first, then by due date. */
export const actionPointsQueryOptions = (workplanId: string) =>
  queryOptions({
    queryKey: actionPointKeys.workplan(workplanId),
    queryFn: ({ signal }) => fetchJson<ActionPointView[]>(`/api/workplans/${encodeURIComponent(workplanId)}/action-points`, { signal }),
  });

const refreshOutcomes = (queryClient: QueryClient, activityId: string, record: OutcomeRecordView) => {
  queryClient.setQueryData(activityKeys.outcomes(activityId), record);
  void queryClient.invalidateQueries({ queryKey: auditKeys.all });
};

export const useSaveOutcomes = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: { input: OutcomeRecordInput; version: number | null }) =>
      (await sendJson<OutcomeRecordView>(outcomesPath(activityId), { method: 'PUT', body: input, ...(version === null ? {} : { ifMatch: version }) })).data,
    onSuccess: (record) => refreshOutcomes(queryClient, activityId, record),
  });
};

export const useSignOffOutcomes = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version }: { version: number }) =>
      (await sendJson<OutcomeRecordView>(`${outcomesPath(activityId)}/sign-off`, { method: 'POST', ifMatch: version })).data,
    onSuccess: (record) => refreshOutcomes(queryClient, activityId, record),
  });
};

export const useReturnOutcomes = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: { input: OutcomeReturnInput; version: number }) =>
      (await sendJson<OutcomeRecordView>(`${outcomesPath(activityId)}/return`, { method: 'POST', body: input, ifMatch: version })).data,
    onSuccess: (record) => refreshOutcomes(queryClient, activityId, record),
  });
};

/** Action points also show on the timeline (their due dates are milestones), so the workplan is refetched too. */
const refreshActionPoints = (queryClient: QueryClient) => {
  void queryClient.invalidateQueries({ queryKey: actionPointKeys.all });
  void queryClient.invalidateQueries({ queryKey: workplanKeys.all });
  void queryClient.invalidateQueries({ queryKey: auditKeys.all });
};

export const useAddActionPoint = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: ActionPointInput; idempotencyKey: string }) =>
      (await sendJson<ActionPointView>(`/api/activities/${encodeURIComponent(activityId)}/action-points`, { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => refreshActionPoints(queryClient),
  });
};

export const useUpdateActionPoint = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: { id: string; input: ActionPointUpdateInput; version: number }) =>
      (await sendJson<ActionPointView>(actionPointPath(id), { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: () => refreshActionPoints(queryClient),
  });
};

export const useDeleteActionPoint = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await sendJson<void>(actionPointPath(id), { method: 'DELETE', ifMatch: version });
    },
    onSuccess: () => refreshActionPoints(queryClient),
  });
};
