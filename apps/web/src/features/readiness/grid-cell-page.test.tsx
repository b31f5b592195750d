import type { ReadinessGridCellDetailView } from '@compact-tracker/domain';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { activityIds, buildSessionUser } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { readinessKeys } from './api';
import { indicatorId, networkId, readinessNow } from './readiness-fixtures';

const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => vi.unstubAllGlobals());

const webinarId = activityIds.get('scmi-webinar') as string;
const cell: ReadinessGridCellDetailView = {
  networkId,
  asOf: readinessNow.asOf,
  objective: { number: 1, title: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies' },
  principle: { number: 6, name: 'human rights' },
  counts: { objectiveNumber: 1, principleNumber: 6, activityCount: 1, indicatorWithBaselineCount: 0, withoutBaselineCount: 1 },
  activities: [{ id: webinarId, title: 'Webinar for SCMI officials', status: 'done' }],
  indicators: [{ id: indicatorId, code: 'GE-1', name: 'Returning migrants registered', baseline: 'data_gap' }],
};

describe('a cell of the readiness grid', () => {
  it('lists the activities and indicators it counts, each linked, with the indicator’s baseline state', () => {
    renderWithApp(<AppRoutes />, {
      path: '/readiness/grid/1/6',
      user: buildSessionUser('scmi_reviewer'),
      prepare: (queryClient) => queryClient.setQueryData(readinessKeys.cell(networkId, 1, 6), cell),
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Objective 1 × Human rights' })).toBeTruthy();
    const activities = screen.getByRole('region', { name: '1 activity' });
    expect(within(activities).getByRole('link', { name: 'Webinar for SCMI officials' }).getAttribute('href')).toBe(`/activities/${webinarId}`);
    const indicators = screen.getByRole('region', { name: '1 indicator' });
    expect(within(indicators).getByRole('link', { name: 'GE-1 Returning migrants registered' }).getAttribute('href')).toBe(`/indicators/${indicatorId}`);
    expect(within(indicators).getByText('Data gap')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to readiness' }).getAttribute('href')).toBe('/readiness');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each(['/readiness/grid/abc/1', '/readiness/grid/1/abc', '/readiness/grid/24/1', '/readiness/grid/1/11', '/readiness/grid/0/6', '/readiness/grid/1e1/6'])(
    'says %s is not a page rather than loading for ever',
    (path) => {
      renderWithApp(<AppRoutes />, { path, user: buildSessionUser('scmi_reviewer') });
      expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
      expect(fetchMock).not.toHaveBeenCalled();
    },
  );
});
