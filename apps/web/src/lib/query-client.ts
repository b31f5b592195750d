import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

const maxRetries = 2;
/** The session query's key; kept here as data so the lib does not import a feature. */
const sessionKey = ['session'] as const;

/** A 4xx will not change by asking again; a dropped connection or a 5xx might. */
const shouldRetry = (failureCount: number, error: unknown): boolean => {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < maxRetries;
};

/**
 * For creates sent with an Idempotency-Key: a dropped connection is worth retrying, because the key makes a repeat
 * harmless; any answer from the server is final.
 */
export const retryLostConnection = (failureCount: number, error: unknown): boolean =>
  isApiError(error) && error.status === 0 && failureCount < maxRetries;

export const createQueryClient = (): QueryClient => {
  // A 401 means the session ended (idle or absolute timeout, sign-out elsewhere): ask again who is signed in,
  // so the header and the controls stop offering what no longer works.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && error.code !== 'invalid_credentials') void queryClient.invalidateQueries({ queryKey: sessionKey });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    },
  });
  return queryClient;
};
