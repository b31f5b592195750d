import type { AuditEntryView, Role, SessionUserView } from '@compact-tracker/domain';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { activityIds, buildActivityDetail, buildSessionUser, buildWebinarAgenda, buildWorkplanDetail, organisationList, workplanId, workplanSummary } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { activityKeys } from '../activities/api';
import { auditKeys } from '../history/api';
import { organisationKeys } from '../organisations/api';
import { workplanKeys } from '../workplans/api';
import { prepareActivityExtras } from '../../test/activity-extras';

const webinarId = activityIds.get('scmi-webinar') as string;
const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

const history: AuditEntryView[] = [];

const renderAs = (user: SessionUserView | null, path: string) =>
  renderWithApp(<AppRoutes />, {
    path,
    user,
    prepare: (queryClient) => {
      queryClient.setQueryData(workplanKeys.list(), [workplanSummary]);
      queryClient.setQueryData(workplanKeys.detail(workplanId, undefined), buildWorkplanDetail('2026-01-15'));
      queryClient.setQueryData(activityKeys.detail(webinarId), buildActivityDetail('scmi-webinar', '2026-01-15'));
      prepareActivityExtras(queryClient, [webinarId]);
      queryClient.setQueryData(activityKeys.agenda(webinarId), buildWebinarAgenda());
      queryClient.setQueryData(auditKeys.entity('activity', webinarId), history);
      queryClient.setQueryData(organisationKeys.list(), organisationList);
    },
  });

const editControls = ['Edit', 'Change status', 'Delete'];
// The page headers inside articles are not landmarks, but the test library counts them as banners too.
const header = () => document.querySelector('header.app-header') as HTMLElement;

describe('what each role is offered', () => {
  it('gives a co-chair the add form on the workplan, and edit, status, delete and history on an activity', () => {
    renderAs(buildSessionUser('co_chair'), '/');
    expect(within(header()).getByText('Demo Co-chair (IOM)')).toBeTruthy();
    expect(within(header()).getByText('Co-chair')).toBeTruthy();
    expect(within(header()).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Add activity/ })).toBeTruthy();
    expect(within(header()).queryByRole('link', { name: 'Users' })).toBeNull();
  });

  it('gives a co-chair the activity controls and the history', () => {
    renderAs(buildSessionUser('co_chair'), `/activities/${webinarId}`);
    const controls = screen.getByRole('group', { name: 'Manage this activity' });
    for (const name of editControls) expect(within(controls).getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'History' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each<[Role, string]>([
    ['expert', 'Expert'],
    ['scmi_reviewer', 'SCMI reviewer'],
    ['admin', 'Admin'],
  ])('shows a %s the history but no edit controls', (role, roleLabel) => {
    renderAs(buildSessionUser(role), `/activities/${webinarId}`);
    expect(within(header()).getByText(roleLabel)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'History' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Manage this activity' })).toBeNull();
    for (const name of editControls) expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('shows an admin the Users page link and no add form', () => {
    renderAs(buildSessionUser('admin'), '/');
    expect(within(header()).getByRole('link', { name: 'Users' }).getAttribute('href')).toBe('/admin/users');
    expect(screen.queryByRole('button', { name: /Add activity/ })).toBeNull();
  });

  it('shows a viewer the activity read-only, without history or edit controls', () => {
    renderAs(buildSessionUser('viewer'), `/activities/${webinarId}`);
    expect(within(header()).getByText('Viewer')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Webinar for the State Commission/);
    expect(screen.queryByRole('region', { name: 'History' })).toBeNull();
    for (const name of editControls) expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('offers an anonymous visitor only reading and a way to sign in that comes back here', () => {
    renderAs(null, `/activities/${webinarId}`);
    expect(within(header()).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent(`/activities/${webinarId}`)}`);
    expect(screen.queryByRole('region', { name: 'History' })).toBeNull();
    for (const name of editControls) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('names the role in Georgian in the header', () => {
    renderWithApp(<AppRoutes />, { path: '/no/such/page', locale: 'ka', user: buildSessionUser('scmi_reviewer') });
    expect(within(header()).getByText('SCMI-ის რეცენზენტი')).toBeTruthy();
    expect(within(header()).getByRole('button', { name: 'გასვლა' })).toBeTruthy();
  });
});
