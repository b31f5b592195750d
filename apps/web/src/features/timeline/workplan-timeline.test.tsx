import type { Locale } from '@compact-tracker/domain';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLocation } from 'react-router';
import { buildWorkplanDetail } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { WorkplanTimeline } from '../workplans/workplan-timeline';

const titles = {
  workshop: 'United Nations Network on Migration and Georgian Civil Society Organizations’ Engagement in the Global Compact for Safe, Orderly and Regular Migration process',
  webinar: 'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation',
  expert: 'International expert: linkages between the national Migration Strategy, GCM and the SDGs',
  meeting: 'Stock taking meeting with the RCO and UNCT',
};

const LocationProbe = () => {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
};

const renderTimeline = ({ path = '/', asOf = '2026-01-15', locale = 'en' }: { path?: string; asOf?: string; locale?: Locale } = {}) =>
  renderWithApp(
    <>
      <WorkplanTimeline workplan={buildWorkplanDetail(asOf)} />
      <LocationProbe />
    </>,
    { path, locale },
  );

const getLocation = () => screen.getByTestId('location').textContent ?? '';
const getSearch = () => new URLSearchParams(getLocation().split('?')[1] ?? '');
const getGrid = () => screen.getByRole('grid');
const getShownTitles = () =>
  within(getGrid())
    .queryAllByRole('link')
    .map((link) => link.textContent);
const getMonthHeaders = () =>
  within(getGrid())
    .getAllByRole('columnheader')
    .filter((header) => header.hasAttribute('data-month'));

const openFilter = (name: string) => fireEvent.click(screen.getByText(name, { selector: '.filter-menu__label' }));

describe('WorkplanTimeline', () => {
  it('narrows the rows with the status, kind and lead organisation filters, counts them, and keeps them in the URL', () => {
    renderTimeline();
    expect(screen.getByRole('status').textContent).toBe('4 of 4 activities');

    openFilter('Status');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Planned 3' }));
    expect(getShownTitles()).toEqual([titles.webinar, titles.expert, titles.meeting]);
    expect(getSearch().getAll('status')).toEqual(['planned']);
    expect(screen.getByRole('status').textContent).toBe('3 of 4 activities');

    openFilter('Kind');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Meeting 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Webinar 1' }));
    expect(getShownTitles()).toEqual([titles.webinar, titles.meeting]);
    expect(getSearch().getAll('kind')).toEqual(['webinar', 'meeting']);

    openFilter('Lead organisation');
    const leadGroup = screen.getByRole('group', { name: 'Lead organisation' });
    const leadOptions = within(leadGroup).getAllByRole('checkbox');
    expect(leadOptions.length).toBeGreaterThan(0);
    fireEvent.click(within(leadGroup).getByRole('checkbox', { name: /^RCO · / }));
    expect(getSearch().getAll('lead')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toMatch(/^\d of 4 activities$/);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(getShownTitles()).toHaveLength(4);
    expect(getLocation()).toBe('/');
  });

  it('reads a shared view from the URL and says when nothing matches', () => {
    renderTimeline({ path: '/?status=planned&kind=meeting&asOf=2021-05-01' });
    expect(getShownTitles()).toEqual([titles.meeting]);
    expect(screen.getByRole('status').textContent).toBe('1 of 4 activities');
    openFilter('Status');
    expect((screen.getByRole('checkbox', { name: 'Planned 3' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Planned 3' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done 1' }));
    expect(getShownTitles()).toEqual([]);
    expect(screen.getByText('No activity matches these filters.')).toBeTruthy();
    expect(getSearch().get('asOf')).toBe('2021-05-01');
  });

  it('zooms between a quarter, the year and three years, and steps to the previous and next period', () => {
    renderTimeline();
    expect(getMonthHeaders()).toHaveLength(12);
    expect(screen.getByRole('button', { name: 'Year' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Quarter' }));
    expect(getMonthHeaders().map((header) => header.textContent)).toEqual(['January', 'February', 'March']);
    expect(getSearch().get('zoom')).toBe('quarter');
    expect(screen.getByText('Q1 2021 · January–March')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next quarter' }));
    expect(getMonthHeaders().map((header) => header.textContent)).toEqual(['April', 'May', 'June']);
    expect(getSearch().get('at')).toBe('2021-04');

    fireEvent.click(screen.getByRole('button', { name: '3 years' }));
    const months = getMonthHeaders();
    expect(months).toHaveLength(36);
    expect(months[0]?.getAttribute('data-month')).toBe('2020-01');
    expect(months[35]?.getAttribute('data-month')).toBe('2022-12');
    expect(months.filter((header) => header.textContent === 'Jan')).toHaveLength(3);
    expect(within(getGrid()).getByRole('columnheader', { name: '2020' })).toBeTruthy();
    expect(screen.getByText('2020 to 2022')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Year' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(screen.getByText('2020')).toBeTruthy();
    expect(getMonthHeaders()[0]?.getAttribute('data-month')).toBe('2020-01');
    expect(getSearch().get('zoom')).toBeNull();
  });

  it('opens the quarter being checked when the as-of day lies in the workplan year, and draws its line', () => {
    const { container } = renderTimeline({ path: '/?zoom=quarter', asOf: '2021-05-01' });
    expect(getMonthHeaders().map((header) => header.textContent)).toEqual(['April', 'May', 'June']);
    expect(container.querySelectorAll('.ct-timeline__as-of')).toHaveLength(2);
    expect(screen.getByText('As of 1 May 2021')).toBeTruthy();
  });

  it('shows the GCM review milestones where they fall over three years, and at the edge of the year otherwise', () => {
    const { container, unmount } = renderTimeline({ path: '/?zoom=multi-year' });
    const lane = screen.getByRole('rowheader', { name: 'Milestones' }).closest('[role="row"]') as HTMLElement;
    expect(within(lane).getByText(/UNECE regional review of the GCM · 12–13 November 2020/)).toBeTruthy();
    expect(within(lane).getByText(/International Migration Review Forum \(IMRF\) · 17–20 May 2022/)).toBeTruthy();
    expect(container.querySelectorAll('.ct-milestone__marker')).toHaveLength(2);
    unmount();

    const year = renderTimeline();
    expect([...year.container.querySelectorAll('.ct-milestone')].map((item) => item.getAttribute('data-outside'))).toEqual(['before', 'after']);
  });

  it('opens an activity in a drawer with its date as written, status, flags, lead organisations, kind and page link', () => {
    renderTimeline();
    const row = screen.getByRole('link', { name: titles.meeting }).closest('[role="row"]') as HTMLElement;
    const cell = within(row).getByRole('rowheader');
    act(() => cell.focus());
    fireEvent.keyDown(cell, { key: 'Enter' });

    const drawer = screen.getByRole('dialog', { name: titles.meeting });
    expect(document.activeElement).toBe(within(drawer).getByRole('heading', { name: titles.meeting }));
    expect(within(drawer).getByText('June/July 2021')).toBeTruthy();
    expect(within(drawer).getByText('Tentative')).toBeTruthy();
    expect(within(drawer).getByText('Planned')).toBeTruthy();
    expect(within(drawer).getByText('Quality checks as of 15 January 2026')).toBeTruthy();
    expect(within(drawer).getByText('Still planned after its start')).toBeTruthy();
    expect(within(drawer).getByText('Lead organisations')).toBeTruthy();
    expect(within(drawer).getAllByText('Meeting').length).toBeGreaterThan(0);
    expect(within(drawer).getByRole('link', { name: 'Open the activity page' }).getAttribute('href')).toBe(
      screen.getByRole('link', { name: titles.meeting }).getAttribute('href'),
    );
    expect(row.hasAttribute('data-open')).toBe(true);

    fireEvent.keyDown(drawer, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(cell);
  });

  it('reads in Georgian', () => {
    renderTimeline({ locale: 'ka' });
    expect(screen.getByRole('button', { name: 'წელი' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('ნაჩვენებია 4, სულ 4 აქტივობა');
    expect(getMonthHeaders()[0]?.textContent).toBe('იან');
    fireEvent.click(screen.getByRole('link', { name: titles.expert }).closest('[role="row"]')?.querySelector('[role="gridcell"]') as Element);
    const drawer = screen.getByRole('dialog', { name: titles.expert });
    expect(within(drawer).getByText('აპრილი – ივნისი 2021')).toBeTruthy();
    expect(within(drawer).getByRole('link', { name: 'აქტივობის გვერდის გახსნა' })).toBeTruthy();
  });
});
