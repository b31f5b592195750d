import type { ActionPointStatus, ActionPointView } from '@compact-tracker/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../lib/api-client';
import { actionPointKeys } from '../outcomes/api';

export type FollowUpFilter = { status?: ActionPointStatus; asOf?: string };

/** Under the workplan's action-point key, so every change to an action point refreshes the follow-up list too. */
export const followUpKeys = {
  list: (workplanId: string, filter: FollowUpFilter) =>
    [...actionPointKeys.workplan(workplanId), 'follow-up', { status: filter.status ?? null, asOf: filter.asOf ?? null }] as const,
};

/** The follow-up list as the API orders it: overdue first, then by due date. */
export const followUpQueryOptions = (workplanId: string, filter: FollowUpFilter = {}) =>
  queryOptions({
    queryKey: followUpKeys.list(workplanId, filter),
    queryFn: ({ signal }) =>
      fetchJson<ActionPointView[]>(`/api/workplans/${encodeURIComponent(workplanId)}/action-points`, {
        signal,
        query: { status: filter.status, asOf: filter.asOf },
      }),
  });
