import type { ActionPointView } from '@compact-tracker/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { activityIds, buildSessionUser, organisationList, workplanId, workplanSummary } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { workplanKeys } from '../workplans/api';
import { followUpKeys } from './api';

const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => Promise.reject(new TypeError('no network in this test')));
});

const organisation = (shortName: string) => {
  const found = organisationList.find((candidate) => candidate.shortName === shortName);
  if (!found) throw new Error(`no organisation ${shortName}`);
  return found;
};
const workshopRef = { id: activityIds.get('cso-workshop') as string, title: 'CSO workshop' };
const meetingRef = { id: activityIds.get('stock-taking-meeting') as string, title: 'Stock taking meeting' };

/** As the API answers: overdue first, then by due date. */
const actionPoints: ActionPointView[] = [
  {
    id: '00000000-0000-4000-8000-000000000701',
    title: 'Share the mapping of CSOs',
    owner: organisation('IOM'),
    dueDate: '2021-04-15',
    status: 'in_progress',
    isOverdue: true,
    sourceActivity: workshopRef,
    feedsActivity: meetingRef,
    version: 2,
  },
  {
    id: '00000000-0000-4000-8000-000000000702',
    title: 'Draft the second-half workplan',
    owner: organisation('RCO'),
    dueDate: '2021-08-31',
    status: 'open',
    isOverdue: false,
    sourceActivity: workshopRef,
    feedsActivity: null,
    version: 1,
  },
];

const renderFollowUp = ({ role, locale = 'en' as const }: { role: 'co_chair' | 'viewer' | null; locale?: 'en' | 'ka' }) =>
  renderWithApp(<AppRoutes />, {
    path: '/follow-up',
    locale,
    user: role ? buildSessionUser(role) : null,
    prepare: (queryClient) => {
      queryClient.setQueryData(workplanKeys.list(), [workplanSummary]);
      queryClient.setQueryData(followUpKeys.list(workplanId, {}), actionPoints);
    },
  });

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('FollowUpPage', () => {
  it('lists the action points overdue first with a clear badge, their owner, due date and linked activities', () => {
    renderFollowUp({ role: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeTruthy();
    const [first, second] = bodyRows() as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('rowheader').textContent).toBe('Share the mapping of CSOs');
    expect(within(first).getByText('Overdue')).toBeTruthy();
    expect(within(first).getByText('IOM')).toBeTruthy();
    expect(within(first).getByText('15 April 2021').getAttribute('datetime')).toBe('2021-04-15');
    expect(within(first).getByRole('link', { name: 'CSO workshop' }).getAttribute('href')).toBe(`/activities/${workshopRef.id}`);
    expect(within(first).getByRole('link', { name: 'Stock taking meeting' }).getAttribute('href')).toBe(`/activities/${meetingRef.id}`);
    expect(within(second).queryByText('Overdue')).toBeNull();
    expect(screen.getByText(/^2 action points/).textContent).toBe('2 action points · 1 overdue');
    expect(screen.getByRole('link', { name: 'Action points, Excel (.xlsx)' }).getAttribute('href')).toBe(`/api/workplans/${workplanId}/action-points/export.xlsx?lang=en`);
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Follow-up' }).getAttribute('href')).toBe('/follow-up');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a viewer each status as text, without a control to change it', () => {
    renderFollowUp({ role: 'viewer' });
    expect(screen.queryByRole('combobox', { name: /^Status of/ })).toBeNull();
    expect(within(bodyRows()[0] as HTMLElement).getByText('In progress')).toBeTruthy();
  });

  it('lets a co-chair change a status inline, sending the version it was read at', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ ...actionPoints[1], status: 'done', version: 2 }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    renderFollowUp({ role: 'co_chair' });
    const control = screen.getByRole('combobox', { name: 'Status of “Draft the second-half workplan”' }) as HTMLSelectElement;
    expect(control.value).toBe('open');
    fireEvent.change(control, { target: { value: 'done' } });
    expect(await screen.findByText('“Draft the second-half workplan” is now Done.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/action-points/${actionPoints[1]?.id}`);
    expect(init.method).toBe('PATCH');
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"1"');
    expect(JSON.parse(String(init.body))).toEqual({ status: 'done' });
  });

  it('shows the conflict notice when someone else changed the action point first', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ code: 'version_conflict', message: 'stale' }), { status: 412, headers: { 'Content-Type': 'application/json' } }));
    renderFollowUp({ role: 'co_chair' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Status of “Share the mapping of CSOs”' }), { target: { value: 'done' } });
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByText('Someone else saved first')).toBeTruthy();
    expect(within(notice).getByRole('button', { name: 'Load latest version' })).toBeTruthy();
  });

  it('reads in Georgian', () => {
    renderFollowUp({ role: null, locale: 'ka' });
    expect(screen.getByRole('heading', { level: 1, name: 'შემდგომი ქმედებები' })).toBeTruthy();
    expect(within(bodyRows()[0] as HTMLElement).getByText('ვადაგადაცილებული')).toBeTruthy();
  });
});
