import { formatDateSpan, georgia2021Workplan, type BaselineDiffView, type BaselineView } from '@compact-tracker/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { activityIds, buildSessionUser, buildWorkplanDetail, workplanId, workplanSummary } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { workplanKeys, workplanMilestonesQueryOptions } from '../workplans/api';
import { baselineKeys } from './api';
import { BaselineChanges } from './baseline-changes';

const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

const seedActivity = (key: string) => {
  const activity = georgia2021Workplan.activities.find((candidate) => candidate.key === key);
  if (!activity) throw new Error(`no activity ${key}`);
  return { activityId: activityIds.get(key) as string, title: activity.title, status: activity.status, dateSpan: activity.dateSpan };
};

const baseline: BaselineView = {
  id: '00000000-0000-4000-8000-000000000900',
  name: 'Plan as of April',
  createdAt: '2021-04-30T09:00:00.000Z',
  createdBy: { id: '00000000-0000-4000-8000-000000000901', displayName: 'Nino Beridze' },
  activityCount: 4,
};
const droppedId = '00000000-0000-4000-8000-000000000999';
const expert = seedActivity('expert-engagement');
const workshop = seedActivity('cso-workshop');
const webinar = seedActivity('scmi-webinar');
const meeting = seedActivity('stock-taking-meeting');

const diff: BaselineDiffView = {
  baseline,
  changes: [
    {
      kind: 'changed',
      activityId: expert.activityId,
      title: expert.title,
      baseline: { ...expert, dateSpan: { precision: 'month-range', fromMonth: '2021-02', toMonth: '2021-03' } },
      current: expert,
      isMoved: true,
      isStatusChanged: false,
      isRetitled: false,
    },
    {
      kind: 'changed',
      activityId: workshop.activityId,
      title: workshop.title,
      baseline: { ...workshop, status: 'planned' },
      current: workshop,
      isMoved: false,
      isStatusChanged: true,
      isRetitled: false,
    },
    {
      kind: 'changed',
      activityId: meeting.activityId,
      title: meeting.title,
      baseline: { ...meeting, title: 'Stock-taking' },
      current: meeting,
      isMoved: false,
      isStatusChanged: false,
      isRetitled: true,
    },
    { kind: 'added', activityId: webinar.activityId, title: webinar.title, current: webinar },
    {
      kind: 'dropped',
      activityId: droppedId,
      title: 'Regional consultation on labour migration',
      baseline: { activityId: droppedId, title: 'Regional consultation on labour migration', status: 'planned', dateSpan: { precision: 'day', date: '2021-09-15' } },
    },
  ],
};

const renderCompared = ({ role = 'viewer', path = `/?baseline=${baseline.id}` }: { role?: 'viewer' | 'co_chair'; path?: string } = {}) =>
  renderWithApp(<AppRoutes />, {
    path,
    user: role === 'viewer' ? null : buildSessionUser(role),
    prepare: (queryClient) => {
      queryClient.setQueryData(workplanKeys.list(), [workplanSummary]);
      queryClient.setQueryData(workplanKeys.detail(workplanId), buildWorkplanDetail('2021-05-01'));
      queryClient.setQueryData(workplanMilestonesQueryOptions(workplanId).queryKey, []);
      queryClient.setQueryData(baselineKeys.list(workplanId), [baseline]);
      queryClient.setQueryData(baselineKeys.diff(workplanId, baseline.id), diff);
    },
  });

const groupNamed = (panel: HTMLElement, name: RegExp) => within(panel).getByRole('region', { name });

describe('Plan vs baseline', () => {
  it('lists what moved, changed status, was renamed, added or dropped since the baseline chosen in the address', () => {
    renderCompared();
    expect((screen.getByLabelText('Compare with baseline') as HTMLSelectElement).value).toBe(baseline.id);
    const panel = screen.getByRole('region', { name: 'Changes since Plan as of April' });
    expect(within(panel).getByText(/Frozen on 30 April 2021 by Nino Beridze/)).toBeTruthy();

    const moved = groupNamed(panel, /^Moved/);
    expect(within(moved).getByRole('link', { name: expert.title }).getAttribute('href')).toBe(`/activities/${expert.activityId}`);
    expect(within(moved).getByText(formatDateSpan({ precision: 'month-range', fromMonth: '2021-02', toMonth: '2021-03' }, 'en')).className).toContain('old');
    expect(within(moved).getByText(formatDateSpan(expert.dateSpan, 'en')).className).toContain('new');

    const status = groupNamed(panel, /^Status changed/);
    expect(within(status).getByRole('link', { name: workshop.title })).toBeTruthy();
    expect(within(status).getByText('Planned').closest('[data-status]')?.getAttribute('data-status')).toBe('planned');
    expect(within(status).getByText('Done').closest('[data-status]')?.getAttribute('data-status')).toBe('done');

    expect(within(groupNamed(panel, /^Renamed/)).getByText('Stock-taking')).toBeTruthy();
    expect(within(groupNamed(panel, /^Added/)).getByRole('link', { name: webinar.title })).toBeTruthy();
    const dropped = groupNamed(panel, /^Dropped/);
    expect(within(dropped).getByText('Regional consultation on labour migration').tagName).toBe('DEL');
    expect(within(dropped).getByText('Wednesday, 15 September 2021')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('draws the baseline dates of a moved activity as a ghost on the timeline and a dropped activity as a ghost row', () => {
    renderCompared();
    const timeline = screen.getByRole('grid', { name: /^Timeline of/ });
    const expertRow = within(timeline).getByRole('link', { name: expert.title }).closest('[role="row"]') as HTMLElement;
    expect(within(expertRow).getByRole('img', { name: `In Plan as of April: ${formatDateSpan({ precision: 'month-range', fromMonth: '2021-02', toMonth: '2021-03' }, 'en')}` })).toBeTruthy();
    const droppedRow = within(timeline).getByText('Regional consultation on labour migration').closest('[role="row"]') as HTMLElement;
    expect(droppedRow.hasAttribute('data-ghost')).toBe(true);
    expect(within(droppedRow).getByText('Dropped since Plan as of April')).toBeTruthy();
    expect(screen.getByText('Dates in the baseline')).toBeTruthy();
  });

  it('offers co-chairs to freeze the plan under a name, and nobody else', () => {
    renderCompared({ path: '/' });
    expect(screen.queryByRole('button', { name: 'Freeze current plan as baseline' })).toBeNull();
    expect(screen.queryByRole('region', { name: /^Changes since/ })).toBeNull();
  });

  it('lets a co-chair open the freeze form with a labelled name field', () => {
    renderCompared({ role: 'co_chair', path: '/' });
    fireEvent.click(screen.getByRole('button', { name: 'Freeze current plan as baseline' }));
    expect(screen.getByRole('textbox', { name: 'Baseline name' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Freeze baseline' })).toBeTruthy();
  });

  it('says the changes in Georgian', () => {
    renderWithApp(<BaselineChanges diff={diff} />, { path: '/', locale: 'ka' });
    expect(screen.getByRole('heading', { name: 'ცვლილებები „Plan as of April“-ის შემდეგ' })).toBeTruthy();
    expect(screen.getByText(formatDateSpan(expert.dateSpan, 'ka'))).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^გადატანილი/ })).toBeTruthy();
  });
});
