import type {
  IndicatorBaselineInput,
  IndicatorBaselineUpdateInput,
  IndicatorBaselineView,
  IndicatorInput,
  IndicatorTargetsInput,
  IndicatorUpdateInput,
  IndicatorView,
  Locale,
} from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { auditKeys } from '../history/api';

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (networkId: string) => [...indicatorKeys.all, 'list', networkId] as const,
  detail: (id: string) => [...indicatorKeys.all, 'detail', id] as const,
  baselines: (id: string) => [...indicatorKeys.all, 'baselines', id] as const,
};

const indicatorPath = (id: string) => `/api/indicators/${encodeURIComponent(id)}`;
const baselinePath = (id: string) => `/api/baselines/${encodeURIComponent(id)}`;
const networkPath = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export const indicatorListQueryOptions = (networkId: string) =>
  queryOptions({
    queryKey: indicatorKeys.list(networkId),
    queryFn: ({ signal }) => fetchJson<IndicatorView[]>(`${networkPath(networkId)}/indicators`, { signal }),
  });

export const indicatorQueryOptions = (id: string) =>
  queryOptions({
    queryKey: indicatorKeys.detail(id),
    queryFn: ({ signal }) => fetchJson<IndicatorView>(indicatorPath(id), { signal }),
  });

export const baselineListQueryOptions = (indicatorId: string) =>
  queryOptions({
    queryKey: indicatorKeys.baselines(indicatorId),
    queryFn: ({ signal }) => fetchJson<IndicatorBaselineView[]>(`${indicatorPath(indicatorId)}/baselines`, { signal }),
  });

/** The public indicator and baseline files, each in the reader's language. */
export const getIndicatorDownloads = (networkId: string, locale: Locale) => {
  const base = networkPath(networkId);
  return {
    indicatorsXlsx: `${base}/indicators/export.xlsx?lang=${locale}`,
    indicatorsCsv: `${base}/indicators/export.csv?lang=${locale}`,
    baselinesXlsx: `${base}/baselines/export.xlsx?lang=${locale}`,
    baselinesCsv: `${base}/baselines/export.csv?lang=${locale}`,
  };
};

/** An indicator's change shows in the list, its page and its history; the answer is the indicator itself. */
const refreshIndicator = (queryClient: QueryClient, indicator: IndicatorView) => {
  queryClient.setQueryData(indicatorKeys.detail(indicator.id), indicator);
  void queryClient.invalidateQueries({ queryKey: [...indicatorKeys.all, 'list'] });
  void queryClient.invalidateQueries({ queryKey: auditKeys.entity('indicator', indicator.id) });
};

const refreshBaselines = (queryClient: QueryClient, indicatorId: string, baselineId: string) => {
  void queryClient.invalidateQueries({ queryKey: indicatorKeys.baselines(indicatorId) });
  void queryClient.invalidateQueries({ queryKey: auditKeys.entity('indicator_baseline', baselineId) });
};

export const useCreateIndicator = (networkId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: IndicatorInput; idempotencyKey: string }) =>
      (await sendJson<IndicatorView>(`${networkPath(networkId)}/indicators`, { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: (indicator) => refreshIndicator(queryClient, indicator),
  });
};

type Versioned<T> = { input: T; version: number };

export const useUpdateIndicator = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: Versioned<IndicatorUpdateInput>) =>
      (await sendJson<IndicatorView>(indicatorPath(id), { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: (indicator) => refreshIndicator(queryClient, indicator),
  });
};

export const useReplaceTargets = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: Versioned<IndicatorTargetsInput>) =>
      (await sendJson<IndicatorView>(`${indicatorPath(id)}/targets`, { method: 'PUT', body: input, ifMatch: version })).data,
    onSuccess: (indicator) => refreshIndicator(queryClient, indicator),
  });
};

export const useDeleteIndicator = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version }: { version: number }) => {
      await sendJson<void>(indicatorPath(id), { method: 'DELETE', ifMatch: version });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: indicatorKeys.detail(id) });
      queryClient.removeQueries({ queryKey: indicatorKeys.baselines(id) });
      void queryClient.invalidateQueries({ queryKey: [...indicatorKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: auditKeys.entity('indicator', id) });
    },
  });
};

export const useCreateBaseline = (indicatorId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: IndicatorBaselineInput; idempotencyKey: string }) =>
      (await sendJson<IndicatorBaselineView>(`${indicatorPath(indicatorId)}/baselines`, { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: (baseline) => refreshBaselines(queryClient, indicatorId, baseline.id),
  });
};

export const useUpdateBaseline = (indicatorId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: Versioned<IndicatorBaselineUpdateInput> & { id: string }) =>
      (await sendJson<IndicatorBaselineView>(baselinePath(id), { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: (baseline) => refreshBaselines(queryClient, indicatorId, baseline.id),
  });
};

export const useDeleteBaseline = (indicatorId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await sendJson<void>(baselinePath(id), { method: 'DELETE', ifMatch: version });
    },
    onSuccess: (_result, { id }) => refreshBaselines(queryClient, indicatorId, id),
  });
};
