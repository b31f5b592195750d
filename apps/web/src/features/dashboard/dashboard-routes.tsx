import { gcmObjectiveNumberParamSchema } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { LoadingState } from '../../app/query-states';
import { useCurrentNetwork } from '../crosswalk/current-network';
import { NotFoundPage } from '../not-found/not-found-page';
import { dashboardQueryOptions, objectiveDrillDownQueryOptions } from './api';

/**
 * The dashboard's pages load on first visit: they bring the chart library, which every other page can do without.
 * Their data is asked for here, in the main bundle, so the answer travels while the pages' code loads.
 */
const DashboardPage = lazy(async () => ({ default: (await import('./dashboard-page')).DashboardPage }));
const ObjectiveDrillDownPage = lazy(async () => ({ default: (await import('./objective-drill-down-page')).ObjectiveDrillDownPage }));

const pageLoading = <div className="page"><LoadingState /></div>;

export const DashboardRoute = () => {
  const network = useCurrentNetwork();
  const networkId = network.networkId ?? '';
  const dashboard = useQuery({ ...dashboardQueryOptions(networkId), enabled: networkId !== '' });
  return (
    <Suspense fallback={pageLoading}>
      <DashboardPage network={network} dashboard={dashboard} />
    </Suspense>
  );
};

export const ObjectiveDrillDownRoute = () => {
  const params = useParams();
  const parsed = gcmObjectiveNumberParamSchema.safeParse(params.number ?? '');
  const network = useCurrentNetwork();
  const networkId = network.networkId ?? '';
  const objectiveNumber = parsed.success ? parsed.data : 0;
  const drillDown = useQuery({ ...objectiveDrillDownQueryOptions(networkId, objectiveNumber), enabled: networkId !== '' && parsed.success });
  if (!parsed.success) return <NotFoundPage />;
  return (
    <Suspense fallback={pageLoading}>
      <ObjectiveDrillDownPage network={network} drillDown={drillDown} />
    </Suspense>
  );
};
