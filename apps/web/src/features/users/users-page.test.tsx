import type { UserView } from '@compact-tracker/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser, organisationList } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { organisationKeys } from '../organisations/api';
import { userKeys } from './api';

const admin = buildSessionUser('admin');
const iom = organisationList.find((organisation) => organisation.shortName === 'IOM');
const rco = organisationList.find((organisation) => organisation.shortName === 'RCO');
const toRef = (organisation: typeof iom) => ({ id: organisation?.id ?? '', name: organisation?.name ?? '', shortName: organisation?.shortName ?? null });

const users: UserView[] = [
  { id: admin.id, email: admin.email, displayName: admin.displayName, role: 'admin', isActive: true, organisation: toRef(iom), version: 1, createdAt: '2021-01-01T00:00:00Z' },
  {
    id: '00000000-0000-4000-8000-000000000700',
    email: 'viewer@compact-tracker.example',
    displayName: 'Demo Viewer',
    role: 'viewer',
    isActive: true,
    organisation: toRef(rco),
    version: 4,
    createdAt: '2021-01-01T00:00:00Z',
  },
];

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const renderUsers = (user = admin) =>
  renderWithApp(<AppRoutes />, {
    path: '/admin/users',
    user,
    prepare: (queryClient) => {
      queryClient.setQueryData(userKeys.list(), users);
      queryClient.setQueryData(organisationKeys.list(), organisationList);
    },
  });

describe('UsersPage', () => {
  it('lists the network’s users with role and state, and does not let admins lock themselves out', () => {
    renderUsers();
    const table = screen.getByRole('table', { name: 'Users of UN Network on Migration in Georgia' });
    const viewerRow = within(table).getByRole('rowheader', { name: /Demo Viewer/ }).closest('tr') as HTMLTableRowElement;
    expect((within(viewerRow).getByLabelText('Role of Demo Viewer') as HTMLSelectElement).value).toBe('viewer');
    expect(within(viewerRow).getByText('Active')).toBeTruthy();
    expect(within(viewerRow).getByRole('button', { name: 'Deactivate Demo Viewer' })).toBeTruthy();
    const adminRow = within(table).getByRole('rowheader', { name: /Demo Admin/ }).closest('tr') as HTMLTableRowElement;
    expect((within(adminRow).getByLabelText('Role of Demo Admin') as HTMLSelectElement).disabled).toBe(true);
    expect(within(adminRow).queryByRole('button')).toBeNull();
  });

  it('scrolls the table sideways in a region named by its caption that the keyboard reaches', () => {
    renderUsers();
    const table = screen.getByRole('table', { name: 'Users of UN Network on Migration in Georgia' });
    const scrollBox = screen.getByRole('region', { name: 'Users of UN Network on Migration in Georgia' });
    expect(scrollBox.contains(table)).toBe(true);
    expect(scrollBox.tabIndex).toBe(0);
  });

  it('changes a role with the version it was shown, and keeps the choice through a lost version race', async () => {
    fetchMock
      .mockResolvedValueOnce(json(412, { code: 'precondition_failed', message: 'The user has changed' }))
      .mockResolvedValueOnce(json(200, users.map((user) => (user.role === 'viewer' ? { ...user, displayName: 'Nino (viewer)', version: 5 } : user))))
      .mockResolvedValueOnce(json(200, { ...users[1], displayName: 'Nino (viewer)', role: 'expert', version: 6 }))
      .mockResolvedValue(json(200, users));
    renderUsers();
    fireEvent.change(screen.getByLabelText('Role of Demo Viewer'), { target: { value: 'expert' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change the role of Demo Viewer' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this user while you were editing.');
    const [, first] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(first.method).toBe('PATCH');
    expect((first.headers as Record<string, string>)['If-Match']).toBe('"4"');
    expect(JSON.parse(first.body as string)).toEqual({ role: 'expert' });

    fireEvent.click(within(alert).getByRole('button', { name: 'Load latest version' }));
    expect(await screen.findByText(/The latest list is loaded/)).toBeTruthy();
    expect((screen.getByLabelText('Role of Nino (viewer)') as HTMLSelectElement).value).toBe('expert');
    fireEvent.click(screen.getByRole('button', { name: 'Change the role of Nino (viewer)' }));
    expect(await screen.findByText('Nino (viewer) is now: Expert.')).toBeTruthy();
    const [, second] = fetchMock.mock.calls[2] as [string, RequestInit];
    expect((second.headers as Record<string, string>)['If-Match']).toBe('"5"');
  });

  it('adds a user with the domain schema’s rules and an idempotency key', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { ...users[1], id: '00000000-0000-4000-8000-000000000701', displayName: 'Nino Beridze', version: 1 }));
    fetchMock.mockResolvedValue(json(200, users));
    renderUsers();
    const form = screen.getByRole('form', { name: 'Add a user' });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'nino@example.org' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Nino Beridze' } });
    fireEvent.change(within(form).getByLabelText('First password'), { target: { value: 'too-short' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    expect(await within(form).findByText('Use at least 12 characters.')).toBeTruthy();
    expect(within(form).getAllByText('Choose one of the options.')).toHaveLength(2);
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText('First password'), { target: { value: 'a long enough passphrase' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'expert' } });
    fireEvent.change(within(form).getByLabelText('Organisation'), { target: { value: rco?.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    expect(await screen.findByText('Nino Beridze can now sign in.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/users');
    expect((init.headers as Record<string, string>)['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(init.body as string)).toEqual({
      email: 'nino@example.org',
      displayName: 'Nino Beridze',
      password: 'a long enough passphrase',
      role: 'expert',
      organisationId: rco?.id,
    });
    await waitFor(() => expect((within(form).getByLabelText('Email') as HTMLInputElement).value).toBe(''));
  });

  it('tells anyone but an admin that they may not manage users', () => {
    renderUsers(buildSessionUser('co_chair'));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Not allowed' })).toBeTruthy();
    expect(alert.textContent).toContain('Only an administrator can manage users, and your role (Co-chair) is not one.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
