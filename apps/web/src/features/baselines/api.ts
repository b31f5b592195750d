import type { BaselineDiffView, BaselineInput, BaselineView } from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { workplanKeys } from '../workplans/api';

const baselinesPath = (workplanId: string) => `/api/workplans/${encodeURIComponent(workplanId)}/baselines`;

export const baselineKeys = {
  all: ['baselines'] as const,
  list: (workplanId: string) => [...baselineKeys.all, 'list', workplanId] as const,
  /** Under the workplan's key: every change to an activity refreshes the workplan, and the comparison with it. */
  diff: (workplanId: string, baselineId: string) => [...workplanKeys.all, 'baseline-diff', workplanId, baselineId] as const,
};

export const baselineListQueryOptions = (workplanId: string) =>
  queryOptions({
    queryKey: baselineKeys.list(workplanId),
    queryFn: ({ signal }) => fetchJson<BaselineView[]>(baselinesPath(workplanId), { signal }),
  });

/** The baseline against today's plan. */
export const baselineDiffQueryOptions = (workplanId: string, baselineId: string) =>
  queryOptions({
    queryKey: baselineKeys.diff(workplanId, baselineId),
    queryFn: ({ signal }) => fetchJson<BaselineDiffView>(`${baselinesPath(workplanId)}/${encodeURIComponent(baselineId)}/diff`, { signal }),
  });

export const useFreezeBaseline = (workplanId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: BaselineInput; idempotencyKey: string }) =>
      (await sendJson<BaselineView>(baselinesPath(workplanId), { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: baselineKeys.list(workplanId) }),
  });
};
