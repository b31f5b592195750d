import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildWorkplanDetail, workplanId, workplanSummary } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { baselineKeys } from '../baselines/api';
import { workplanKeys, workplanMilestonesQueryOptions } from './api';

const titles = {
  workshop: 'United Nations Network on Migration and Georgian Civil Society Organizations’ Engagement in the Global Compact for Safe, Orderly and Regular Migration process',
  webinar: 'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation',
  expert: 'International expert: linkages between the national Migration Strategy, GCM and the SDGs',
  meeting: 'Stock taking meeting with the RCO and UNCT',
};

const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

const renderHome = ({ asOf = '2026-01-15', path = '/', locale = 'en' as const } = {}) =>
  renderWithApp(<AppRoutes />, {
    path,
    locale,
    prepare: (queryClient) => {
      queryClient.setQueryData(workplanKeys.list(), [workplanSummary]);
      queryClient.setQueryData(baselineKeys.list(workplanId), []);
      queryClient.setQueryData(workplanMilestonesQueryOptions(workplanId, path.includes('asOf') ? asOf : undefined).queryKey, []);
      queryClient.setQueryData(workplanKeys.detail(workplanId, path.includes('asOf') ? asOf : undefined), buildWorkplanDetail(asOf));
    },
  });

const getRowOf = (title: string) => screen.getByRole('link', { name: title }).closest('[role="row"]') as HTMLElement;

describe('WorkplanPage', () => {
  it('shows the workplan with its network, co-chairs and one linked timeline row per activity', () => {
    renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Network on Migration in Georgia: workplan 2021' })).toBeTruthy();
    expect(screen.getByText('UN Network on Migration in Georgia')).toBeTruthy();
    expect(screen.getByText('30 June 2020').getAttribute('datetime')).toBe('2020-06-30');
    expect(screen.getByTitle('International Organization for Migration').textContent).toBe('IOM');
    expect(screen.getByTitle("UN Resident Coordinator's Office, Georgia").textContent).toBe('RCO');

    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByRole('grid', { name: 'Timeline of Network on Migration in Georgia: workplan 2021' })).toBeTruthy();
    expect(within(timeline).getAllByRole('columnheader')).toHaveLength(13);
    for (const title of Object.values(titles)) {
      expect(within(timeline).getByRole('link', { name: title }).getAttribute('href')).toMatch(/^\/activities\/[0-9a-f-]{36}$/);
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('gives each row its status, its date at the recorded precision and its quality flags', () => {
    renderHome();
    const workshop = getRowOf(titles.workshop);
    expect(within(workshop).getByText('Done')).toBeTruthy();
    expect(within(workshop).getByText('Tuesday, 16 March 2021')).toBeTruthy();
    expect(workshop.querySelector('[data-precision="day"]')).not.toBeNull();

    const webinar = getRowOf(titles.webinar);
    expect(within(webinar).getByText('Planned')).toBeTruthy();
    expect(within(webinar).getByText('Thursday, 22 April 2021, 14:00–17:00 (GMT+4)')).toBeTruthy();
    expect(within(webinar).getByText('Still planned after its start')).toBeTruthy();

    const expert = getRowOf(titles.expert);
    expect(within(expert).getByText('April through June 2021')).toBeTruthy();
    expect(expert.querySelector('[data-precision="range"]')).not.toBeNull();

    const meeting = getRowOf(titles.meeting);
    const bar = meeting.querySelector('[data-precision="choice"]');
    expect(bar?.getAttribute('data-tentative')).toBe('true');
    expect(bar?.getAttribute('data-months')).toBe('2021-06 2021-07');
    expect(within(meeting).getByText('June/July 2021')).toBeTruthy();
    expect(within(meeting).getByRole('img', { name: 'Tentative: June/July 2021' }).contains(bar)).toBe(true);
  });

  it('draws the as-of line when the chosen day falls inside the year', () => {
    renderHome({ asOf: '2021-05-01', path: '/?asOf=2021-05-01' });
    expect(screen.getByText('As of 1 May 2021')).toBeTruthy();
    expect((screen.getByLabelText('Check statuses as of') as HTMLInputElement).value).toBe('2021-05-01');
    expect(within(getRowOf(titles.meeting)).queryByText('Still planned after its start')).toBeNull();
    expect(screen.getByRole('button', { name: 'Today' })).toBeTruthy();
  });

  it('switches to Georgian with the language button, keeps source titles and remembers the choice', () => {
    renderHome();
    fireEvent.click(screen.getByRole('button', { name: 'ქართული' }));

    expect(screen.getByRole('region', { name: 'დროის ხაზი' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ქართული' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('group', { name: 'ენა' })).toBeTruthy();
    expect(within(getRowOf(titles.workshop)).getByText('დასრულებული')).toBeTruthy();
    expect(within(getRowOf(titles.meeting)).getByRole('img', { name: 'წინასწარი: ივნისი/ივლისი 2021' })).toBeTruthy();
    expect(screen.getByText('30 ივნისი, 2020')).toBeTruthy();
    expect(document.documentElement.lang).toBe('ka');
    expect(window.localStorage.getItem('compact-tracker.locale')).toBe('ka');
  });

  it('shows the API’s error message when the workplans cannot be loaded', async () => {
    fetchMock.mockImplementationOnce(async () =>
      new Response(JSON.stringify({ code: 'database_unavailable', message: 'The database is not reachable' }), { status: 503 }),
    );
    renderWithApp(<AppRoutes />, { path: '/' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Something went wrong')).toBeTruthy();
    expect(within(alert).getByText('The database is not reachable')).toBeTruthy();
  });
});
