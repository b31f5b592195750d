import type {
  Locale,
  ReadinessAnswerInput,
  ReadinessCommentInput,
  ReadinessCommentView,
  ReadinessCriterionDetailView,
  ReadinessCriterionInput,
  ReadinessCriterionUpdateInput,
  ReadinessGridCellDetailView,
  ReadinessGridView,
  ReadinessReviewDecisionInput,
  ReadinessReviewView,
  ReadinessSignOffInput,
  ReadinessView,
} from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { auditKeys } from '../history/api';

const asOfKey = (asOf: string | undefined) => ({ asOf: asOf ?? null });

export const readinessKeys = {
  all: ['readiness'] as const,
  summary: (networkId: string, asOf?: string) => [...readinessKeys.all, 'summary', networkId, asOfKey(asOf)] as const,
  criterion: (id: string, asOf?: string) => [...readinessKeys.all, 'criterion', id, asOfKey(asOf)] as const,
  grid: (networkId: string, asOf?: string) => [...readinessKeys.all, 'grid', networkId, asOfKey(asOf)] as const,
  cell: (networkId: string, objective: number, principle: number, asOf?: string) =>
    [...readinessKeys.all, 'grid', networkId, 'cell', objective, principle, asOfKey(asOf)] as const,
};

const networkPath = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/readiness`;
const criterionPath = (id: string) => `/api/readiness/criteria/${encodeURIComponent(id)}`;

export const readinessQueryOptions = (networkId: string, asOf?: string) =>
  queryOptions({
    queryKey: readinessKeys.summary(networkId, asOf),
    queryFn: ({ signal }) => fetchJson<ReadinessView>(networkPath(networkId), { signal, query: { asOf } }),
  });

export const criterionQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: readinessKeys.criterion(id, asOf),
    queryFn: ({ signal }) => fetchJson<ReadinessCriterionDetailView>(criterionPath(id), { signal, query: { asOf } }),
  });

export const readinessGridQueryOptions = (networkId: string, asOf?: string) =>
  queryOptions({
    queryKey: readinessKeys.grid(networkId, asOf),
    queryFn: ({ signal }) => fetchJson<ReadinessGridView>(`${networkPath(networkId)}/grid`, { signal, query: { asOf } }),
  });

export const gridCellQueryOptions = (networkId: string, objective: number, principle: number, asOf?: string) =>
  queryOptions({
    queryKey: readinessKeys.cell(networkId, objective, principle, asOf),
    queryFn: ({ signal }) => fetchJson<ReadinessGridCellDetailView>(`${networkPath(networkId)}/grid/${objective}/${principle}`, { signal, query: { asOf } }),
  });

/** The print-ready report; a plain link, so the browser downloads it with the session cookie. */
export const getReadinessReportUrl = (networkId: string, locale: Locale, asOf?: string): string => {
  const query = new URLSearchParams({ lang: locale });
  if (asOf) query.set('asOf', asOf);
  return `${networkPath(networkId)}/report.pdf?${query.toString()}`;
};

/** Every step changes the summary, the criterion and its history: all are fetched afresh. */
const refreshReadiness = (queryClient: QueryClient) => {
  void queryClient.invalidateQueries({ queryKey: readinessKeys.all });
  void queryClient.invalidateQueries({ queryKey: auditKeys.all });
};

export const useAddComment = (criterionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: ReadinessCommentInput; idempotencyKey: string }) =>
      (await sendJson<ReadinessCommentView>(`${criterionPath(criterionId)}/comments`, { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => refreshReadiness(queryClient),
  });
};

export const useDecideCriterion = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: { id: string; input: ReadinessReviewDecisionInput; version: number }) =>
      (await sendJson<ReadinessCriterionDetailView>(`${criterionPath(id)}/review`, { method: 'POST', body: input, ifMatch: version })).data,
    onSuccess: () => refreshReadiness(queryClient),
  });
};

export const useAnswerCriterion = (criterionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: { input: ReadinessAnswerInput; version: number }) =>
      (await sendJson<ReadinessCriterionDetailView>(`${criterionPath(criterionId)}/answer`, { method: 'POST', body: input, ifMatch: version })).data,
    onSuccess: () => refreshReadiness(queryClient),
  });
};

export const useUpdateCriterion = (criterionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: { input: ReadinessCriterionUpdateInput; version: number }) =>
      (await sendJson<ReadinessCriterionDetailView>(criterionPath(criterionId), { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: () => refreshReadiness(queryClient),
  });
};

export const useAddCriterion = (networkId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: ReadinessCriterionInput; idempotencyKey: string }) =>
      (await sendJson<ReadinessCriterionDetailView>(`${networkPath(networkId)}/criteria`, { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => refreshReadiness(queryClient),
  });
};

export const useSignOffReadiness = (networkId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: { input: ReadinessSignOffInput; version: number }) =>
      (await sendJson<ReadinessReviewView>(`${networkPath(networkId)}/sign-off`, { method: 'POST', body: input ?? {}, ifMatch: version })).data,
    onSuccess: () => refreshReadiness(queryClient),
  });
};
