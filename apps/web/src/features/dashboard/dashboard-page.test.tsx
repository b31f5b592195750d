import { gcmObjectives } from '@compact-tracker/domain';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { networkKeys } from '../crosswalk/current-network';
import { dashboardNetworkId, dashboardView, deathsIndicatorId, objectiveSevenView, policyIndicatorId, residenceIndicatorId } from './dashboard-fixtures';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The API as the page meets it: the dashboard and the drill-down of objective 7 of the one network. */
const answer = async (input: RequestInfo | URL) => {
  const url = String(input);
  if (url === `/api/networks/${dashboardNetworkId}/indicator-dashboard`) return json(dashboardView);
  if (url === `/api/networks/${dashboardNetworkId}/indicator-dashboard/objectives/7`) return json(objectiveSevenView);
  return json({ code: 'not_found', message: `No route ${url} in this test` }, 404);
};

const fetchMock = vi.fn<typeof fetch>(answer);
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
  fetchMock.mockImplementation(answer);
});

/** Anonymous readers see the first network the API lists. */
const renderAt = (path: string, locale: 'en' | 'ka' = 'en') =>
  renderWithApp(<AppRoutes />, {
    path,
    locale,
    prepare: (queryClient) => queryClient.setQueryData(networkKeys.list(), [{ id: dashboardNetworkId, countryCode: 'GE', name: 'UN Network on Migration in Georgia', establishedOn: '2020-01-01', coChairs: [] }]),
  });

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

describe('the indicator-baseline dashboard', () => {
  it('shows the summary figures and the coverage of the 23 GCM objectives as a table beside the chart, each row opening its drill-down', async () => {
    renderAt('/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Indicator baselines dashboard' })).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'Summary' });
    const figure = (term: string) => within(summary).getByText(term).closest('div')?.querySelector('dd')?.textContent;
    expect([figure('Indicators'), figure('With a baseline'), figure('Data gap'), figure('No baseline yet'), figure('With a baseline or a justified gap'), figure('GCM objectives with no link')]).toEqual(['12', '7', '3', '2', '83%', '13']);

    const gcm = screen.getByRole('table', { name: 'Coverage of the 23 GCM objectives' });
    expect(within(gcm).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['GCM objective', 'Linked indicators', 'With a baseline', 'Data gap', 'No baseline yet', 'Crosswalk links']);
    expect(rowsOf(gcm)).toHaveLength(23);
    const seven = within(gcm).getByRole('row', { name: new RegExp(`^Objective 7: ${gcmObjectives[6]?.title}`) });
    expect(cellTexts(seven)).toEqual(['3', '1', '1', '1', '2']);
    expect(within(seven).getByRole('link').getAttribute('href')).toBe('/dashboard/objectives/7');
    expect(within(seven).queryByText('No link')).toBeNull();
    // Objective 3 has no indicator and no crosswalk link; objective 2 has a link, objective 6 an indicator.
    expect(within(within(gcm).getByRole('row', { name: /^Objective 3:/ })).getByText('No link')).toBeTruthy();
    expect(within(within(gcm).getByRole('row', { name: /^Objective 2:/ })).queryByText('No link')).toBeNull();
    expect(within(within(gcm).getByRole('row', { name: /^Objective 6:/ })).queryByText('No link')).toBeNull();
    expect(screen.getByText('13 GCM objectives have no indicator and no crosswalk link: 3, 4, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 22.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith(`/api/networks/${dashboardNetworkId}/indicator-dashboard`, expect.objectContaining({ method: 'GET' }));
  });

  it('shows coverage by SDG target and by strategy goal, completeness and quality, and the data-gap register', async () => {
    renderAt('/dashboard');
    const sdg = await screen.findByRole('table', { name: 'Coverage by SDG target' });
    expect(cellTexts(within(sdg).getByRole('row', { name: /^SDG target 10\.7 / }))).toEqual(['5', '3', '1', '1', '3']);
    const goals = screen.getByRole('table', { name: 'Coverage by strategy goal' });
    expect(rowsOf(goals)).toHaveLength(3);
    expect(cellTexts(rowsOf(goals)[0] as HTMLElement)).toEqual(['7', '4', '2', '1', '3']);
    expect(within(rowsOf(goals)[0] as HTMLElement).getByText('Placeholder')).toBeTruthy();

    expect(screen.getByText('of the indicators have a baseline or a justified data gap (10 of 12).')).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'With a baseline or a justified gap' })).toBeTruthy();
    const missing = screen.getByRole('table', { name: 'Metadata and age of the 7 baselines that count' });
    expect(cellTexts(within(missing).getByRole('row', { name: /^No method/ }))).toEqual(['2', '29%']);
    expect(cellTexts(within(missing).getByRole('row', { name: /^Reference year before 2016/ }))).toEqual(['2', '29%']);
    const confidence = screen.getByRole('table', { name: 'Baselines by confidence' });
    expect(rowsOf(confidence).map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['High', 'Medium', 'Low', 'Not stated']);
    expect(cellTexts(within(screen.getByRole('table', { name: 'Baselines by nature of data' })).getByRole('row', { name: /^Estimated/ }))).toEqual(['2', '29%']);

    const register = screen.getByRole('table', { name: 'Data-gap register by GCM objective' });
    expect(within(register).getByRole('columnheader', { name: /^Objective 7:/ }).textContent).toContain('(1 gap)');
    expect(within(register).getByRole('link', { name: 'GE-7.2' }).getAttribute('href')).toBe(`/indicators/${deathsIndicatorId}`);
    expect(within(register).getByRole('link', { name: 'GE-0.1' }).getAttribute('href')).toBe(`/indicators/${policyIndicatorId}`);
    expect(within(register).getByText('No national register of missing migrants before 2022')).toBeTruthy();
    expect(within(register).getByRole('columnheader', { name: /^Not tagged with a GCM objective/ })).toBeTruthy();
  });

  it('reads in Georgian', async () => {
    renderAt('/dashboard', 'ka');
    expect(await screen.findByRole('heading', { level: 1, name: 'ინდიკატორების საბაზისო მაჩვენებლების დაფა' })).toBeTruthy();
    const gcm = screen.getByRole('table', { name: 'GCM-ის 23 მიზნის დაფარვა' });
    expect(within(within(gcm).getByRole('row', { name: /^მიზანი 3:/ })).getByText('კავშირი არ არის')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'დაფა' }).getAttribute('href')).toBe('/dashboard');
  });

  it("says what went wrong when the dashboard can't be read", async () => {
    fetchMock.mockImplementation(async () => json({ code: 'not_found', message: `No network with id ${dashboardNetworkId}` }, 404));
    renderAt('/dashboard');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`No network with id ${dashboardNetworkId}`);
  });
});

describe("a GCM objective's drill-down", () => {
  it('lists the indicators of the objective with the baseline that counts, linking each to its page', async () => {
    renderAt('/dashboard/objectives/7');
    expect(await screen.findByRole('heading', { level: 1, name: `Objective 7: ${gcmObjectives[6]?.title}` })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Back to the dashboard/ }).getAttribute('href')).toBe('/dashboard');
    const table = screen.getByRole('table', { name: 'Indicators of GCM objective 7' });
    const rows = rowsOf(table);
    expect(rows.map((row) => within(row).getByRole('link').getAttribute('href'))).toEqual([`/indicators/${residenceIndicatorId}`, `/indicators/${deathsIndicatorId}`, expect.stringMatching(/^\/indicators\//)]);
    expect(cellTexts(rows[0] as HTMLElement)).toEqual(['Share of migrants with a residence permit', 'Baseline', '41.5 PERCENT2 records in all', '2020', 'GeostatMedium', '2025: 50; 2030: 60']);
    expect(cellTexts(rows[1] as HTMLElement)).toEqual(['Migrants who died or disappeared in transit', 'Data gap', 'Gap: No national register of missing migrants before 2022', '2020', '—', 'None yet']);
    expect(cellTexts(rows[2] as HTMLElement)[1]).toBe('No baseline yet');
    expect(screen.getByText('Objective 1.1 (placeholder)')).toBeTruthy();
  });

  it('answers "not found" for a number that is not a GCM objective', async () => {
    renderAt('/dashboard/objectives/24');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
