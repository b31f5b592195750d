import type { CreateUserInput, UpdateUserInput, UserView } from '@compact-tracker/domain';
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';
import { retryLostConnection } from '../../lib/query-client';
import { auditKeys } from '../history/api';

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
};

export const userListQueryOptions = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => fetchJson<UserView[]>('/api/users', { signal }),
  });

const replaceInList = (queryClient: QueryClient, user: UserView) => {
  queryClient.setQueryData<UserView[]>(userKeys.list(), (users) => users?.map((current) => (current.id === user.id ? user : current)));
  void queryClient.invalidateQueries({ queryKey: userKeys.all });
  void queryClient.invalidateQueries({ queryKey: auditKeys.entity('user', user.id) });
};


export const useCreateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: CreateUserInput; idempotencyKey: string }) =>
      (await sendJson<UserView>('/api/users', { method: 'POST', body: input, idempotencyKey })).data,
    retry: retryLostConnection,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
};

export const useUpdateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: { id: string; input: UpdateUserInput; version: number }) =>
      (await sendJson<UserView>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, ifMatch: version })).data,
    onSuccess: (user) => replaceInList(queryClient, user),
  });
};
