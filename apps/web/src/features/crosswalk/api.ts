import type {
  CrosswalkLinkInput,
  CrosswalkLinkUpdateInput,
  CrosswalkLinkView,
  CrosswalkMatrixView,
  StrategyGoalInput,
  StrategyGoalView,
  StrategyObjectiveInput,
  StrategyObjectiveView,
  StrategyView,
} from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { auditKeys } from '../history/api';

export const crosswalkKeys = {
  all: ['crosswalk'] as const,
  strategy: (networkId: string) => [...crosswalkKeys.all, 'strategy', networkId] as const,
  matrix: (networkId: string) => [...crosswalkKeys.all, 'matrix', networkId] as const,
};

const networkPath = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export const strategyQueryOptions = (networkId: string) =>
  queryOptions({
    queryKey: crosswalkKeys.strategy(networkId),
    queryFn: ({ signal }) => fetchJson<StrategyView>(`${networkPath(networkId)}/strategy`, { signal }),
  });

export const crosswalkMatrixQueryOptions = (networkId: string) =>
  queryOptions({
    queryKey: crosswalkKeys.matrix(networkId),
    queryFn: ({ signal }) => fetchJson<CrosswalkMatrixView>(`${networkPath(networkId)}/crosswalk`, { signal }),
  });

/** The public crosswalk files, each in the reader's language. */
export const getCrosswalkDownloads = (networkId: string, locale: string) => ({
  csv: `${networkPath(networkId)}/crosswalk/export.csv?lang=${locale}`,
  xlsx: `${networkPath(networkId)}/crosswalk/export.xlsx?lang=${locale}`,
});

/** The tree, the matrix (which repeats its titles) and the changed record's history all move together. */
const refreshCrosswalk = (queryClient: QueryClient) => {
  void queryClient.invalidateQueries({ queryKey: crosswalkKeys.all });
  void queryClient.invalidateQueries({ queryKey: auditKeys.all });
};

type Versioned<T> = { id: string; input: T; version: number };
type Created<T> = { parentId: string; input: T; idempotencyKey: string };

export const useCreateGoal = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ parentId, input, idempotencyKey }: Created<StrategyGoalInput>) =>
      (await sendJson<StrategyGoalView>(`${networkPath(parentId)}/strategy/goals`, { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};

export const useRenameGoal = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: Versioned<StrategyGoalInput>) =>
      (await sendJson<StrategyGoalView>(`/api/strategy/goals/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};

export const useDeleteGoal = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await sendJson<void>(`/api/strategy/goals/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: version });
    },
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};

export const useCreateObjective = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ parentId, input, idempotencyKey }: Created<StrategyObjectiveInput>) =>
      (await sendJson<StrategyObjectiveView>(`/api/strategy/goals/${encodeURIComponent(parentId)}/objectives`, { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};

export const useRenameObjective = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: Versioned<StrategyObjectiveInput>) =>
      (await sendJson<StrategyObjectiveView>(`/api/strategy/objectives/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};

export const useDeleteObjective = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await sendJson<void>(`/api/strategy/objectives/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: version });
    },
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};

export const useCreateLink = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: CrosswalkLinkInput; idempotencyKey: string }) =>
      (await sendJson<CrosswalkLinkView>('/api/crosswalk/links', { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};

export const useUpdateLink = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: Versioned<CrosswalkLinkUpdateInput>) =>
      (await sendJson<CrosswalkLinkView>(`/api/crosswalk/links/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};

export const useDeleteLink = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await sendJson<void>(`/api/crosswalk/links/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: version });
    },
    onSuccess: () => refreshCrosswalk(queryClient),
  });
};
