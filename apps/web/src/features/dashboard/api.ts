import type { GcmObjectiveDrillDownView, IndicatorDashboardView } from '@compact-tracker/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../lib/api-client';

export const dashboardKeys = {
  all: ['indicator-dashboard'] as const,
  view: (networkId: string) => [...dashboardKeys.all, networkId] as const,
  objective: (networkId: string, objectiveNumber: number) => [...dashboardKeys.all, networkId, 'objectives', objectiveNumber] as const,
};

const dashboardPath = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/indicator-dashboard`;

/**
 * The dashboard sums up what other screens write (indicators, baselines, crosswalk links), so it is asked again each
 * time it is shown rather than kept fresh for the app's usual half minute.
 */
export const dashboardQueryOptions = (networkId: string) =>
  queryOptions({
    queryKey: dashboardKeys.view(networkId),
    queryFn: ({ signal }) => fetchJson<IndicatorDashboardView>(dashboardPath(networkId), { signal }),
    staleTime: 0,
  });

export const objectiveDrillDownQueryOptions = (networkId: string, objectiveNumber: number) =>
  queryOptions({
    queryKey: dashboardKeys.objective(networkId, objectiveNumber),
    queryFn: ({ signal }) => fetchJson<GcmObjectiveDrillDownView>(`${dashboardPath(networkId)}/objectives/${objectiveNumber}`, { signal }),
    staleTime: 0,
  });
