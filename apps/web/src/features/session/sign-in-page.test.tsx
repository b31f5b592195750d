import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { getSafeReturnPath } from './safe-return-path';

const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const fillIn = (email: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('SignInPage', () => {
  it('checks the fields with the domain schema and ties each message to its field', async () => {
    renderWithApp(<AppRoutes />, { path: '/sign-in' });
    fillIn('not-an-email', '');
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('Enter an email address, such as name@example.org.');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Fill this in.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says plainly that the email or password is wrong on a 401', async () => {
    fetchMock.mockResolvedValueOnce(json(401, { code: 'invalid_credentials', message: 'Wrong email or password' }));
    renderWithApp(<AppRoutes />, { path: '/sign-in' });
    fillIn('viewer@compact-tracker.example', 'wrong password');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not sign in')).toBeTruthy();
    expect(within(alert).getByText('The email or the password is not right. Check both and try again.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/auth/sign-in');
    expect(JSON.parse(init.body as string)).toEqual({ email: 'viewer@compact-tracker.example', password: 'wrong password' });
    expect((init.headers as Record<string, string>)['X-Requested-With']).toBe('compact-tracker');
  });

  it('says how many minutes to wait after too many attempts', async () => {
    fetchMock.mockResolvedValueOnce(json(429, { code: 'too_many_attempts', message: 'Too many failed sign-ins' }, { 'Retry-After': '840' }));
    renderWithApp(<AppRoutes />, { path: '/sign-in' });
    fillIn('viewer@compact-tracker.example', 'wrong password');
    expect(await screen.findByText('Too many attempts. Try again in 14 minutes.')).toBeTruthy();
  });

  it('says it in Georgian too', async () => {
    fetchMock.mockResolvedValueOnce(json(429, { code: 'too_many_attempts', message: 'Too many failed sign-ins' }, { 'Retry-After': '60' }));
    renderWithApp(<AppRoutes />, { path: '/sign-in', locale: 'ka' });
    fireEvent.change(screen.getByLabelText('ელფოსტა'), { target: { value: 'viewer@compact-tracker.example' } });
    fireEvent.change(screen.getByLabelText('პაროლი'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'შესვლა' }));
    expect(await screen.findByText('ძალიან ბევრი მცდელობა. სცადეთ ხელახლა 1 წუთში.')).toBeTruthy();
  });

  it('signs in, shows who is signed in and goes back where the visitor was going', async () => {
    const user = buildSessionUser('co_chair');
    fetchMock.mockImplementation(async (input) => {
      const url = String(input);
      if (url === '/api/auth/sign-in') return json(200, { user });
      return Promise.reject(new TypeError(`unexpected ${url}`));
    });
    renderWithApp(<AppRoutes />, { path: '/sign-in?next=%2Fno%2Fsuch%2Fpage' });
    fillIn('IOM.Cochair@compact-tracker.example ', 'georgia-2021-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    const header = document.querySelector('header.app-header') as HTMLElement;
    expect(within(header).getByText('Demo Co-chair (IOM)')).toBeTruthy();
    expect(within(header).getByText('Co-chair')).toBeTruthy();
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(JSON.parse(init.body as string).email).toBe('iom.cochair@compact-tracker.example');
  });
});

describe('getSafeReturnPath', () => {
  it('returns only paths of this app', () => {
    expect(getSafeReturnPath('/activities/1?tab=history')).toBe('/activities/1?tab=history');
    expect(getSafeReturnPath('//evil.example/x')).toBe('/');
    expect(getSafeReturnPath('https://evil.example')).toBe('/');
    expect(getSafeReturnPath('/\\evil.example')).toBe('/');
    expect(getSafeReturnPath('/sign-in?next=/x')).toBe('/');
    expect(getSafeReturnPath(null)).toBe('/');
  });
});
