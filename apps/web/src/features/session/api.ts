import { hasPermission, type Permission, type SessionUserView, type SessionView, type SignInInput, type SignInView } from '@compact-tracker/domain';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../lib/api-client';

export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
};

const anonymous: SessionView = { user: null };

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: ({ signal }) => fetchJson<SessionView>('/api/auth/session', { signal }),
    // Who is signed in changes only by signing in or out here, or by the session expiring (a 401 refetches it).
    staleTime: 5 * 60_000,
  });

export type SessionState = {
  user: SessionUserView | null;
  isPending: boolean;
  /** Asks the domain's role rules, the same the API's guard reads; nobody anonymous may do anything but read. */
  can: (permission: Permission) => boolean;
};

export const useSession = (): SessionState => {
  const session = useQuery(sessionQueryOptions());
  const user = session.data?.user ?? null;
  return {
    user,
    isPending: session.isPending,
    can: (permission) => (user ? hasPermission(user.role, permission) : false),
  };
};

/** Answers that depend on who asks (history, users); everything else is public and the same for all. */
const privateQueryRoots: readonly string[] = ['audit', 'users'];

/**
 * Signing in or out changes who the API answers: the previous person's private answers are dropped, the session
 * is set from the answer rather than asked for again, and whatever is on screen is fetched afresh.
 */
const switchIdentity = (queryClient: QueryClient, session: SessionView) => {
  queryClient.setQueryData<SessionView>(sessionKeys.current(), session);
  queryClient.removeQueries({ predicate: (query) => privateQueryRoots.includes(String(query.queryKey[0])) });
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
};

export const useSignIn = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => (await sendJson<SignInView>('/api/auth/sign-in', { method: 'POST', body: input })).data,
    onSuccess: ({ user }) => switchIdentity(queryClient, { user }),
  });
};

export const useSignOut = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await sendJson<void>('/api/auth/sign-out', { method: 'POST' });
    },
    // Even when the request fails the person asked to leave: forget them here; the server's session expires anyway.
    onSettled: () => switchIdentity(queryClient, anonymous),
  });
};
