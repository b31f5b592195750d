import type { ActivityDetailView } from '@compact-tracker/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareActivityExtras } from '../../test/activity-extras';
import { activityIds, buildActivityDetail, buildSessionUser, organisationList } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { ActivityPage } from '../activities/activity-page';
import { activityKeys } from '../activities/api';
import { organisationKeys } from '../organisations/api';

const expertId = activityIds.get('expert-engagement') as string;
const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

const renderActivity = (activity: ActivityDetailView) =>
  renderWithApp(
    <Routes>
      <Route path="/activities/:id" element={<ActivityPage viewerTimeZone="Asia/Tbilisi" />} />
    </Routes>,
    {
      path: `/activities/${expertId}`,
      user: buildSessionUser('co_chair'),
      prepare: (queryClient) => {
        queryClient.setQueryData(activityKeys.detail(expertId), activity);
        prepareActivityExtras(queryClient, [expertId]);
        queryClient.setQueryData(organisationKeys.list(), organisationList);
      },
    },
  );

describe('the guiding principles of an activity, which place it in the readiness grid', () => {
  it('shows them as tags among its framework links', () => {
    renderActivity({ ...buildActivityDetail('expert-engagement', '2021-05-01'), gcmObjectiveNumbers: [1], gcmPrincipleNumbers: [2, 10] });
    const tags = screen.getByRole('list', { name: 'GCM objectives and SDG targets' });
    expect(within(tags).getAllByRole('listitem').map((tag) => tag.textContent)).toEqual([
      'Objective 1: Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
      'Principle: International cooperation',
      'Principle: Whole-of-society approach',
    ]);
  });

  it('are ticked in the activity form and only a change to them is sent', async () => {
    const original = { ...buildActivityDetail('expert-engagement', '2021-05-01'), gcmPrincipleNumbers: [] };
    fetchMock.mockImplementation(async (_url, init) => json((init?.method ?? 'GET') === 'PATCH' ? { ...original, gcmPrincipleNumbers: [2, 9], version: 2 } : []));
    renderActivity(original);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit activity' });
    const principles = within(form).getByRole('group', { name: 'GCM guiding principles' });
    fireEvent.click(within(principles).getByRole('checkbox', { name: 'Whole-of-government approach' }));
    fireEvent.click(within(principles).getByRole('checkbox', { name: 'International cooperation' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Your changes are saved.')).toBeTruthy();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ gcmPrincipleNumbers: [2, 9] });
  });
});
