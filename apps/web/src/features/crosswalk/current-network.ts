import type { CountryNetworkView } from '@compact-tracker/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../lib/api-client';
import { useSession } from '../session/api';

export const networkKeys = {
  all: ['networks'] as const,
  list: () => [...networkKeys.all, 'list'] as const,
};

export const networkListQueryOptions = () =>
  queryOptions({
    queryKey: networkKeys.list(),
    queryFn: ({ signal }) => fetchJson<CountryNetworkView[]>('/api/networks', { signal }),
  });

export type CurrentNetwork = { networkId: string | undefined; isPending: boolean; error: unknown; retry: () => void };

/**
 * The network whose strategy, crosswalk and indicators are shown: a signed-in person's own (the one they may write
 * to), otherwise the first the API lists (the app serves one country network today).
 */
export const useCurrentNetwork = (): CurrentNetwork => {
  const session = useSession();
  const ownNetworkId = session.user?.network.id;
  const networks = useQuery({ ...networkListQueryOptions(), enabled: !session.isPending && ownNetworkId === undefined });
  if (session.isPending) return { networkId: undefined, isPending: true, error: null, retry: () => undefined };
  if (ownNetworkId) return { networkId: ownNetworkId, isPending: false, error: null, retry: () => undefined };
  return {
    networkId: networks.data?.[0]?.id,
    isPending: networks.isPending,
    error: networks.error,
    retry: () => void networks.refetch(),
  };
};
