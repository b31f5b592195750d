import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * Loads a record as it is saved now, bypassing the cache, for a form that lost a version race: `pick` finds the record
 * in what the query answers. `load` gives undefined when the request failed or the record is gone (the query's own
 * error state says why).
 */
export const useLoadLatest = <Data, Found, Key extends QueryKey>(options: FetchQueryOptions<Data, Error, Data, Key>, pick: (data: Data) => Found | undefined) => {
  const queryClient = useQueryClient();
  const [isLoading, setIsLoading] = useState(false);
  const load = async (): Promise<Found | undefined> => {
    setIsLoading(true);
    try {
      return pick(await queryClient.fetchQuery({ ...options, staleTime: 0 }));
    } catch {
      return undefined;
    } finally {
      setIsLoading(false);
    }
  };
  return { load, isLoading };
};

/** For queries that answer the record itself. */
export const asIs = <Data,>(data: Data): Data => data;
