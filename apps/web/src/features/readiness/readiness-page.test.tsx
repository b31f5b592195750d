import type { ReadinessCriterionDetailView, Role } from '@compact-tracker/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser, organisationList } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { auditKeys } from '../history/api';
import { organisationKeys } from '../organisations/api';
import { readinessKeys } from './api';
import {
  baselinesCriterion,
  buildCriterionDetail,
  buildGrid,
  criterionIds,
  indicatorId,
  networkId,
  readinessBeforeHistory,
  readinessNow,
  readinessPast,
  reviewId,
} from './readiness-fixtures';

const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => Promise.reject(new TypeError('no network in this test')));
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const writes = () =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') !== 'GET')
    .map(([url, init]) => ({ method: init?.method, url: String(url), headers: init?.headers as Record<string, string>, body: init?.body ? JSON.parse(init.body as string) : undefined }));

const renderReadiness = ({ role = 'scmi_reviewer', path = '/readiness', locale = 'en' }: { role?: Role | null; path?: string; locale?: 'en' | 'ka' } = {}) =>
  renderWithApp(<AppRoutes />, {
    path,
    locale,
    user: role ? buildSessionUser(role) : null,
    prepare: (queryClient) => {
      queryClient.setQueryData(readinessKeys.summary(networkId), readinessNow);
      queryClient.setQueryData(readinessKeys.grid(networkId), buildGrid());
      queryClient.setQueryData(readinessKeys.summary(networkId, '2021-04-22'), readinessPast);
      queryClient.setQueryData(readinessKeys.grid(networkId, '2021-04-22'), buildGrid(readinessPast.asOf));
      queryClient.setQueryData(readinessKeys.summary(networkId, '2021-03-10'), readinessBeforeHistory);
      queryClient.setQueryData(readinessKeys.grid(networkId, '2021-03-10'), buildGrid(readinessBeforeHistory.asOf));
      queryClient.setQueryData(auditKeys.entity('readiness_review', reviewId), []);
      queryClient.setQueryData(organisationKeys.list(), organisationList);
    },
  });

const criteriaTable = () => screen.getByRole('table', { name: 'Criteria with their status, owner, due date, evidence and review' });
const rowOf = (title: string) => within(criteriaTable()).getByRole('row', { name: new RegExp(title) });

describe('the readiness page', () => {
  it('counts down to the IMRF from the as-of day and shows the totals', () => {
    renderReadiness();
    expect(screen.getByRole('heading', { level: 1, name: 'Readiness for the IMRF' })).toBeTruthy();
    expect(screen.getByText('77 days to the IMRF (17–20 May 2022)')).toBeTruthy();
    const totals = screen.getByLabelText('Totals');
    expect(within(totals).getAllByRole('definition').map((figure) => figure.textContent)).toEqual(['3', '1', '1', '1', '1', '0', '1', '2']);
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Readiness' }).getAttribute('href')).toBe('/readiness');
  });

  it('lists each criterion with its status in words and a shape, figures, owner, due date, overdue, evidence links and review', () => {
    renderReadiness();
    const workshop = rowOf('Whole-of-society consultation held');
    expect(within(workshop).getByRole('link', { name: 'Whole-of-society consultation held' }).getAttribute('href')).toBe(`/readiness/criteria/${criterionIds.workshop}`);
    expect(within(workshop).getByText('Met').closest('[data-status]')?.getAttribute('data-status')).toBe('met');
    expect(within(workshop).getByText('●').getAttribute('aria-hidden')).toBe('true');
    expect(within(workshop).getByText('Activity: CSO workshop on the GCM (Done)')).toBeTruthy();
    expect(within(workshop).getByText('16 March 2021').getAttribute('datetime')).toBe('2021-03-16');

    const baselines = rowOf('Indicator baselines established');
    expect(within(baselines).getByText('Partly met')).toBeTruthy();
    expect(within(baselines).getByText('Aligned indicators: 4 (2 with a baseline, 1 with a justified data gap, 1 with neither)')).toBeTruthy();
    expect(within(baselines).getByText('Overdue')).toBeTruthy();
    expect(within(baselines).getByRole('link', { name: 'GE-1 Returning migrants registered' }).getAttribute('href')).toBe(`/indicators/${indicatorId}`);
    expect(within(baselines).getByText('2 comments')).toBeTruthy();

    const voluntary = rowOf('Voluntary GCM review report drafted');
    expect(within(voluntary).getByText('Not met')).toBeTruthy();
    expect(within(voluntary).getByText('SCMI').getAttribute('title')).toBe('State Commission on Migration Issues of Georgia');
    expect(within(voluntary).getByText('No due date')).toBeTruthy();
    expect(within(voluntary).getByRole('link', { name: 'Outline of the voluntary review' }).getAttribute('href')).toBe('https://example.org/outline.pdf');
    expect(within(voluntary).getByText('Returned')).toBeTruthy();
    expect(within(voluntary).getByText('No draft exists yet')).toBeTruthy();
  });

  it('offers the PDF report in the reader’s language and the other one', () => {
    renderReadiness();
    expect(screen.getByRole('link', { name: 'Download report (PDF)' }).getAttribute('href')).toBe(`/api/networks/${networkId}/readiness/report.pdf?lang=en`);
    expect(screen.getByRole('link', { name: 'Download report (PDF) in Georgian' }).getAttribute('href')).toBe(`/api/networks/${networkId}/readiness/report.pdf?lang=ka`);
  });

  it('lets an SCMI reviewer accept a criterion from its row, with its version', async () => {
    const accepted: ReadinessCriterionDetailView = { ...buildCriterionDetail(baselinesCriterion), review: { ...baselinesCriterion.review, state: 'accepted' }, version: 4 };
    fetchMock.mockImplementation(async (url, init) => {
      if ((init?.method ?? 'GET') === 'POST') return json(200, accepted);
      if (String(url).startsWith('/api/audit/')) return json(200, []);
      return json(200, String(url).includes('/readiness/grid') ? buildGrid() : readinessNow);
    });
    renderReadiness();
    fireEvent.click(within(rowOf('Indicator baselines established')).getByRole('button', { name: 'Accept “Indicator baselines established”' }));
    await screen.findByText('“Indicator baselines established” accepted.');
    expect(writes()).toEqual([
      {
        method: 'POST',
        url: `/api/readiness/criteria/${criterionIds.baselines}/review`,
        headers: expect.objectContaining({ 'If-Match': '"3"', 'X-Requested-With': 'compact-tracker' }),
        body: { decision: 'accept' },
      },
    ]);
  });

  it('shows the sign-off disabled, with the returned criterion that holds it up', () => {
    renderReadiness();
    const signOff = screen.getByRole('region', { name: 'Sign-off' });
    const button = within(signOff).getByRole('button', { name: 'Sign off the review' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('Cannot be signed off while 1 criterion is returned:');
    expect(reason?.textContent).toContain('Voluntary GCM review report drafted');
  });

  it('gives co-chairs no review buttons, and an "Add criterion" form checked by the domain schema', async () => {
    renderReadiness({ role: 'co_chair' });
    expect(screen.queryByRole('button', { name: /^Accept/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign off the review' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add criterion' }));
    const form = screen.getByRole('form', { name: 'New criterion' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add criterion' }));
    await waitFor(() => expect(within(form).getByLabelText('Title').getAttribute('aria-invalid')).toBe('true'));
    expect(writes()).toEqual([]);
  });

  it('shows a past day read-only, with the as-of day in the URL and the report of that day', () => {
    renderReadiness({ path: '/readiness?asOf=2021-04-22' });
    expect(screen.getByText('390 days to the IMRF (17–20 May 2022)')).toBeTruthy();
    expect((screen.getByLabelText('Show readiness as of') as HTMLInputElement).value).toBe('2021-04-22');
    expect(screen.getByText(/Showing readiness as of 22 April 2021/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Accept/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign off the review' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Download report (PDF)' }).getAttribute('href')).toBe(`/api/networks/${networkId}/readiness/report.pdf?lang=en&asOf=2021-04-22`);
    expect(within(criteriaTable()).getByRole('link', { name: 'Whole-of-society consultation held' }).getAttribute('href')).toBe(`/readiness/criteria/${criterionIds.workshop}?asOf=2021-04-22`);
    expect(screen.queryByText(/The history of these records begins/)).toBeNull();
  });

  it('says on a day before the history began that the records are shown as first recorded, and lists them', () => {
    renderReadiness({ path: '/readiness?asOf=2021-03-10' });
    expect(screen.getByText(/Showing readiness as of 10 March 2021/)).toBeTruthy();
    expect(screen.getByText('The history of these records begins on 1 April 2021; for earlier days they are shown as first recorded.')).toBeTruthy();
    expect(within(criteriaTable()).getByRole('link', { name: 'Whole-of-society consultation held' })).toBeTruthy();
    expect(screen.queryByText('No readiness criteria on this day.')).toBeNull();
  });

  it('says the history note in Georgian, with the day in Georgian', () => {
    renderReadiness({ path: '/readiness?asOf=2021-03-10', locale: 'ka' });
    expect(screen.getByText('ამ ჩანაწერების ისტორია იწყება: 1 აპრილი, 2021. უფრო ადრეული დღეებისთვის ისინი ნაჩვენებია ისე, როგორც პირველად ჩაიწერა.')).toBeTruthy();
  });

  it('draws the 23 × 10 grid as a table, each counted cell a link to its evidence', () => {
    renderReadiness();
    const grid = screen.getByRole('table', { name: 'Readiness grid: GCM objectives by guiding principle' });
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(24);
    expect(within(rows[0] as HTMLElement).getAllByRole('columnheader')).toHaveLength(11);
    expect(within(rows[0] as HTMLElement).getByRole('columnheader', { name: 'Human rights' })).toBeTruthy();
    const cell = within(grid).getByRole('link', { name: '0 activities, 2 indicators with a baseline, 1 without a baseline: objective 1 × Human rights' });
    expect(cell.getAttribute('href')).toBe('/readiness/grid/1/6');
    expect(cell.textContent).toBe('0·2·1');
    expect(within(grid).getByRole('link', { name: /1 activities, 0 indicators with a baseline, 0 without a baseline: objective 23 × International cooperation/ }).getAttribute('href')).toBe('/readiness/grid/23/2');
    expect(within(grid).getAllByText('Nothing tagged')).toHaveLength(228);
  });

  it('speaks Georgian: the countdown, the seeded criteria’s titles and the statuses', () => {
    renderReadiness({ locale: 'ka' });
    expect(screen.getByText('IMRF-მდე დარჩა 77 დღე (17–20 მაისი, 2022)')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'კრიტერიუმები სტატუსით, პასუხისმგებლით, ვადით, მტკიცებულებებითა და განხილვით' });
    expect(within(table).getByRole('link', { name: 'ჩატარდა კონსულტაცია მთლიანი საზოგადოების მიდგომით' })).toBeTruthy();
    expect(within(table).getByText('ნაწილობრივ შესრულებულია')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ანგარიშის ჩამოტვირთვა (PDF)' }).getAttribute('href')).toContain('lang=ka');
  });

  it('asks anyone not signed in to sign in, and sends nothing', () => {
    renderReadiness({ role: null });
    expect(screen.getByText('The readiness review is for signed-in members of the Network. Sign in to see it.')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?next=%2Freadiness');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
