import type { ActivityDetailView, AuditEntryView } from '@compact-tracker/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activityIds, buildActivityDetail, buildSessionUser, organisationList } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { auditKeys } from '../history/api';
import { organisationKeys } from '../organisations/api';
import { ActivityPage } from './activity-page';
import { activityKeys } from './api';
import { prepareActivityExtras } from '../../test/activity-extras';

const expertId = activityIds.get('expert-engagement') as string;
const original = buildActivityDetail('expert-engagement', '2026-01-15');
const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ETag: `"${(body as { version?: number }).version ?? 0}"` } });

type Call = { method: string; url: string; headers: Record<string, string>; body: unknown };
const calls = (): Call[] =>
  fetchMock.mock.calls.map(([url, init]) => ({
    method: init?.method ?? 'GET',
    url: String(url),
    headers: (init?.headers ?? {}) as Record<string, string>,
    body: init?.body ? JSON.parse(init.body as string) : undefined,
  }));
const writes = () => calls().filter((call) => call.method !== 'GET');

const renderActivity = (history: AuditEntryView[] = []) =>
  renderWithApp(
    <Routes>
      <Route path="/activities/:id" element={<ActivityPage viewerTimeZone="Asia/Tbilisi" />} />
    </Routes>,
    {
      path: `/activities/${expertId}`,
      user: buildSessionUser('co_chair'),
      prepare: (queryClient) => {
        queryClient.setQueryData(activityKeys.detail(expertId), original);
        prepareActivityExtras(queryClient, [expertId]);
        queryClient.setQueryData(auditKeys.entity('activity', expertId), history);
        queryClient.setQueryData(organisationKeys.list(), organisationList);
      },
    },
  );

describe('editing an activity when someone else saved first', () => {
  it('keeps the reader’s edit, loads the latest version on request and saves only what the reader changed', async () => {
    const theirs: ActivityDetailView = { ...original, title: 'Linkages: Migration Strategy, GCM and SDGs (renamed by RCO)', version: 2 };
    const saved: ActivityDetailView = { ...theirs, purpose: 'Agree the indicator list with SCMI first', version: 3 };
    fetchMock.mockImplementation(async (input, init) => {
      const method = init?.method ?? 'GET';
      const url = String(input);
      const ifMatch = (init?.headers as Record<string, string> | undefined)?.['If-Match'];
      if (method === 'PATCH') {
        return ifMatch === '"1"' ? json(412, { code: 'precondition_failed', message: 'The activity has changed' }) : json(200, saved);
      }
      if (url === `/api/activities/${expertId}`) return json(200, fetchMock.mock.calls.filter(([, i]) => i?.method === 'PATCH').length > 1 ? saved : theirs);
      if (url.startsWith('/api/audit/')) return json(200, []);
      return json(404, { code: 'not_found', message: url });
    });
    renderActivity();

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit activity' });
    const purpose = within(form).getByLabelText('Purpose') as HTMLTextAreaElement;
    fireEvent.change(purpose, { target: { value: 'Agree the indicator list with SCMI first' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const conflict = await within(form).findByRole('alert');
    expect(conflict.textContent).toContain(
      'Someone else changed this activity while you were editing. Your changes are still in the form: reload the latest version and apply them again.',
    );
    expect(purpose.value).toBe('Agree the indicator list with SCMI first');
    expect(writes()).toHaveLength(1);
    expect(writes()[0]).toMatchObject({ method: 'PATCH', url: `/api/activities/${expertId}`, headers: { 'If-Match': '"1"' } });
    expect(writes()[0]?.body).toEqual({ purpose: 'Agree the indicator list with SCMI first' });

    fireEvent.click(within(conflict).getByRole('button', { name: 'Load latest version' }));
    const reloaded = await within(form).findByRole('status');
    expect(reloaded.textContent).toContain('The latest version (version 2) is loaded.');
    expect((within(form).getByLabelText('Title') as HTMLInputElement).value).toBe(theirs.title);
    expect((within(form).getByLabelText('Purpose') as HTMLTextAreaElement).value).toBe('Agree the indicator list with SCMI first');
    expect(within(reloaded).getByRole('listitem').textContent).toContain('Purpose');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(theirs.title);

    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Your changes are saved.')).toBeTruthy();
    expect(writes()[1]).toMatchObject({ headers: { 'If-Match': '"2"', 'X-Requested-With': 'compact-tracker' }, body: { purpose: 'Agree the indicator list with SCMI first' } });
    expect(screen.queryByRole('form', { name: 'Edit activity' })).toBeNull();
    expect(screen.getByText('Agree the indicator list with SCMI first')).toBeTruthy();
  });

  it('checks the date span with the domain schema at the chosen precision', async () => {
    renderActivity();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit activity' });
    expect((within(form).getByLabelText('First month') as HTMLInputElement).value).toBe('2021-04');
    fireEvent.change(within(form).getByLabelText('Last month'), { target: { value: '2021-03' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const lastMonth = within(form).getByLabelText('Last month');
    await waitFor(() => expect(lastMonth.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('The last month must not come before the first.')).toBeTruthy();

    fireEvent.click(within(form).getByLabelText('A choice of months, not decided yet'));
    expect(within(form).getByRole('group', { name: 'Months to choose from' })).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Month 1'), { target: { value: '2021-06' } });
    fireEvent.change(within(form).getByLabelText('Month 2'), { target: { value: '2021-06' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Name each month only once.')).toBeTruthy();
    expect(writes()).toHaveLength(0);
  });
});

describe('changing the status', () => {
  it('offers only the statuses the rules allow and sends the note with the version', async () => {
    fetchMock.mockImplementation(async (input, init) =>
      init?.method === 'PATCH' ? json(200, { ...original, status: 'in_progress', version: 2 }) : json(200, String(input) === `/api/activities/${expertId}` ? original : []),
    );
    renderActivity();
    fireEvent.click(screen.getByRole('button', { name: 'Change status' }));
    const form = screen.getByRole('form', { name: 'Change status' });
    const options = within(form).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(options).toEqual(['In progress', 'Done', 'Postponed', 'Cancelled']);
    fireEvent.click(within(form).getByRole('button', { name: 'Save status' }));
    expect(await within(form).findByText('Choose one of the options.')).toBeTruthy();

    fireEvent.click(within(form).getByLabelText('In progress'));
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Expert contracted on 1 April' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save status' }));
    expect(await screen.findByText('The status is now “In progress”.')).toBeTruthy();
    expect(writes()[0]).toMatchObject({
      method: 'PATCH',
      url: `/api/activities/${expertId}/status`,
      headers: { 'If-Match': '"1"' },
      body: { status: 'in_progress', note: 'Expert contracted on 1 April' },
    });
  });
});

describe('deleting', () => {
  it('asks first, then deletes with the version it was shown', async () => {
    fetchMock.mockImplementation(async () => new Response(null, { status: 204 }));
    renderActivity();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const panel = screen.getByRole('region', { name: 'Delete this activity?' });
    expect(panel.textContent).toContain(`“${original.title}” will be removed from the workplan.`);
    expect(writes()).toHaveLength(0);
    fireEvent.click(within(panel).getByRole('button', { name: 'Delete activity' }));
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]).toMatchObject({ method: 'DELETE', url: `/api/activities/${expertId}`, headers: { 'If-Match': '"1"' } });
  });
});

describe('History', () => {
  it('lists who changed what and when, in the reader’s zone, with the values before and after and the note', () => {
    renderActivity([
      {
        id: '00000000-0000-4000-8000-000000000901',
        occurredAt: '2021-04-01T08:30:00.000Z',
        actor: { id: '00000000-0000-4000-8000-000000000602', displayName: 'Demo Co-chair (RCO)', role: 'co_chair' },
        entityType: 'activity',
        entityId: expertId,
        action: 'update',
        before: { status: 'planned', version: 1, title: original.title },
        after: { status: 'in_progress', version: 2, title: original.title },
        changedFields: ['status', 'version'],
        note: 'Expert contracted',
      },
      {
        id: '00000000-0000-4000-8000-000000000900',
        occurredAt: '2021-03-01T10:00:00.000Z',
        actor: null,
        entityType: 'activity',
        entityId: expertId,
        action: 'create',
        before: null,
        after: { kind: 'expert_engagement', dateSpan: original.dateSpan, leadOrganisationIds: [original.leadOrganisations[0]?.id], purpose: '' },
        changedFields: ['kind', 'dateSpan', 'leadOrganisationIds', 'purpose'],
        note: null,
      },
    ]);
    const history = screen.getByRole('region', { name: 'History' });
    const [update, create] = within(history).getAllByRole('listitem').filter((item) => item.classList.contains('history__entry'));
    expect(update?.textContent).toContain('Changed');
    expect(update?.textContent).toContain('1 April 2021, 12:30 (GMT+4)');
    expect(update?.textContent).toContain('by Demo Co-chair (RCO) · Co-chair');
    expect(update?.textContent).toContain('StatusBefore: Planned→After: In progress');
    expect(update?.textContent).not.toContain('version');
    expect(update?.textContent).toContain('Note: Expert contracted');
    expect(create?.textContent).toContain('Created');
    expect(create?.textContent).toContain('System');
    expect(create?.textContent).toContain('DateAfter: April through June 2021');
    expect(create?.textContent).toContain('Lead organisationsAfter: IOM');
    expect(create?.textContent).not.toContain('Purpose');
  });
});
