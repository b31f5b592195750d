import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

const maxRetries = 2;

/** A 4xx will not change by asking again; a dropped connection or a 5xx might. */
const shouldRetry = (failureCount: number, error: unknown): boolean => {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < maxRetries;
};

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    },
  });
