import type { OrganisationView } from '@compact-tracker/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../lib/api-client';

export const organisationKeys = {
  all: ['organisations'] as const,
  list: () => [...organisationKeys.all, 'list'] as const,
};

export const organisationListQueryOptions = () =>
  queryOptions({
    queryKey: organisationKeys.list(),
    queryFn: ({ signal }) => fetchJson<OrganisationView[]>('/api/organisations', { signal }),
    staleTime: 10 * 60_000,
  });
