import type { CrosswalkLinkView, StrategyView } from '@compact-tracker/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { crosswalkKeys } from './api';
import { buildMatrix, crosswalkNetworkId, firstObjectiveId, linkToGcmOne, placeholderStrategy } from './crosswalk-fixtures';
import { networkKeys } from './current-network';

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

/** A small API: the strategy and matrix as they stand, and whatever answer a test gives to writes. */
const serve = (state: { strategy: StrategyView; links: CrosswalkLinkView[] }, onWrite: (call: Call) => Response) =>
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (method !== 'GET') return onWrite({ method, url, headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body ? JSON.parse(init.body as string) : undefined });
    if (url === `/api/networks/${crosswalkNetworkId}/strategy`) return json(200, state.strategy);
    if (url === `/api/networks/${crosswalkNetworkId}/crosswalk`) return json(200, buildMatrix(state.strategy, state.links));
    return json(404, { code: 'not_found', message: url });
  });

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const renderCrosswalk = (role: 'expert' | null, links: CrosswalkLinkView[] = []) =>
  renderWithApp(<AppRoutes />, {
    path: '/crosswalk',
    user: role ? buildSessionUser(role) : null,
    prepare: (queryClient) => {
      queryClient.setQueryData(networkKeys.list(), [{ id: crosswalkNetworkId, countryCode: 'GE', name: 'UN Network on Migration in Georgia', establishedOn: '2020-01-01', coChairs: [] }]);
      queryClient.setQueryData(crosswalkKeys.strategy(crosswalkNetworkId), placeholderStrategy);
      queryClient.setQueryData(crosswalkKeys.matrix(crosswalkNetworkId), buildMatrix(placeholderStrategy, links));
    },
  });

describe('the crosswalk for a reader', () => {
  it('marks the placeholder goals and objectives, says which GCM objectives have no link in words, and offers no writing', async () => {
    renderCrosswalk(null, [linkToGcmOne]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Crosswalk' })).toBeTruthy();
    expect(screen.getByText('9 goals and objectives are still placeholders: the strategy’s real wording was not found. Rename them to replace them.')).toBeTruthy();
    const firstGoal = screen.getByRole('listitem', { name: /^Goal 1 \(placeholder/ });
    expect(within(firstGoal).getAllByText('Placeholder')).toHaveLength(3);

    const coverage = screen.getByRole('table', { name: 'Strategy objectives linked to each of the 23 GCM objectives' });
    const rows = within(coverage).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(23);
    expect(within(rows[0] as HTMLElement).getByText('Linked')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[0]?.textContent).toBe('1');
    expect(within(rows[1] as HTMLElement).getByText('No link')).toBeTruthy();
    expect(rows[1]?.hasAttribute('data-unlinked')).toBe(true);
    expect(screen.getByText(/^22 of 23 GCM objectives have no link yet: objectives 2, 3, 4,/)).toBeTruthy();

    const objective = screen.getByRole('listitem', { name: /^Objective 1\.1 / });
    const links = within(objective).getByRole('table', { name: /^Links of “Objective 1\.1/ });
    expect(within(links).getByRole('rowheader').textContent).toContain('GCM objective 1');
    expect(within(links).getByText('Partial')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Add link/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Rename/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Crosswalk, Excel (.xlsx)' }).getAttribute('href')).toBe(`/api/networks/${crosswalkNetworkId}/crosswalk/export.xlsx?lang=en`);
    expect(screen.getByRole('link', { name: 'Open the dashboard' }).getAttribute('href')).toBe('/dashboard');
  });
});

describe('the expert linking a strategy objective', () => {
  it('requires a fit and a rationale, then sends the link with an idempotency key and shows it', async () => {
    const state = { strategy: placeholderStrategy, links: [] as CrosswalkLinkView[] };
    serve(state, (call) => {
      const body = call.body as { target: { kind: string; code?: string }; fit: 'direct'; rationale: string };
      const link: CrosswalkLinkView = {
        id: '00000000-0000-4000-8000-000000000900',
        strategyObjectiveId: firstObjectiveId,
        target: { kind: 'sdg_indicator', reference: body.target.code ?? '', label: 'Number of countries with migration policies…' },
        fit: body.fit,
        rationale: body.rationale,
        version: 1,
      };
      state.links = [link];
      return json(201, link);
    });
    renderCrosswalk('expert');
    const objective = await screen.findByRole('listitem', { name: /^Objective 1\.1 / });
    fireEvent.click(within(objective).getByRole('button', { name: 'Add link to objective 1.1' }));
    const form = within(objective).getByRole('form', { name: 'Link objective 1.1' });
    fireEvent.click(within(form).getByLabelText('SDG indicator'));
    fireEvent.change(within(form).getByLabelText('SDG indicator', { selector: 'select' }), { target: { value: '10.7.2' } });
    expect(within(form).getByText(/^Wording changed: Before 2020/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Save link' }));
    expect(await within(form).findByText('Choose one of the options.')).toBeTruthy();
    expect(within(form).getByLabelText('Rationale (required)').getAttribute('aria-invalid')).toBe('true');
    expect(writes()).toHaveLength(0);

    fireEvent.click(within(form).getByLabelText('Proxy'));
    fireEvent.change(within(form).getByLabelText('Rationale (required)'), { target: { value: 'The strategy’s policy objective is measured by 10.7.2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save link' }));
    expect(await screen.findByText('Link saved.')).toBeTruthy();
    expect(writes()).toEqual([
      {
        method: 'POST',
        url: '/api/crosswalk/links',
        headers: expect.objectContaining({ 'Idempotency-Key': expect.any(String), 'X-Requested-With': 'compact-tracker' }),
        body: { strategyObjectiveId: firstObjectiveId, target: { kind: 'sdg_indicator', code: '10.7.2' }, fit: 'proxy', rationale: 'The strategy’s policy objective is measured by 10.7.2' },
      },
    ]);
    const links = await within(objective).findByRole('table', { name: /^Links of/ });
    expect(within(links).getByRole('rowheader').textContent).toContain('SDG indicator 10.7.2');
    expect(within(objective).getByText('1 link')).toBeTruthy();
  });

  it('says so when the objective is already linked to the item', async () => {
    serve({ strategy: placeholderStrategy, links: [linkToGcmOne] }, () => json(409, { code: 'conflict', message: 'This objective is already linked to GCM objective 1' }));
    renderCrosswalk('expert', [linkToGcmOne]);
    const objective = await screen.findByRole('listitem', { name: /^Objective 1\.1 / });
    fireEvent.click(within(objective).getByRole('button', { name: 'Add link to objective 1.1' }));
    const form = within(objective).getByRole('form', { name: 'Link objective 1.1' });
    fireEvent.change(within(form).getByLabelText('GCM objective', { selector: 'select' }), { target: { value: '1' } });
    fireEvent.click(within(form).getByLabelText('Direct'));
    fireEvent.change(within(form).getByLabelText('Rationale (required)'), { target: { value: 'Same data objective' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save link' }));
    expect(await within(form).findByText('This objective is already linked to that item. Change the existing link instead.')).toBeTruthy();
    expect(writes()[0]?.body).toMatchObject({ target: { kind: 'gcm_objective', number: 1 }, fit: 'direct' });
  });

  it('changes a link’s fit and rationale with its version, and deletes it after asking', async () => {
    const state = { strategy: placeholderStrategy, links: [linkToGcmOne] };
    serve(state, (call) => {
      if (call.method === 'DELETE') {
        state.links = [];
        return new Response(null, { status: 204 });
      }
      const changed = { ...linkToGcmOne, ...(call.body as object), version: 2 };
      state.links = [changed];
      return json(200, changed);
    });
    renderCrosswalk('expert', [linkToGcmOne]);
    const objective = await screen.findByRole('listitem', { name: /^Objective 1\.1 / });
    fireEvent.click(within(objective).getByRole('button', { name: 'Edit the link to GCM objective 1' }));
    const form = within(objective).getByRole('form', { name: 'Edit the link' });
    fireEvent.click(within(form).getByLabelText('Direct'));
    fireEvent.change(within(form).getByLabelText('Rationale'), { target: { value: 'Only the data part fits' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Link saved.')).toBeTruthy();
    expect(writes()[0]).toMatchObject({ method: 'PATCH', url: `/api/crosswalk/links/${linkToGcmOne.id}`, headers: { 'If-Match': '"1"' }, body: { fit: 'direct', rationale: 'Only the data part fits' } });

    await waitFor(() => expect(within(objective).getByText('Direct')).toBeTruthy());
    fireEvent.click(within(objective).getByRole('button', { name: 'Delete the link to GCM objective 1' }));
    fireEvent.click(within(objective).getByRole('button', { name: 'Delete link' }));
    expect(await screen.findByText('Link deleted.')).toBeTruthy();
    expect(writes()[1]).toMatchObject({ method: 'DELETE', url: `/api/crosswalk/links/${linkToGcmOne.id}`, headers: { 'If-Match': '"2"' } });
    expect(await within(objective).findByText('Not linked to any GCM objective or SDG target or indicator yet.')).toBeTruthy();
  });
});

describe('the expert replacing a placeholder', () => {
  it('keeps the typed title through a version conflict and saves it against the latest version', async () => {
    const goal = placeholderStrategy.goals[0];
    const theirs: StrategyView = { ...placeholderStrategy, goals: placeholderStrategy.goals.map((candidate) => (candidate.id === goal?.id ? { ...candidate, version: 2 } : candidate)) };
    const state = { strategy: theirs, links: [] as CrosswalkLinkView[] };
    serve(state, (call) =>
      call.headers['If-Match'] === '"1"'
        ? json(412, { code: 'precondition_failed', message: 'The goal has changed' })
        : json(200, { ...goal, title: 'Safe and regular migration', isPlaceholder: false, version: 3 }),
    );
    renderCrosswalk('expert');
    const firstGoal = await screen.findByRole('listitem', { name: /^Goal 1 \(placeholder/ });
    fireEvent.click(within(firstGoal).getByRole('button', { name: 'Rename goal 1' }));
    const form = within(firstGoal).getByRole('form', { name: 'Rename goal 1' });
    expect(within(form).getByText('A new title replaces the placeholder and clears its mark.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Goal title'), { target: { value: 'Safe and regular migration' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const conflict = await within(form).findByRole('alert');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Load latest version' }));
    await waitFor(() => expect(within(form).queryByRole('alert')).toBeNull());
    expect((within(form).getByLabelText('Goal title') as HTMLTextAreaElement).value).toBe('Safe and regular migration');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Title saved.')).toBeTruthy();
    expect(writes().map((call) => [call.method, call.headers['If-Match'], call.body])).toEqual([
      ['PATCH', '"1"', { title: 'Safe and regular migration' }],
      ['PATCH', '"2"', { title: 'Safe and regular migration' }],
    ]);
  });
});
