import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline, type TimelineMonth, type TimelineRow } from './timeline';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const months: TimelineMonth[] = monthNames.map((label, index) => ({
  key: `2021-${String(index + 1).padStart(2, '0')}`,
  label,
  fullLabel: `${label} 2021`,
}));

const labels = {
  caption: 'Workplan 2021 timeline',
  activity: 'Activity',
  tentative: 'Tentative',
  legendDay: 'Exact day',
  legendRange: 'Month range',
  legendChoice: 'Undecided months',
};

const rows: TimelineRow[] = [
  { id: 'workshop', header: <a href="/a/1">CSO workshop</a>, bar: { kind: 'day', date: '2021-03-16' }, barLabel: 'Tuesday, 16 March 2021' },
  { id: 'expert', header: <a href="/a/2">Expert</a>, bar: { kind: 'range', start: '2021-04-01', end: '2021-06-30' }, barLabel: 'April through June 2021' },
  { id: 'meeting', header: <a href="/a/3">Stock taking</a>, bar: { kind: 'choice', months: ['2021-07', '2021-06'] }, barLabel: 'June/July 2021' },
];

const percentOf = (element: Element, property: 'left' | 'width') =>
  Number.parseFloat((element as HTMLElement).style[property]) / 100;

const getRow = (linkName: string) => screen.getByRole('link', { name: linkName }).closest('tr') as HTMLTableRowElement;

describe('Timeline', () => {
  it('has one column per month and one row per activity, each headed by its title', () => {
    render(<Timeline months={months} rows={rows} labels={labels} />);
    const table = screen.getByRole('table', { name: 'Workplan 2021 timeline' });
    const columnHeaders = within(table).getAllByRole('columnheader');
    expect(columnHeaders.map((header) => header.textContent)).toEqual(['Activity', ...monthNames]);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['CSO workshop', 'Expert', 'Stock taking']);
  });

  it('draws an exact day as a narrow marker centred on that day', () => {
    render(<Timeline months={months} rows={rows} labels={labels} />);
    const row = getRow('CSO workshop');
    const marker = row.querySelector('[data-precision="day"]') as Element;
    expect(percentOf(marker, 'left')).toBeCloseTo((2 + 15.5 / 31) / 12, 5);
    expect((marker as HTMLElement).style.width).toBe('');
    expect(within(row).getByRole('img', { name: 'Tuesday, 16 March 2021' })).toBe(marker);
  });

  it('draws a month range as one solid bar from the first day of the first month to the last of the last', () => {
    render(<Timeline months={months} rows={rows} labels={labels} />);
    const bar = getRow('Expert').querySelector('[data-precision="range"]') as Element;
    expect(percentOf(bar, 'left')).toBeCloseTo(3 / 12, 5);
    expect(percentOf(bar, 'width')).toBeCloseTo(3 / 12, 5);
    expect(bar.hasAttribute('data-tentative')).toBe(false);
    expect(bar.getAttribute('aria-label')).toBe('April through June 2021');
  });

  it('draws an undecided month choice as one tentative bar across both candidate months, and says so in words', () => {
    render(<Timeline months={months} rows={rows} labels={labels} />);
    const row = getRow('Stock taking');
    const bars = row.querySelectorAll('[data-precision="choice"]');
    expect(bars).toHaveLength(1);
    const bar = bars[0] as Element;
    expect(bar.getAttribute('data-tentative')).toBe('true');
    expect(bar.getAttribute('data-months')).toBe('2021-06 2021-07');
    expect(percentOf(bar, 'left')).toBeCloseTo(5 / 12, 5);
    expect(percentOf(bar, 'width')).toBeCloseTo(2 / 12, 5);
    expect(within(row).getByRole('img', { name: 'Tentative: June/July 2021' }).contains(bar)).toBe(true);
  });

  it('splits a choice of months that are not next to each other into separate tentative segments', () => {
    const choice: TimelineRow = { id: 'x', header: <a href="/x">Either</a>, bar: { kind: 'choice', months: ['2021-02', '2021-09'] }, barLabel: 'February/September 2021' };
    render(<Timeline months={months} rows={[choice]} labels={labels} />);
    const bars = [...getRow('Either').querySelectorAll('[data-precision="choice"]')];
    expect(bars.map((bar) => bar.getAttribute('data-months'))).toEqual(['2021-02', '2021-09']);
    expect(bars.map((bar) => percentOf(bar, 'left'))).toEqual([expect.closeTo(1 / 12, 5), expect.closeTo(8 / 12, 5)]);
  });

  it('draws the as-of line only when the day falls inside the months shown', () => {
    const { container, rerender } = render(
      <Timeline months={months} rows={rows} labels={labels} asOf={{ date: '2021-05-01', label: 'As of 1 May 2021' }} />,
    );
    const lines = container.querySelectorAll('.ct-timeline__as-of');
    expect(lines).toHaveLength(rows.length);
    expect(percentOf(lines[0] as Element, 'left')).toBeCloseTo((4 + 0.5 / 31) / 12, 5);
    expect(screen.getByText('As of 1 May 2021')).toBeTruthy();

    rerender(<Timeline months={months} rows={rows} labels={labels} asOf={{ date: '2025-11-28', label: 'As of 28 November 2025' }} />);
    expect(container.querySelectorAll('.ct-timeline__as-of')).toHaveLength(0);
    expect(screen.queryByText('As of 28 November 2025')).toBeNull();
  });

  it('clips a bar that runs past the months shown instead of drawing outside the track', () => {
    const late: TimelineRow = { id: 'late', header: <a href="/late">Late</a>, bar: { kind: 'range', start: '2021-11-01', end: '2022-02-28' }, barLabel: 'November 2021 through February 2022' };
    render(<Timeline months={months} rows={[late]} labels={labels} />);
    const bar = getRow('Late').querySelector('[data-precision="range"]') as Element;
    expect(percentOf(bar, 'left')).toBeCloseTo(10 / 12, 5);
    expect(percentOf(bar, 'left') + percentOf(bar, 'width')).toBeCloseTo(1, 5);
  });
});
