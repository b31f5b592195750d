import {
  defaultRangeExtractor,
  measureElement as measureRowElement,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { TimelineBarView, type TimelineBar } from './timeline-bar';
import { placeMilestones, TimelineMilestoneLane, getMilestoneKey, type TimelineMilestone } from './timeline-milestones';
import { formatPercent, getDayCentre, groupMonthsByYear, isDayInScale, type TimelineScale } from './timeline-scale';

export type { TimelineBar } from './timeline-bar';
export type { TimelineMilestone } from './timeline-milestones';

export type TimelineMonth = {
  /** YYYY-MM */
  key: string;
  /** What the column shows, e.g. "Jan"; empty to show nothing (the full label is still read out). */
  label: string;
  fullLabel: string;
};

export type TimelineRow = {
  id: string;
  /** The row's heading cell. Keep links in it out of the tab order (`tabIndex={-1}`): the cell itself is the keyboard stop. */
  header: ReactNode;
  bar: TimelineBar;
  /** The dates in words, e.g. "June/July 2021": the bar's text alternative. */
  barLabel: string;
  /** Where the row stood in a plan it is compared with (a baseline): drawn as a faint outline behind the bar. */
  ghost?: { bar: TimelineBar; label: string };
  /** The row is no longer in the plan (dropped since a baseline): its bar is drawn faint. */
  isGhost?: boolean;
};

export type TimelineLabels = {
  /** The grid's accessible name. */
  caption: string;
  activity: string;
  tentative: string;
  legendDay: string;
  legendRange: string;
  legendChoice: string;
  /** Heading of the milestone lane and its legend entry. */
  milestones?: string;
  /** Heading of the row of years shown when the months span more than one year. */
  year?: string;
  /** Said of a bar or milestone wholly before / after the months shown. */
  earlier?: string;
  later?: string;
  /** Shown in place of rows when there are none. */
  noRows?: string;
  /** How to move through the rows with the keyboard; read as the grid's description and shown under it. */
  keyboardHint?: string;
  /** Legend entry for ghost bars; shown when given. */
  legendGhost?: string;
};

export type TimelineProps = {
  months: readonly TimelineMonth[];
  rows: readonly TimelineRow[];
  labels: TimelineLabels;
  /** The day the plan is read as of: drawn as a line when it falls within the months shown. */
  asOf?: { date: string; label: string };
  milestones?: readonly TimelineMilestone[];
  /** Called when a row is clicked (outside its links) or Enter/Space is pressed on it. */
  onOpenRow?: (rowId: string) => void;
  /** The row whose details are open, highlighted. */
  openRowId?: string | null;
};

/** A row with a two-line title, its status and date; measured rows replace this guess as they render. */
const estimatedRowHeight = 88;
/** Used when the scroller has no size (hidden, or a DOM without layout) so that a first window still renders. */
const fallbackViewportHeight = 640;
const overscan = 6;
const quarterStarts = new Set(['01', '04', '07', '10']);
const noMilestones: readonly TimelineMilestone[] = [];

type ScrollerVirtualizer = Virtualizer<HTMLDivElement, HTMLDivElement>;

const estimateRowHeight = () => estimatedRowHeight;

const observeRectWithFallback = (instance: ScrollerVirtualizer, callback: (rect: { width: number; height: number }) => void) =>
  observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: fallbackViewportHeight }));

const measureRowWithFallback = (element: HTMLDivElement, entry: ResizeObserverEntry | undefined, instance: ScrollerVirtualizer) => {
  const size = measureRowElement(element, entry, instance);
  return size > 0 ? size : estimatedRowHeight;
};

/** Keeps track of an element's height (0 where there is no layout). */
const useElementHeight = (ref: RefObject<HTMLElement | null>): number => {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setHeight(element.offsetHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
};

type Column = 0 | 1;
type ActiveCell = { index: number; column: Column };

const interactiveSelector = 'a, button, input, select, textarea, summary, label';

const readCell = (target: EventTarget): { index: number; column: Column } | null => {
  if (!(target instanceof HTMLElement) || !target.dataset.column) return null;
  const row = target.closest<HTMLElement>('[data-row-index]');
  if (!row) return null;
  return { index: Number(row.dataset.rowIndex), column: target.dataset.column === '1' ? 1 : 0 };
};

/** A track cell's own bar (not a baseline's ghost behind it): what a keyboard user moving along the rows looks at. */
const ownBarSelector = ':scope > .ct-bar, :scope > .ct-bar-outside, :scope > .ct-bar-group > .ct-bar';

/**
 * Focus moves without the browser's own scrolling (the virtualiser scrolls rows into view), so where the months are
 * wider than the screen the viewport is scrolled sideways here: to the row's heading, or to the row's bar.
 */
const revealSideways = (viewport: HTMLElement, cell: HTMLElement) => {
  const target = (cell.dataset.column === '1' && cell.querySelector(ownBarSelector)) || cell;
  const viewLeft = viewport.getBoundingClientRect().left + viewport.clientLeft;
  const viewRight = viewLeft + viewport.clientWidth;
  const box = target.getBoundingClientRect();
  if (box.left < viewLeft) viewport.scrollLeft -= viewLeft - box.left;
  else if (box.right > viewRight) viewport.scrollLeft += Math.min(box.right - viewRight, box.left - viewLeft);
};

/**
 * The workplan as a grid: months as columns, one row per activity with a bar drawn at the precision its dates are
 * known. Rows are virtualised (only those in view, plus a few, are in the DOM) under a header that stays in place.
 * Keyboard: Tab reaches the grid once; arrows move between rows and between a row's two cells; Home/End and
 * Page Up/Down jump; Enter or Space opens the row.
 */
export const Timeline = ({ months, rows, labels, asOf, milestones = noMilestones, onOpenRow, openRowId }: TimelineProps) => {
  const scale: TimelineScale = useMemo(() => ({ monthKeys: months.map((month) => month.key) }), [months]);
  const monthCount = Math.max(1, months.length);
  const years = useMemo(() => groupMonthsByYear(scale.monthKeys), [scale]);
  const hasYearRow = years.length > 1;
  const hasMilestoneLane = milestones.length > 0;
  const headRowCount = 1 + (hasYearRow ? 1 : 0) + (hasMilestoneLane ? 1 : 0);

  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const headHeight = useElementHeight(headRef);

  const [active, setActive] = useState<ActiveCell>({ index: 0, column: 0 });
  const activeIndex = Math.min(active.index, Math.max(0, rows.length - 1));
  const pendingFocus = useRef(false);

  // The row that holds (or last held) focus always stays rendered, so Tab can come back to it after scrolling.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (range.count === 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count: rows.length,
    getScrollElement,
    estimateSize: estimateRowHeight,
    getItemKey,
    overscan,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    rangeExtractor,
    observeElementRect: observeRectWithFallback,
    measureElement: measureRowWithFallback,
  });

  useEffect(() => {
    if (!pendingFocus.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${activeIndex}"] [data-column="${active.column}"]`);
    if (!cell) return;
    pendingFocus.current = false;
    cell.focus({ preventScroll: true });
    if (scrollRef.current) revealSideways(scrollRef.current, cell);
  });

  const moveTo = (index: number, column: Column) => {
    if (rows.length === 0) return;
    const next = Math.min(rows.length - 1, Math.max(0, index));
    pendingFocus.current = true;
    setActive({ index: next, column });
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cell = readCell(event.target);
    if (!cell || event.altKey || event.metaKey) return;
    const row = rows[cell.index];
    const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight || fallbackViewportHeight) / estimatedRowHeight) - 1);
    switch (event.key) {
      case 'ArrowDown':
        moveTo(cell.index + 1, cell.column);
        break;
      case 'ArrowUp':
        moveTo(cell.index - 1, cell.column);
        break;
      case 'PageDown':
        moveTo(cell.index + pageSize, cell.column);
        break;
      case 'PageUp':
        moveTo(cell.index - pageSize, cell.column);
        break;
      case 'Home':
        moveTo(0, event.ctrlKey ? 0 : cell.column);
        break;
      case 'End':
        moveTo(rows.length - 1, event.ctrlKey ? 1 : cell.column);
        break;
      case 'ArrowLeft':
        moveTo(cell.index, 0);
        break;
      case 'ArrowRight':
        moveTo(cell.index, 1);
        break;
      case 'Enter':
      case ' ':
        if (row && onOpenRow) onOpenRow(row.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    const cell = readCell(event.target);
    if (cell && (cell.index !== active.index || cell.column !== active.column)) setActive(cell);
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!onOpenRow || !(event.target instanceof Element) || event.target.closest(interactiveSelector)) return;
    const rowElement = event.target.closest<HTMLElement>('[data-row-index]');
    const row = rowElement ? rows[Number(rowElement.dataset.rowIndex)] : undefined;
    if (row) onOpenRow(row.id);
  };

  const asOfPosition = asOf && isDayInScale(scale, asOf.date) ? formatPercent(getDayCentre(scale, asOf.date)) : undefined;
  const placedMilestones = useMemo(() => placeMilestones(scale, milestones), [scale, milestones]);
  const edgeLabels = useMemo(() => ({ earlier: labels.earlier ?? '◂', later: labels.later ?? '▸' }), [labels.earlier, labels.later]);
  const barLabels = useMemo(() => ({ tentative: labels.tentative, ...edgeLabels }), [labels.tentative, edgeLabels]);

  const virtualRows = virtualizer.getVirtualItems();
  const bodyHeight = Math.max(virtualizer.getTotalSize(), rows.length === 0 ? estimatedRowHeight : 0);
  const firstBodyRowIndex = headRowCount + 1;

  const gridStyle = { '--ct-month-count': monthCount } as CSSProperties;

  const trackOverlay = (
    <>
      {placedMilestones.map(({ milestone, start, end }) => (
        <span key={getMilestoneKey(milestone)} className="ct-timeline__milestone-line" style={{ left: formatPercent((start + end) / 2) }} aria-hidden="true" />
      ))}
      {asOfPosition ? (
        <span className="ct-timeline__as-of" style={{ left: asOfPosition }} aria-hidden="true" />
      ) : null}
    </>
  );

  return (
    <div className="ct-timeline" data-density={months.length > 18 ? 'compact' : months.length <= 4 ? 'wide' : 'normal'}>
      <div ref={scrollRef} className="ct-timeline__viewport" style={{ scrollPaddingTop: headHeight }}>
        <div
          role="grid"
          aria-label={labels.caption}
          aria-rowcount={headRowCount + Math.max(rows.length, 1)}
          aria-colcount={1 + monthCount}
          aria-describedby={labels.keyboardHint ? hintId : undefined}
          className="ct-timeline__grid"
          style={gridStyle}
          onKeyDown={handleKeyDown}
          onFocus={handleFocus}
          onClick={handleClick}
        >
          <div ref={headRef} role="rowgroup" className="ct-timeline__head">
            {hasYearRow ? (
              <div role="row" aria-rowindex={1} className="ct-timeline__head-row ct-timeline__head-row--years">
                <div role="columnheader" aria-colindex={1} className="ct-timeline__corner">
                  <span className="ct-visually-hidden">{labels.year ?? ''}</span>
                </div>
                {years.map((group) => (
                  <div
                    key={group.year}
                    role="columnheader"
                    aria-colindex={2 + group.firstIndex}
                    aria-colspan={group.monthCount}
                    className="ct-timeline__year"
                    style={{ gridColumn: `${2 + group.firstIndex} / span ${group.monthCount}` }}
                  >
                    {group.year}
                  </div>
                ))}
              </div>
            ) : null}
            <div role="row" aria-rowindex={hasYearRow ? 2 : 1} className="ct-timeline__head-row ct-timeline__head-row--months">
              <div role="columnheader" aria-colindex={1} className="ct-timeline__corner ct-timeline__activity-heading">{labels.activity}</div>
              {months.map((month, index) => (
                <div
                  key={month.key}
                  role="columnheader"
                  aria-colindex={2 + index}
                  className="ct-timeline__month"
                  data-month={month.key}
                  data-quarter-start={quarterStarts.has(month.key.slice(5)) || undefined}
                  data-year-start={(index > 0 && month.key.endsWith('-01')) || undefined}
                >
                  {month.label ? <abbr title={month.fullLabel}>{month.label}</abbr> : <span className="ct-visually-hidden">{month.fullLabel}</span>}
                </div>
              ))}
            </div>
            {hasMilestoneLane ? (
              <div role="row" aria-rowindex={headRowCount} className="ct-timeline__row ct-timeline__row--milestones">
                <div role="rowheader" aria-colindex={1} className="ct-timeline__row-header ct-timeline__lane-heading">{labels.milestones ?? ''}</div>
                <div role="gridcell" aria-colindex={2} aria-colspan={monthCount} className="ct-timeline__track ct-timeline__track--milestones">
                  <TimelineMilestoneLane scale={scale} milestones={milestones} labels={edgeLabels} />
                  {trackOverlay}
                </div>
              </div>
            ) : null}
          </div>
          <div role="rowgroup" className="ct-timeline__body" style={{ height: bodyHeight }}>
            <div className="ct-timeline__overlay" aria-hidden="true">{trackOverlay}</div>
            {rows.length === 0 ? (
              <div role="row" aria-rowindex={firstBodyRowIndex} className="ct-timeline__row ct-timeline__row--empty">
                <div role="gridcell" aria-colindex={1} aria-colspan={1 + monthCount} className="ct-timeline__empty">{labels.noRows ?? ''}</div>
              </div>
            ) : null}
            {virtualRows.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const isActive = item.index === activeIndex;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  role="row"
                  aria-rowindex={firstBodyRowIndex + item.index}
                  data-index={item.index}
                  data-row-index={item.index}
                  data-row-id={row.id}
                  data-open={openRowId === row.id || undefined}
                  data-ghost={row.isGhost || undefined}
                  className="ct-timeline__row ct-timeline__row--activity"
                  style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
                >
                  <div
                    role="rowheader"
                    aria-colindex={1}
                    data-column="0"
                    tabIndex={isActive && active.column === 0 ? 0 : -1}
                    className="ct-timeline__row-header"
                  >
                    {row.header}
                  </div>
                  <div
                    role="gridcell"
                    aria-colindex={2}
                    aria-colspan={monthCount}
                    data-column="1"
                    tabIndex={isActive && active.column === 1 ? 0 : -1}
                    className="ct-timeline__track"
                  >
                    {row.ghost ? (
                      <span className="ct-bar-ghost" data-ghost="baseline">
                        <TimelineBarView bar={row.ghost.bar} barLabel={row.ghost.label} scale={scale} labels={barLabels} />
                      </span>
                    ) : null}
                    <TimelineBarView bar={row.bar} barLabel={row.barLabel} scale={scale} labels={barLabels} />
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <ul className="ct-timeline__legend">
        <li><span className="ct-legend-swatch ct-legend-swatch--day" aria-hidden="true" />{labels.legendDay}</li>
        <li><span className="ct-legend-swatch ct-legend-swatch--range" aria-hidden="true" />{labels.legendRange}</li>
        <li><span className="ct-legend-swatch ct-legend-swatch--choice" aria-hidden="true" />{labels.legendChoice}</li>
        {hasMilestoneLane && labels.milestones ? (
          <li><span className="ct-legend-swatch ct-legend-swatch--milestone" aria-hidden="true" />{labels.milestones}</li>
        ) : null}
        {labels.legendGhost ? (
          <li><span className="ct-legend-swatch ct-legend-swatch--ghost" aria-hidden="true" />{labels.legendGhost}</li>
        ) : null}
        {asOf && asOfPosition ? (
          <li><span className="ct-legend-swatch ct-legend-swatch--as-of" aria-hidden="true" />{asOf.label}</li>
        ) : null}
      </ul>
      {labels.keyboardHint ? <p id={hintId} className="ct-timeline__hint">{labels.keyboardHint}</p> : null}
    </div>
  );
};
