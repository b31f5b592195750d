import type { IndicatorBaselineView, IndicatorView } from '@compact-tracker/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { auditKeys } from '../history/api';
import { organisationKeys } from '../organisations/api';
import { indicatorKeys } from './api';
import { policyReview, recordedBaseline, residencePermits } from './indicator-fixtures';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

type Call = { method: string; url: string; headers: Record<string, string>; body: unknown };
const fetchMock = vi.fn<typeof fetch>();
const writes = (): Call[] =>
  fetchMock.mock.calls
    .map(([url, init]) => ({
      method: init?.method ?? 'GET',
      url: String(url),
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(init.body as string) : undefined,
    }))
    .filter((call) => call.method !== 'GET');

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

/** Answers reads with the baselines given (and history with nothing), writes with what the test says. */
const serve = (baselines: { current: IndicatorBaselineView[] }, onWrite: (call: Call) => Response) =>
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (method !== 'GET') return onWrite({ method, url, headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body ? JSON.parse(init.body as string) : undefined });
    if (url.endsWith('/baselines')) return json(200, baselines.current);
    if (url.startsWith('/api/audit/')) return json(200, []);
    return json(404, { code: 'not_found', message: url });
  });

const renderIndicator = (indicator: IndicatorView, baselines: IndicatorBaselineView[], role: 'expert' | 'viewer' | null = 'expert') =>
  renderWithApp(<AppRoutes />, {
    path: `/indicators/${indicator.id}`,
    user: role ? buildSessionUser(role) : null,
    prepare: (queryClient) => {
      queryClient.setQueryData(indicatorKeys.detail(indicator.id), indicator);
      queryClient.setQueryData(indicatorKeys.baselines(indicator.id), baselines);
      queryClient.setQueryData(auditKeys.entity('indicator', indicator.id), []);
      queryClient.setQueryData(organisationKeys.list(), []);
    },
  });

const openBaselineForm = async () => {
  fireEvent.click(await screen.findByRole('button', { name: 'Record a baseline' }));
  return screen.getByRole('form', { name: 'New baseline' });
};

describe('recording a baseline', () => {
  it('reads a figure typed as the page shows it, and refuses one it would have to guess', async () => {
    serve({ current: [] }, () => json(500, {}));
    renderIndicator(residencePermits, []);
    const form = await openBaselineForm();
    fireEvent.change(within(form).getByLabelText('Reference year'), { target: { value: '2020' } });
    // "1,250" is one thousand two hundred and fifty in English, so a percentage refuses it (not 1.25).
    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '1,250' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save baseline' }));
    expect(await within(form).findByText('A percentage lies between 0 and 100.')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '1234,567' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save baseline' }));
    expect(
      await within(form).findByText('A comma before three digits could group thousands or mark decimals: write the figure without grouping, such as 1250 or 1.25.'),
    ).toBeTruthy();
    expect(writes()).toHaveLength(0);
  });

  it('checks the value against the indicator’s measure, then sends the value with its disaggregation by sex and a total', async () => {
    const baselines = { current: [] as IndicatorBaselineView[] };
    serve(baselines, (call) => {
      const created = { ...recordedBaseline, ...(call.body as object) } as IndicatorBaselineView;
      baselines.current = [created];
      return json(201, created);
    });
    renderIndicator(residencePermits, []);
    const form = await openBaselineForm();
    expect(within(form).queryByLabelText('Narrative')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Reference year'), { target: { value: '2020' } });
    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: 'about forty' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save baseline' }));
    expect(await within(form).findByText('Enter a number, such as 48.2.')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '120' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save baseline' }));
    expect(await within(form).findByText('A percentage lies between 0 and 100.')).toBeTruthy();
    expect(writes()).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '41,5' } });
    const bySex = within(form).getByRole('group', { name: 'By Sex' });
    fireEvent.click(within(bySex).getByRole('button', { name: 'Add a category by Sex' }));
    fireEvent.click(within(bySex).getByRole('button', { name: 'Add a category by Sex' }));
    fireEvent.change(within(bySex).getByLabelText('Category 1'), { target: { value: 'female' } });
    fireEvent.change(within(bySex).getByLabelText('Value 1'), { target: { value: '44' } });
    fireEvent.change(within(bySex).getByLabelText('Category 2'), { target: { value: 'male' } });
    fireEvent.change(within(bySex).getByLabelText('Value 2'), { target: { value: '39' } });
    fireEvent.change(within(form).getByLabelText('Total'), { target: { value: '41.5' } });
    fireEvent.change(within(form).getByLabelText('Provider'), { target: { value: 'Geostat' } });
    fireEvent.change(within(form).getByLabelText('Nature of data'), { target: { value: 'country' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save baseline' }));

    expect(await screen.findByText('Baseline for 2020 recorded.')).toBeTruthy();
    expect(writes()).toEqual([
      {
        method: 'POST',
        url: `/api/indicators/${residencePermits.id}/baselines`,
        headers: expect.objectContaining({ 'Idempotency-Key': expect.any(String) }),
        body: {
          isDataGap: false,
          gapReason: null,
          value: 41.5,
          narrative: null,
          disaggregation: [
            { dimension: 'sex', category: 'female', value: 44 },
            { dimension: 'sex', category: 'male', value: 39 },
          ],
          total: 41.5,
          referenceYear: 2020,
          referenceDate: null,
          area: null,
          source: { provider: 'Geostat', dataset: null, link: null },
          method: null,
          natureOfData: 'country',
          confidence: null,
          notes: null,
        },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Disaggregation: Baseline 2020' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['DimensionCategoryValue (%)', 'Sexfemale44', 'Sexmale39', 'Total41.5']);
  });

  it('records a data gap only with its reason, clearing any value', async () => {
    serve({ current: [] }, (call) => json(201, { ...recordedBaseline, ...(call.body as object), value: null, disaggregation: [], total: null }));
    renderIndicator(residencePermits, []);
    const form = await openBaselineForm();
    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '40' } });
    fireEvent.click(within(form).getByLabelText('A data gap'));
    expect(within(form).queryByLabelText('Value')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Reference year'), { target: { value: '2021' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save baseline' }));
    expect(await within(form).findByText('Say why there is no figure.')).toBeTruthy();
    expect(writes()).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Reason for the data gap'), { target: { value: 'The 2021 survey was not disaggregated by status' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save baseline' }));
    expect(await screen.findByText('Data gap for 2021 recorded.')).toBeTruthy();
    expect(writes()[0]?.body).toMatchObject({ isDataGap: true, gapReason: 'The 2021 survey was not disaggregated by status', value: null, disaggregation: [], total: null, referenceYear: 2021 });
  });

  it('asks a narrative, not a number, for a qualitative indicator, and shows the API’s refusal beside its field', async () => {
    serve({ current: [] }, () => json(400, { code: 'validation_failed', message: 'The baseline is not valid', fields: [{ path: 'referenceDate', message: 'must fall within the reference year 2020' }] }));
    renderIndicator(policyReview, []);
    const form = await openBaselineForm();
    expect(within(form).queryByLabelText('Value')).toBeNull();
    expect(within(form).queryByRole('group', { name: /^By / })).toBeNull();
    fireEvent.change(within(form).getByLabelText('Reference year'), { target: { value: '2020' } });
    fireEvent.change(within(form).getByLabelText('Narrative'), { target: { value: 'A review is planned for 2022' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save baseline' }));
    const date = within(form).getByLabelText('Reference date');
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('must fall within the reference year 2020')).toBeTruthy();
    expect(writes()[0]?.body).toMatchObject({ narrative: 'A review is planned for 2022', value: null, disaggregation: [] });
  });
});

describe('reading an indicator', () => {
  it('shows each baseline with its metadata and who recorded it, and offers a reader no writing', async () => {
    fetchMock.mockImplementation(async () => json(200, []));
    renderIndicator(residencePermits, [recordedBaseline], 'viewer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Share of migrants with a residence permit' })).toBeTruthy();
    const baseline = screen.getByRole('listitem', { name: 'Baseline 2020, Georgia (national)' });
    expect(within(baseline).getByText('41.5', { selector: 'strong' })).toBeTruthy();
    expect(within(baseline).getByText('Country data, adjusted')).toBeTruthy();
    expect(within(baseline).getByText(/^Recorded by Demo Expert on/)).toBeTruthy();
    expect(within(baseline).getByRole('link', { name: 'Open the source' }).getAttribute('href')).toBe(recordedBaseline.source?.link);
    expect(within(screen.getByRole('table', { name: 'Targets of GE-1.1 per year' })).getByRole('rowheader').textContent).toBe('2030');
    expect(screen.queryByRole('button', { name: 'Record a baseline' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'History' })).toBeNull();
  });
});

describe('editing a baseline and the targets', () => {
  it('saves a baseline under its version and the targets as one list under the indicator’s version', async () => {
    const baselines = { current: [recordedBaseline] };
    serve(baselines, (call) => {
      if (call.url.endsWith('/targets')) return json(200, { ...residencePermits, targets: (call.body as { targets: unknown[] }).targets, version: 2 });
      const changed = { ...recordedBaseline, ...(call.body as object), version: 2 };
      baselines.current = [changed];
      return json(200, changed);
    });
    renderIndicator(residencePermits, [recordedBaseline]);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Baseline 2020, Georgia (national)' }));
    const form = screen.getByRole('form', { name: 'Edit Baseline 2020, Georgia (national)' });
    expect((within(form).getByLabelText('Value') as HTMLInputElement).value).toBe('41.5');
    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '42' } });
    fireEvent.change(within(form).getByLabelText('Confidence'), { target: { value: 'high' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Baseline saved.')).toBeTruthy();
    expect(writes()[0]).toMatchObject({ method: 'PATCH', url: `/api/baselines/${recordedBaseline.id}`, headers: { 'If-Match': '"1"' }, body: { value: 42, confidence: 'high', total: 41.5 } });

    fireEvent.click(screen.getByRole('button', { name: 'Edit targets' }));
    const targets = screen.getByRole('form', { name: 'Targets per year' });
    fireEvent.click(within(targets).getByRole('button', { name: 'Add a year' }));
    fireEvent.change(within(targets).getByLabelText('Year 2'), { target: { value: '2025' } });
    fireEvent.change(within(targets).getByLabelText('Target 2'), { target: { value: '50' } });
    fireEvent.click(within(targets).getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByText('Targets saved.')).toBeTruthy();
    expect(writes()[1]).toMatchObject({ method: 'PUT', url: `/api/indicators/${residencePermits.id}/targets`, headers: { 'If-Match': '"1"' }, body: { targets: [{ year: 2030, value: 60 }, { year: 2025, value: 50 }] } });
  });
});
