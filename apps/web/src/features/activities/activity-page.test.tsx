import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { AppRoutes } from '../../app/app-routes';
import { activityIds, buildActivityDetail, buildWebinarAgenda } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { ActivityPage } from './activity-page';
import { activityKeys } from './api';
import { prepareActivityExtras } from '../../test/activity-extras';

const webinarId = activityIds.get('scmi-webinar') as string;
const expertId = activityIds.get('expert-engagement') as string;
const fetchMock = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('no network in this test')));

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

const renderActivity = (id: string, viewerTimeZone: string, locale: 'en' | 'ka' = 'en') =>
  renderWithApp(
    <Routes>
      <Route path="/activities/:id" element={<ActivityPage viewerTimeZone={viewerTimeZone} />} />
    </Routes>,
    {
      path: `/activities/${id}`,
      locale,
      prepare: (queryClient) => {
        queryClient.setQueryData(activityKeys.detail(webinarId), buildActivityDetail('scmi-webinar', '2026-01-15'));
        prepareActivityExtras(queryClient, [webinarId, expertId]);
        queryClient.setQueryData(activityKeys.agenda(webinarId), buildWebinarAgenda());
        queryClient.setQueryData(activityKeys.detail(expertId), buildActivityDetail('expert-engagement', '2026-01-15'));
      },
    },
  );

const getAgendaRow = (title: string) => screen.getByRole('rowheader', { name: title }).closest('tr') as HTMLTableRowElement;
const getTimes = (row: HTMLTableRowElement) => within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent);

describe('ActivityPage', () => {
  it('shows the webinar’s facts: title, status, date, platform, window and organisations', () => {
    renderActivity(webinarId, 'America/New_York');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Webinar for the State Commission on Migration Issues of Georgia/);
    expect(screen.getByText('Thursday, 22 April 2021, 14:00–17:00 (GMT+4)')).toBeTruthy();
    expect(screen.getByText('Planned')).toBeTruthy();
    expect(screen.getByText('KUDO online platform')).toBeTruthy();
    expect(screen.getByText('14:00–17:00 GMT+4')).toBeTruthy();
    expect(screen.getByText('12:00–15:00 CEST')).toBeTruthy();
    expect(screen.getByText('06:00–09:00 your time (America/New_York)')).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('International Organization for Migration')).toBeTruthy();
    expect(within(details).getByText('Government of Portugal')).toBeTruthy();
    expect(screen.getByText('Presentation of the Migration Multi-Partner Trust Fund')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('lays the agenda out in the event’s zone, CEST and the viewer’s zone, and says the viewer is elsewhere', () => {
    renderActivity(webinarId, 'America/New_York');
    const table = screen.getByRole('table', { name: 'Agenda' });
    expect(within(table).getAllByRole('columnheader').slice(0, 3).map((header) => header.textContent)).toEqual([
      'GMT+4Event time · Asia/Tbilisi',
      'CESTCentral Europe · Europe/Berlin',
      'Your time zoneAmerica/New_York · GMT-4',
    ]);
    expect(getTimes(getAgendaRow('Opening remarks'))).toEqual(['14:00–14:15', '12:00–12:15', '06:00–06:15']);
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    expect(getTimes(getAgendaRow('Closing remarks'))).toEqual(['16:40–16:55', '14:40–14:55', '08:40–08:55']);
    expect(screen.getByText('Your time zone (America/New_York) differs from the event’s (Asia/Tbilisi). The agenda shows both, and CEST.')).toBeTruthy();
  });

  it('lists speakers with their minutes, marks Q&A, sets the break apart and reports the timing check', () => {
    renderActivity(webinarId, 'America/New_York');
    const opening = getAgendaRow('Opening remarks');
    expect(within(opening).getByText('Dr. Sabine Machl')).toBeTruthy();
    expect(within(opening).getAllByText('5 min')).toHaveLength(3);
    expect(within(opening).queryByText('Q&A')).toBeNull();
    expect(within(getAgendaRow('Presentation: The Migration Network Hub')).getByText('Q&A')).toBeTruthy();
    expect(getAgendaRow('Break').getAttribute('data-break')).toBe('true');
    const findings = screen.getByRole('region', { name: 'Timing check' });
    expect(within(findings).getByRole('listitem').textContent).toBe('Note5 minutes free before the window closes');
  });

  it('keeps the viewer’s own column when it is the event’s zone, labelled as theirs', () => {
    renderActivity(webinarId, 'Asia/Tbilisi');
    const headers = within(screen.getByRole('table', { name: /Agenda/ })).getAllByRole('columnheader');
    expect(headers[2]?.textContent).toBe('Your time zoneAsia/Tbilisi · GMT+4 (same as the event)');
    expect(getTimes(getAgendaRow('Opening remarks'))).toEqual(['14:00–14:15', '12:00–12:15', '14:00–14:15']);
    expect(screen.getByText('You are in the event’s time zone (Asia/Tbilisi).')).toBeTruthy();
  });

  it('marks a time that falls on another calendar day in the viewer’s zone', () => {
    renderActivity(webinarId, 'Pacific/Kiritimati');
    const cells = within(getAgendaRow('Closing remarks')).getAllByRole('cell');
    expect(cells[2]?.textContent).toBe('02:40–02:55 23 Apr');
  });

  it('shows the agenda in Georgian: column and kind labels, minutes and findings', () => {
    renderActivity(webinarId, 'Europe/Berlin', 'ka');
    expect(screen.getByRole('table', { name: 'დღის წესრიგი' })).toBeTruthy();
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toContain('თქვენი სასაათო სარტყელიEurope/Berlin · CEST');
    expect(headers).toContain('მომხსენებლები');
    expect(screen.getByRole('rowheader', { name: 'შესვენება' })).toBeTruthy();
    expect(within(getAgendaRow('Opening remarks')).getByText('გახსნა')).toBeTruthy();
    expect(within(getAgendaRow('Opening remarks')).getAllByText('5 წთ')).toHaveLength(3);
    expect(screen.getByText('დროის მონაკვეთის დასრულებამდე 5 წუთი თავისუფალი რჩება')).toBeTruthy();
    expect(screen.getByText('ხუთშაბათი, 22 აპრილი, 2021, 14:00–17:00 (GMT+4)')).toBeTruthy();
  });

  it('shows objectives and deliverables of an activity without agenda, and no agenda table', () => {
    renderActivity(expertId, 'UTC');
    expect(screen.getByText('April through June 2021')).toBeTruthy();
    expect(screen.getByText('Identification of aligned indicators')).toBeTruthy();
    const deliverables = screen.getByRole('region', { name: 'Expected deliverables' });
    expect(within(deliverables).getAllByRole('listitem')).toHaveLength(3);
    expect(within(deliverables).getAllByText('Pending')).toHaveLength(3);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says the activity was not found, with the API’s message, when the API answers 404', async () => {
    fetchMock.mockImplementationOnce(async () =>
      new Response(JSON.stringify({ code: 'not_found', message: 'No activity with id 00000000-0000-4000-8000-999999999999' }), { status: 404 }),
    );
    renderActivity('00000000-0000-4000-8000-999999999999', 'UTC');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Activity not found' })).toBeTruthy();
    expect(within(alert).getByText('No activity with id 00000000-0000-4000-8000-999999999999')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('routes', () => {
  it('answers an unknown address with a 404 page that leads back to the workplan', () => {
    renderWithApp(<AppRoutes />, { path: '/no/such/page' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the workplan' }).getAttribute('href')).toBe('/');
  });

  it('lets the language be switched back to English from Georgian', () => {
    renderWithApp(<AppRoutes />, { path: '/no/such/page', locale: 'ka' });
    expect(screen.getByRole('heading', { level: 1, name: 'გვერდი ვერ მოიძებნა' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
