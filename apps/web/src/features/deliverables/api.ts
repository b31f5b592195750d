import type { DeliverableInput, DeliverableUpdateInput, DeliverableView } from '@compact-tracker/domain';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { activityKeys } from '../activities/api';
import { auditKeys } from '../history/api';

const deliverablePath = (id: string) => `/api/deliverables/${encodeURIComponent(id)}`;

/** Deliverables travel inside the activity's detail, so every change refetches it. */
const refresh = (queryClient: QueryClient, activityId: string) => {
  void queryClient.invalidateQueries({ queryKey: activityKeys.detail(activityId) });
  void queryClient.invalidateQueries({ queryKey: auditKeys.all });
};

export const useAddDeliverable = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: DeliverableInput; idempotencyKey: string }) =>
      (await sendJson<DeliverableView>(`/api/activities/${encodeURIComponent(activityId)}/deliverables`, { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => refresh(queryClient, activityId),
  });
};

export const useUpdateDeliverable = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: { id: string; input: DeliverableUpdateInput; version: number }) =>
      (await sendJson<DeliverableView>(deliverablePath(id), { method: 'PATCH', body: input, ifMatch: version })).data,
    onSettled: () => refresh(queryClient, activityId),
  });
};

export const useDeleteDeliverable = (activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await sendJson<void>(deliverablePath(id), { method: 'DELETE', ifMatch: version });
    },
    onSettled: () => refresh(queryClient, activityId),
  });
};
