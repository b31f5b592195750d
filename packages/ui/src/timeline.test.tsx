import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Timeline, type TimelineMilestone, type TimelineMonth, type TimelineRow } from './timeline';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const listMonths = (years: number[]): TimelineMonth[] =>
  years.flatMap((year) =>
    monthNames.map((label, index) => ({ key: `${year}-${String(index + 1).padStart(2, '0')}`, label, fullLabel: `${label} ${year}` })),
  );
const months = listMonths([2021]);

const labels = {
  caption: 'Workplan 2021 timeline',
  activity: 'Activity',
  tentative: 'Tentative',
  legendDay: 'Exact day',
  legendRange: 'Month range',
  legendChoice: 'Undecided months',
  milestones: 'Milestones',
  year: 'Year',
  earlier: 'Earlier',
  later: 'Later',
  noRows: 'Nothing matches',
  keyboardHint: 'Use the arrow keys',
};

const rows: TimelineRow[] = [
  { id: 'workshop', header: <a href="/a/1">CSO workshop</a>, bar: { kind: 'day', date: '2021-03-16' }, barLabel: 'Tuesday, 16 March 2021' },
  { id: 'expert', header: <a href="/a/2">Expert</a>, bar: { kind: 'range', start: '2021-04-01', end: '2021-06-30' }, barLabel: 'April through June 2021' },
  { id: 'meeting', header: <a href="/a/3">Stock taking</a>, bar: { kind: 'choice', months: ['2021-07', '2021-06'] }, barLabel: 'June/July 2021' },
];

const milestones: TimelineMilestone[] = [
  { title: 'UNECE regional review of the GCM', kind: 'regional_review', startDate: '2020-11-12', endDate: '2020-11-13', dateLabel: '12–13 November 2020', kindLabel: 'Regional review' },
  { title: 'International Migration Review Forum (IMRF)', kind: 'review_forum', startDate: '2022-05-17', endDate: '2022-05-20', dateLabel: '17–20 May 2022' },
];

const manyRows = (count: number): TimelineRow[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `row-${index}`,
    header: <a href={`/a/${index}`}>{`Activity ${index + 1}`}</a>,
    bar: { kind: 'day', date: `2021-${String((index % 12) + 1).padStart(2, '0')}-10` },
    barLabel: `Day ${index + 1}`,
  }));

const percentOf = (element: Element, property: 'left' | 'width') =>
  Number.parseFloat((element as HTMLElement).style[property]) / 100;

const getRow = (linkName: string) => screen.getByRole('link', { name: linkName }).closest('[role="row"]') as HTMLElement;
const getRenderedRows = (container: HTMLElement) => container.querySelectorAll('[role="row"][data-row-index]');

describe('Timeline', () => {
  it('is a grid with one column per month and one row per activity, each headed by its title', () => {
    render(<Timeline months={months} rows={rows} labels={labels} />);
    const grid = screen.getByRole('grid', { name: 'Workplan 2021 timeline' });
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Activity', ...monthNames]);
    expect(within(grid).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['CSO workshop', 'Expert', 'Stock taking']);
    expect(grid.getAttribute('aria-colcount')).toBe('13');
    expect(grid.getAttribute('aria-rowcount')).toBe('4');
    expect(getRow('Expert').getAttribute('aria-rowindex')).toBe('3');
    expect(grid.getAttribute('aria-describedby')).toBe(screen.getByText('Use the arrow keys').id);
  });

  it('draws an exact day as a narrow marker centred on that day, with a time window beside it when there is one', () => {
    const webinar: TimelineRow = { id: 'w', header: <a href="/w">Webinar</a>, bar: { kind: 'day', date: '2021-04-22', time: '14:00–17:00 GMT+4' }, barLabel: 'Thursday, 22 April 2021, 14:00–17:00 (GMT+4)' };
    render(<Timeline months={months} rows={[...rows, webinar]} labels={labels} />);
    const row = getRow('CSO workshop');
    const marker = row.querySelector('[data-precision="day"]') as Element;
    expect(percentOf(marker, 'left')).toBeCloseTo((2 + 15.5 / 31) / 12, 5);
    expect((marker as HTMLElement).style.width).toBe('');
    expect(within(row).getByRole('img', { name: 'Tuesday, 16 March 2021' })).toBe(marker);

    const webinarRow = getRow('Webinar');
    expect(within(webinarRow).getByRole('img', { name: 'Thursday, 22 April 2021, 14:00–17:00 (GMT+4)' })).toBeTruthy();
    expect(within(webinarRow).getByText('14:00–17:00 GMT+4')).toBeTruthy();
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
    expect(bar.textContent).toBe('Tentative');
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

  it('draws the as-of line once across the rows, only when the day falls inside the months shown', () => {
    const { container, rerender } = render(
      <Timeline months={months} rows={rows} labels={labels} asOf={{ date: '2021-05-01', label: 'As of 1 May 2021' }} />,
    );
    const lines = container.querySelectorAll('.ct-timeline__as-of');
    expect(lines).toHaveLength(1);
    expect(percentOf(lines[0] as Element, 'left')).toBeCloseTo((4 + 0.5 / 31) / 12, 5);
    expect(screen.getByText('As of 1 May 2021')).toBeTruthy();

    rerender(<Timeline months={months} rows={rows} labels={labels} asOf={{ date: '2025-11-28', label: 'As of 28 November 2025' }} />);
    expect(container.querySelectorAll('.ct-timeline__as-of')).toHaveLength(0);
    expect(screen.queryByText('As of 28 November 2025')).toBeNull();
  });

  it('clips a bar that runs past the months shown, and points to a bar wholly outside them instead of misplacing it', () => {
    const late: TimelineRow = { id: 'late', header: <a href="/late">Late</a>, bar: { kind: 'range', start: '2021-11-01', end: '2022-02-28' }, barLabel: 'November 2021 through February 2022' };
    const earlier: TimelineRow = { id: 'early', header: <a href="/early">Early</a>, bar: { kind: 'day', date: '2020-12-03' }, barLabel: 'Thursday, 3 December 2020' };
    const later: TimelineRow = { id: 'after', header: <a href="/after">After</a>, bar: { kind: 'choice', months: ['2022-03', '2022-04'] }, barLabel: 'March/April 2022' };
    render(<Timeline months={months} rows={[late, earlier, later]} labels={labels} />);
    const bar = getRow('Late').querySelector('[data-precision="range"]') as Element;
    expect(percentOf(bar, 'left')).toBeCloseTo(10 / 12, 5);
    expect(percentOf(bar, 'left') + percentOf(bar, 'width')).toBeCloseTo(1, 5);

    expect(getRow('Early').querySelector('[data-precision]')).toBeNull();
    expect(within(getRow('Early')).getByRole('img', { name: 'Earlier: Thursday, 3 December 2020' }).getAttribute('data-outside')).toBe('before');
    expect(within(getRow('After')).getByRole('img', { name: 'Later: March/April 2022' }).getAttribute('data-outside')).toBe('after');
  });

  it('labels years above the months when the months span several years', () => {
    render(<Timeline months={listMonths([2020, 2021, 2022])} rows={rows} labels={labels} />);
    const grid = screen.getByRole('grid');
    const years = within(grid).getAllByRole('columnheader').filter((header) => header.classList.contains('ct-timeline__year'));
    expect(years.map((year) => [year.textContent, year.getAttribute('aria-colindex'), year.getAttribute('aria-colspan')])).toEqual([
      ['2020', '2', '12'],
      ['2021', '14', '12'],
      ['2022', '26', '12'],
    ]);
    expect(grid.getAttribute('aria-colcount')).toBe('37');
  });

  it('places each milestone in the month it falls in, and names those outside the months shown at their edge', () => {
    const { container, rerender } = render(<Timeline months={listMonths([2020, 2021, 2022])} rows={rows} labels={labels} milestones={milestones} />);
    const lane = screen.getByRole('rowheader', { name: 'Milestones' }).closest('[role="row"]') as HTMLElement;
    const [unece, imrf] = [...lane.querySelectorAll('.ct-milestone')] as HTMLElement[];
    const uneceMarker = unece?.querySelector('.ct-milestone__marker') as Element;
    // November 2020 is the 11th of 36 columns; the 12th and 13th are days 12–13 of its 30.
    expect(percentOf(uneceMarker, 'left')).toBeCloseTo((10 + 11 / 30) / 36, 5);
    expect(percentOf(uneceMarker, 'left') + percentOf(uneceMarker, 'width')).toBeCloseTo((10 + 13 / 30) / 36, 5);
    expect(unece?.textContent).toBe('Regional review: UNECE regional review of the GCM · 12–13 November 2020');
    const imrfMarker = imrf?.querySelector('.ct-milestone__marker') as Element;
    expect(percentOf(imrfMarker, 'left')).toBeGreaterThanOrEqual(28 / 36);
    expect(percentOf(imrfMarker, 'left')).toBeLessThan(29 / 36);
    expect(container.querySelectorAll('.ct-timeline__milestone-line')).toHaveLength(4);

    rerender(<Timeline months={months} rows={rows} labels={labels} milestones={milestones} />);
    const outside = [...container.querySelectorAll('.ct-milestone')];
    expect(outside.map((item) => item.getAttribute('data-outside'))).toEqual(['before', 'after']);
    expect(outside[0]?.textContent).toContain('Earlier: Regional review: UNECE regional review of the GCM · 12–13 November 2020');
    expect(container.querySelectorAll('.ct-milestone__marker')).toHaveLength(0);
  });

  it('keeps only a window of 2,000 rows in the DOM and renders others as the list scrolls', () => {
    const { container } = render(<Timeline months={months} rows={manyRows(2000)} labels={labels} />);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('2001');
    const firstWindow = getRenderedRows(container);
    expect(firstWindow.length).toBeGreaterThan(5);
    expect(firstWindow.length).toBeLessThan(30);
    expect(firstWindow[0]?.getAttribute('aria-rowindex')).toBe('2');

    const scroller = container.querySelector('.ct-timeline__viewport') as HTMLElement;
    act(() => {
      scroller.scrollTop = 88 * 1000;
      fireEvent.scroll(scroller);
    });
    const indexes = [...getRenderedRows(container)].map((row) => Number(row.getAttribute('data-row-index')));
    expect(indexes).toContain(1000);
    expect(indexes.length).toBeLessThan(35);
    expect(screen.getByRole('link', { name: 'Activity 1001' })).toBeTruthy();
  });

  it('is one tab stop; arrows, Home and End move focus between rows and cells, even to rows not yet rendered', () => {
    const { container } = render(<Timeline months={months} rows={manyRows(2000)} labels={labels} />);
    const focusable = [...container.querySelectorAll('[tabindex="0"]')];
    expect(focusable).toHaveLength(1);
    const first = focusable[0] as HTMLElement;
    expect(first.getAttribute('role')).toBe('rowheader');
    expect(screen.getByRole('link', { name: 'Activity 1' }).getAttribute('href')).toBe('/a/0');

    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Activity 2');
    expect(document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('3');

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('role')).toBe('gridcell');
    expect(within(document.activeElement as HTMLElement).getByRole('img', { name: 'Day 2' })).toBeTruthy();

    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('2001');
    expect(within(document.activeElement?.closest('[role="row"]') as HTMLElement).getByRole('link', { name: 'Activity 2000' })).toBeTruthy();

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('Activity 1');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Activity 1');
    expect([...container.querySelectorAll('[tabindex="0"]')]).toEqual([document.activeElement]);
  });

  it('opens a row with Enter, Space or a click outside its links, and marks the open row', () => {
    const onOpenRow = vi.fn();
    const { rerender } = render(<Timeline months={months} rows={rows} labels={labels} onOpenRow={onOpenRow} />);
    const header = within(getRow('Expert')).getByRole('rowheader');
    fireEvent.keyDown(header, { key: 'Enter' });
    fireEvent.keyDown(header, { key: ' ' });
    fireEvent.click(getRow('Stock taking').querySelector('[role="gridcell"]') as Element);
    const link = screen.getByRole('link', { name: 'CSO workshop' });
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    expect(onOpenRow.mock.calls).toEqual([['expert'], ['expert'], ['meeting']]);

    rerender(<Timeline months={months} rows={rows} labels={labels} onOpenRow={onOpenRow} openRowId="meeting" />);
    expect(getRow('Stock taking').hasAttribute('data-open')).toBe(true);
    expect(getRow('Expert').hasAttribute('data-open')).toBe(false);
  });

  it('draws where a row stood in a baseline as a named ghost behind its bar, and marks a dropped row as a ghost', () => {
    const compared: TimelineRow[] = [
      { ...rows[0]!, ghost: { bar: { kind: 'range', start: '2021-05-01', end: '2021-05-31' }, label: 'In Plan as of April: May 2021' } },
      { id: 'gone', header: <a href="/a/9">Gone</a>, bar: { kind: 'day', date: '2021-09-01' }, barLabel: '1 September 2021', isGhost: true },
    ];
    render(<Timeline months={months} rows={compared} labels={{ ...labels, legendGhost: 'Dates in the baseline' }} />);
    const workshop = getRow('CSO workshop');
    const ghost = workshop.querySelector('[data-ghost="baseline"] [data-precision="range"]') as HTMLElement;
    expect(ghost.getAttribute('aria-label')).toBe('In Plan as of April: May 2021');
    expect(percentOf(ghost, 'left')).toBeCloseTo(4 / 12, 2);
    expect(workshop.querySelector('.ct-timeline__track > [data-precision="day"]')).not.toBeNull();
    expect(getRow('Gone').hasAttribute('data-ghost')).toBe(true);
    expect(workshop.hasAttribute('data-ghost')).toBe(false);
    expect(screen.getByText('Dates in the baseline')).toBeTruthy();
  });

  it('says so when there are no rows', () => {
    render(<Timeline months={months} rows={[]} labels={labels} />);
    expect(within(screen.getByRole('grid')).getByRole('gridcell').textContent).toBe('Nothing matches');
  });
});
