import type { IndicatorView } from '@compact-tracker/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { indicatorKeys } from './api';
import { indicatorNetworkId, residencePermits } from './indicator-fixtures';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const fetchMock = vi.fn<typeof fetch>();
const posts = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([url, init]) => ({ url: String(url), body: JSON.parse(init?.body as string) as unknown }));

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const renderList = (role: 'expert' | 'co_chair', indicators: IndicatorView[] = [residencePermits]) =>
  renderWithApp(<AppRoutes />, {
    path: '/indicators',
    user: buildSessionUser(role),
    prepare: (queryClient) => queryClient.setQueryData(indicatorKeys.list(indicatorNetworkId), indicators),
  });

describe('the indicator list', () => {
  it('lists the indicators with the export files, and offers adding and importing only to the expert', async () => {
    renderList('co_chair');
    const table = await screen.findByRole('table', { name: 'National indicators by code' });
    expect(within(table).getByRole('link', { name: 'GE-1.1: Share of migrants with a residence permit' }).getAttribute('href')).toBe(`/indicators/${residencePermits.id}`);
    expect(within(table).getByText('Sex, Age')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Baselines, CSV (.csv)' }).getAttribute('href')).toBe(`/api/networks/${indicatorNetworkId}/baselines/export.csv?lang=en`);
    expect(screen.queryByRole('button', { name: 'Add indicator' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Import baselines' })).toBeNull();
  });
});

describe('adding an indicator', () => {
  it('checks the fields with the domain’s schema, then creates it with its dimensions and framework links and opens its page', async () => {
    fetchMock.mockImplementation(async (input, init) => {
      if (init?.method === 'POST') return json(201, { ...residencePermits, id: '00000000-0000-4000-8000-000000000999', ...(JSON.parse(init.body as string) as object), targets: [], version: 1 });
      if (String(input).endsWith('/baselines')) return json(200, []);
      return json(200, []);
    });
    renderList('expert', []);
    expect(await screen.findByText('No indicators yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import baselines' }).getAttribute('href')).toBe('/indicators/import');
    fireEvent.click(screen.getByRole('button', { name: 'Add indicator' }));
    const form = screen.getByRole('form', { name: 'New indicator' });
    fireEvent.change(within(form).getByLabelText('Other dimensions'), { target: { value: 'Place of birth' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create indicator' }));
    expect(await within(form).findByText('Write dimensions in lower case with underscores, e.g. place_of_birth.')).toBeTruthy();
    expect(within(form).getByLabelText('Code').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByRole('group', { name: 'Direction of improvement' }).getAttribute('aria-invalid')).toBe('true');
    expect(posts()).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Code'), { target: { value: 'GE-3.2' } });
    fireEvent.change(within(form).getByLabelText('Measure'), { target: { value: 'number' } });
    fireEvent.change(within(form).getByLabelText('Unit'), { target: { value: 'persons' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Returning migrants assisted to reintegrate' } });
    fireEvent.change(within(form).getByLabelText('Definition'), { target: { value: 'Returning migrants who received reintegration assistance in the year' } });
    fireEvent.click(within(form).getByLabelText('Higher is better'));
    fireEvent.click(within(form).getByLabelText('Migratory status'));
    fireEvent.click(within(form).getByLabelText('Sex'));
    fireEvent.change(within(form).getByLabelText('Other dimensions'), { target: { value: 'region, place_of_birth' } });
    fireEvent.click(within(form).getByLabelText('Objective 21'));
    fireEvent.click(within(form).getByLabelText('Objective 1'));
    fireEvent.click(within(form).getByLabelText('Principle 7'));
    fireEvent.click(within(form).getByLabelText('SDG 10.7.2'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create indicator' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Returning migrants assisted to reintegrate' })).toBeTruthy();
    expect(screen.getByText('Indicator created. Record its baseline below.')).toBeTruthy();
    expect(posts()).toEqual([
      {
        url: `/api/networks/${indicatorNetworkId}/indicators`,
        body: {
          code: 'GE-3.2',
          name: 'Returning migrants assisted to reintegrate',
          definition: 'Returning migrants who received reintegration assistance in the year',
          measure: 'number',
          unit: 'persons',
          direction: 'increase',
          disaggregationDimensions: ['sex', 'migratory_status', 'region', 'place_of_birth'],
          custodian: null,
          frequency: null,
          gcmObjectiveNumbers: [1, 21],
          gcmPrincipleNumbers: [7],
          sdgIndicatorCodes: ['10.7.2'],
        },
      },
    ]);
  });

  it('says on the code field when another indicator has the code', async () => {
    fetchMock.mockImplementation(async () => json(409, { code: 'conflict', message: 'An indicator with code GE-1.1 exists' }));
    renderList('expert');
    fireEvent.click(await screen.findByRole('button', { name: 'Add indicator' }));
    const form = screen.getByRole('form', { name: 'New indicator' });
    fireEvent.change(within(form).getByLabelText('Code'), { target: { value: 'GE-1.1' } });
    fireEvent.change(within(form).getByLabelText('Measure'), { target: { value: 'percentage' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Again' } });
    fireEvent.change(within(form).getByLabelText('Definition'), { target: { value: 'Again' } });
    fireEvent.click(within(form).getByLabelText('Neither'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create indicator' }));
    expect(await within(form).findByText('Another indicator of the network already has this code.')).toBeTruthy();
    expect(within(form).getByLabelText('Code').getAttribute('aria-invalid')).toBe('true');
  });
});
