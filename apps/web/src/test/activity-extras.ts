import type { QueryClient } from '@tanstack/react-query';
import { activityKeys } from '../features/activities/api';
import { auditKeys } from '../features/history/api';
import { peopleKeys } from '../features/agenda-editor/api';
import { actionPointKeys } from '../features/outcomes/api';
import { workplanKeys } from '../features/workplans/api';
import { workplanId, workplanSummary } from './fixtures';

/** What an activity page reads beside the activity itself, empty, so a test needs no network for it. */
export const prepareActivityExtras = (queryClient: QueryClient, activityIds: readonly string[]) => {
  queryClient.setQueryData(workplanKeys.list(), [workplanSummary]);
  queryClient.setQueryData(actionPointKeys.workplan(workplanId), []);
  queryClient.setQueryData(peopleKeys.list(), []);
  for (const id of activityIds) {
    queryClient.setQueryData(activityKeys.progress(id), []);
    queryClient.setQueryData(activityKeys.outcomes(id), null);
    queryClient.setQueryData(auditKeys.entity('activity', id), []);
  }
};
