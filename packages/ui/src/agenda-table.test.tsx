import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgendaTable, type AgendaRow, type AgendaZoneColumn } from './agenda-table';

const zones: AgendaZoneColumn[] = [
  { key: 'event', label: 'GMT+4', detail: 'Event time · Asia/Tbilisi' },
  { key: 'cest', label: 'CEST', detail: 'Europe/Berlin' },
  { key: 'viewer', label: 'Your time zone', detail: 'America/New_York · GMT-4', isViewer: true },
];

const time = (start: string, end: string, offset: string, dayNote?: string) => ({
  start,
  end,
  startIso: `2021-04-22T${start}:00${offset}`,
  endIso: `2021-04-22T${end}:00${offset}`,
  ...(dayNote ? { dayNote } : {}),
});

const rows: AgendaRow[] = [
  {
    id: 'opening',
    title: 'Opening remarks',
    kindLabel: 'Opening',
    isBreak: false,
    hasQa: false,
    speakers: [
      { key: 'machl', name: 'Dr. Sabine Machl', detail: 'UN Resident Coordinator, Georgia', minutesLabel: '5 min' },
      { key: 'jashi', name: 'Mr. George Jashi', minutesLabel: '5 min' },
    ],
    times: { event: time('14:00', '14:15', '+04:00'), cest: time('12:00', '12:15', '+02:00'), viewer: time('06:00', '06:15', '-04:00') },
  },
  {
    id: 'hub',
    title: 'Presentation: The Migration Network Hub',
    kindLabel: 'Presentation',
    isBreak: false,
    hasQa: true,
    speakers: [{ key: 'melde', name: 'Dr. Susanne Melde', minutesLabel: '15 min' }],
    times: { event: time('14:15', '14:30', '+04:00'), cest: time('12:15', '12:30', '+02:00'), viewer: time('06:15', '06:30', '-04:00') },
  },
  {
    id: 'break',
    title: 'Break',
    kindLabel: 'Break',
    isBreak: true,
    hasQa: false,
    speakers: [],
    times: { event: time('16:10', '16:20', '+04:00'), cest: time('14:10', '14:20', '+02:00'), viewer: time('08:10', '08:20', '-04:00', '22 Apr') },
  },
];

const labels = {
  caption: 'Agenda',
  scrollRegion: 'Agenda table',
  item: 'Item',
  kind: 'Kind',
  speakers: 'Speakers',
  qa: 'Q&A',
  qaMarker: 'Q&A',
  findings: 'Timing check',
  noFindings: 'No timing problems found',
};

const getRow = (title: string) => screen.getByRole('rowheader', { name: title }).closest('tr') as HTMLTableRowElement;

describe('AgendaTable', () => {
  it('heads one time column per zone, then the item columns', () => {
    render(<AgendaTable zones={zones} rows={rows} findings={[]} labels={labels} />);
    const headers = within(screen.getByRole('table', { name: 'Agenda' })).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'GMT+4Event time · Asia/Tbilisi',
      'CESTEurope/Berlin',
      'Your time zoneAmerica/New_York · GMT-4',
      'Item',
      'Kind',
      'Speakers',
      'Q&A',
    ]);
  });

  it('puts each zone’s start and end in its own column, in the zone’s order', () => {
    render(<AgendaTable zones={zones} rows={rows} findings={[]} labels={labels} />);
    const cells = within(getRow('Opening remarks')).getAllByRole('cell');
    expect(cells.slice(0, 3).map((cell) => cell.textContent)).toEqual(['14:00–14:15', '12:00–12:15', '06:00–06:15']);
    const start = within(cells[1] as HTMLElement).getByText('12:00');
    expect(start.tagName).toBe('TIME');
    expect(start.getAttribute('datetime')).toBe('2021-04-22T12:00:00+02:00');
  });

  it('lists speakers with their minutes and marks only items with Q&A', () => {
    render(<AgendaTable zones={zones} rows={rows} findings={[]} labels={labels} />);
    const opening = getRow('Opening remarks');
    expect(within(opening).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Dr. Sabine MachlUN Resident Coordinator, Georgia5 min',
      'Mr. George Jashi5 min',
    ]);
    expect(within(opening).queryByText('Q&A')).toBeNull();
    expect(within(getRow('Presentation: The Migration Network Hub')).getByText('Q&A')).toBeTruthy();
  });

  it('styles a break row apart from the programme and shows a day note when the zone is on another day', () => {
    render(<AgendaTable zones={zones} rows={rows} findings={[]} labels={labels} />);
    const breakRow = getRow('Break');
    expect(breakRow.classList.contains('ct-agenda__row--break')).toBe(true);
    expect(getRow('Opening remarks').classList.contains('ct-agenda__row--break')).toBe(false);
    expect(within(breakRow).getByText('22 Apr')).toBeTruthy();
  });

  it('shows the timing findings with their severity, or says there are none', () => {
    const { rerender } = render(
      <AgendaTable
        zones={zones}
        rows={rows}
        labels={labels}
        findings={[{ key: 'slack', severity: 'info', severityLabel: 'Note', message: '5 minutes free before the window closes' }]}
      />,
    );
    const findings = screen.getByRole('region', { name: 'Timing check' });
    const item = within(findings).getByRole('listitem');
    expect(item.getAttribute('data-severity')).toBe('info');
    expect(item.textContent).toBe('Note5 minutes free before the window closes');

    rerender(<AgendaTable zones={zones} rows={rows} labels={labels} findings={[]} />);
    expect(screen.getByText('No timing problems found')).toBeTruthy();
  });

  it('shows a speaker’s own local time only when the row carries it', () => {
    const withLocal = rows.map((row) =>
      row.id === 'hub'
        ? { ...row, speakers: [{ ...row.speakers[0]!, localTime: { label: '12:15 Stockholm', dateTime: '2021-04-22T12:15:00+02:00' } }] }
        : row,
    );
    render(<AgendaTable zones={zones} rows={withLocal} labels={labels} findings={[]} />);
    const local = screen.getByText('12:15 Stockholm');
    expect(local.tagName).toBe('TIME');
    expect(local.getAttribute('datetime')).toBe('2021-04-22T12:15:00+02:00');
    expect(document.querySelectorAll('.ct-agenda__speaker-local')).toHaveLength(1);
  });
});
