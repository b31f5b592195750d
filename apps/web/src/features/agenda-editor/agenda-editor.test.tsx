import type { OutcomeRecordView, Role } from '@compact-tracker/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { prepareActivityExtras } from '../../test/activity-extras';
import { activityIds, buildActivityDetail, buildSessionUser, buildWebinarAgenda, organisationList, workplanSummary } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { ActivityPage } from '../activities/activity-page';
import { activityKeys } from '../activities/api';
import { organisationKeys } from '../organisations/api';

const webinarId = activityIds.get('scmi-webinar') as string;
const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => Promise.reject(new TypeError('no network in this test')));
});

const iom = workplanSummary.network.coChairs.find((organisation) => organisation.shortName === 'IOM') ?? workplanSummary.network.coChairs[0]!;

const draftRecord: OutcomeRecordView = {
  id: '00000000-0000-4000-8000-000000000901',
  activityId: webinarId,
  summary: 'The Network agreed to publish the migration profile.',
  decisions: ['Publish the profile'],
  review: { status: 'draft', signedOffBy: [], lastReturn: null },
  version: 1,
  updatedAt: '2021-04-23T10:00:00Z',
};

const renderWebinar = (role: Role | null, outcomes: OutcomeRecordView | null = null) =>
  renderWithApp(
    <Routes>
      <Route path="/activities/:id" element={<ActivityPage viewerTimeZone="Asia/Tbilisi" />} />
    </Routes>,
    {
      path: `/activities/${webinarId}`,
      user: role ? buildSessionUser(role) : null,
      prepare: (queryClient) => {
        prepareActivityExtras(queryClient, [webinarId]);
        queryClient.setQueryData(activityKeys.detail(webinarId), buildActivityDetail('scmi-webinar', '2026-01-15'));
        queryClient.setQueryData(activityKeys.agenda(webinarId), buildWebinarAgenda());
        queryClient.setQueryData(activityKeys.outcomes(webinarId), outcomes);
        queryClient.setQueryData(organisationKeys.list(), organisationList);
      },
    },
  );

const agendaItem = (position: number) => document.querySelector(`[data-agenda-item="${position}"]`) as HTMLElement;

describe('the agenda editor', () => {
  it('runs the timing check on the draft as the co-chair types, without asking the server', () => {
    renderWebinar('co_chair');
    fireEvent.click(screen.getByRole('button', { name: 'Edit agenda' }));
    const editor = screen.getByRole('form', { name: 'Edit the agenda' });
    const check = within(editor).getByRole('region', { name: 'Timing check' });
    expect(within(check).queryByText(/overlap/)).toBeNull();

    const second = agendaItem(1);
    const secondTitle = (within(second).getByLabelText('Title') as HTMLInputElement).value;
    const firstTitle = (within(agendaItem(0)).getByLabelText('Title') as HTMLInputElement).value;
    fireEvent.change(within(agendaItem(0)).getByLabelText('Start'), { target: { value: '14:00' } });
    fireEvent.change(within(second).getByLabelText('Start'), { target: { value: '14:05' } });

    const finding = within(check).getByText(new RegExp(`“${firstTitle}” and “${secondTitle}” overlap by \\d+ minutes?`));
    expect(finding.closest('li')?.getAttribute('data-severity')).toBe('error');
    // The finding is shown beside the row it concerns, too.
    expect(within(second).getByText(/overlap by/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('swaps two items’ slots when one is moved up, keeping the programme contiguous', () => {
    renderWebinar('co_chair');
    fireEvent.click(screen.getByRole('button', { name: 'Edit agenda' }));
    const firstStart = (within(agendaItem(0)).getByLabelText('Start') as HTMLInputElement).value;
    const secondTitle = (within(agendaItem(1)).getByLabelText('Title') as HTMLInputElement).value;
    fireEvent.click(within(agendaItem(1)).getByRole('button', { name: /Move up/ }));
    expect((within(agendaItem(0)).getByLabelText('Title') as HTMLInputElement).value).toBe(secondTitle);
    expect((within(agendaItem(0)).getByLabelText('Start') as HTMLInputElement).value).toBe(firstStart);
  });
});

describe('returning an outcomes record', () => {
  it('refuses an empty reason with a field error and sends nothing', async () => {
    const user = buildSessionUser('co_chair');
    expect(user.organisation.id).toBe(iom.id);
    renderWebinar('co_chair', draftRecord);
    expect(screen.getByText('Draft: not signed off yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Return…' }));
    const form = screen.getByRole('form', { name: 'Return the record' });
    fireEvent.click(within(form).getByRole('button', { name: 'Return the record' }));
    expect(await within(form).findByText('Give a reason for returning the record.')).toBeTruthy();
    expect(within(form).getByLabelText(/Reason/).getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the reason with the record’s version once one is given', async () => {
    fetchMock.mockImplementation(async () =>
      new Response(JSON.stringify({ ...draftRecord, version: 2, review: { status: 'returned', signedOffBy: [], lastReturn: { organisation: iom, reason: 'Add the dates', returnedAt: '2021-04-24T10:00:00Z', returnedBy: null } } }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    renderWebinar('co_chair', draftRecord);
    fireEvent.click(screen.getByRole('button', { name: 'Return…' }));
    const form = screen.getByRole('form', { name: 'Return the record' });
    fireEvent.change(within(form).getByLabelText(/Reason/), { target: { value: 'Add the dates' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Return the record' }));
    await waitFor(() => expect(screen.getByText('Returned by IOM')).toBeTruthy());
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/activities/${webinarId}/outcomes/return`);
    expect(new Headers(init?.headers).get('If-Match')).toBe('"1"');
    expect(JSON.parse(String(init?.body))).toEqual({ reason: 'Add the dates' });
  });
});

describe('what a reader without write rights sees', () => {
  it.each<[string, Role | null]>([
    ['a viewer', 'viewer'],
    ['an anonymous reader', null],
  ])('shows %s the agenda and progress (outcomes once signed in), but no editor', (_, role) => {
    renderWebinar(role, draftRecord);
    expect(screen.getByRole('table', { name: 'Agenda' })).toBeTruthy();
    // Outcomes records are for signed-in members of the Network (workplan:read), not the public.
    expect(screen.queryByText('The Network agreed to publish the migration profile.') === null).toBe(role === null);
    expect(screen.getByRole('region', { name: 'Progress log' })).toBeTruthy();
    for (const name of ['Edit agenda', 'Record outcomes', 'Revise', 'Sign off', 'Return…', 'Add action point', 'Add deliverable', 'Add note']) {
      expect(screen.queryByRole('button', { name }), name).toBeNull();
    }
    expect(screen.queryByRole('combobox', { name: /Status of/ })).toBeNull();
  });

  it('offers the co-chair every editor', () => {
    renderWebinar('co_chair', draftRecord);
    for (const name of ['Edit agenda', 'Revise', 'Sign off', 'Return…', 'Add action point', 'Add deliverable', 'Add note']) {
      expect(screen.getByRole('button', { name }), name).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: /Add to calendar/ }).getAttribute('href')).toBe(`/api/activities/${webinarId}/calendar.ics`);
  });

  it('shows each speaker’s own local time when asked', () => {
    renderWebinar(null);
    expect(screen.queryByText(/in Stockholm/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show speakers’ local time' }));
    expect(screen.getAllByText(/in Stockholm$/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/in Chișinău$/).length).toBeGreaterThan(0);
  });
});
