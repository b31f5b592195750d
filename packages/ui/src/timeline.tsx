import type { CSSProperties, ReactNode } from 'react';
import {
  formatPercent,
  getDayCentre,
  getDayEnd,
  getDayStart,
  getLastDayOfMonth,
  groupConsecutiveMonths,
  isDayInScale,
  type TimelineScale,
} from './timeline-scale';

export type TimelineMonth = {
  /** YYYY-MM */
  key: string;
  label: string;
  fullLabel: string;
};

/** How precisely a row's dates are known decides how its bar is drawn. */
export type TimelineBar =
  | { kind: 'day'; date: string }
  | { kind: 'range'; start: string; end: string }
  | { kind: 'choice'; months: readonly string[] };

export type TimelineRow = {
  id: string;
  header: ReactNode;
  bar: TimelineBar;
  /** The dates in words, e.g. "June/July 2021": the bar's text alternative. */
  barLabel: string;
};

export type TimelineLabels = {
  caption: string;
  activity: string;
  tentative: string;
  legendDay: string;
  legendRange: string;
  legendChoice: string;
};

export type TimelineProps = {
  months: readonly TimelineMonth[];
  rows: readonly TimelineRow[];
  labels: TimelineLabels;
  asOf?: { date: string; label: string };
};

type Segment = { start: number; end: number };

const toPositionStyle = ({ start, end }: Segment): CSSProperties => ({
  left: formatPercent(start),
  width: formatPercent(Math.max(0, end - start)),
});

const TimelineBarView = ({ bar, barLabel, scale, tentativeLabel }: {
  bar: TimelineBar;
  barLabel: string;
  scale: TimelineScale;
  tentativeLabel: string;
}) => {
  switch (bar.kind) {
    case 'day':
      return (
        <span
          className="ct-bar ct-bar--day"
          data-precision="day"
          style={{ left: formatPercent(getDayCentre(scale, bar.date)) }}
          role="img"
          aria-label={barLabel}
          title={barLabel}
        />
      );
    case 'range':
      return (
        <span
          className="ct-bar ct-bar--range"
          data-precision="range"
          style={toPositionStyle({ start: getDayStart(scale, bar.start), end: getDayEnd(scale, bar.end) })}
          role="img"
          aria-label={barLabel}
          title={barLabel}
        />
      );
    case 'choice':
      return (
        <span className="ct-bar-group" role="img" aria-label={`${tentativeLabel}: ${barLabel}`} title={`${tentativeLabel}: ${barLabel}`}>
          {groupConsecutiveMonths(bar.months).map((group) => {
            const first = group[0] as string;
            const last = group[group.length - 1] as string;
            const segment = { start: getDayStart(scale, `${first}-01`), end: getDayEnd(scale, getLastDayOfMonth(last)) };
            return (
              <span
                key={first}
                className="ct-bar ct-bar--choice"
                data-precision="choice"
                data-tentative="true"
                data-months={group.join(' ')}
                style={toPositionStyle(segment)}
              >
                <span className="ct-bar__text">{tentativeLabel}</span>
              </span>
            );
          })}
        </span>
      );
  }
};

export const Timeline = ({ months, rows, labels, asOf }: TimelineProps) => {
  const scale: TimelineScale = { monthKeys: months.map((month) => month.key) };
  const asOfPosition = asOf && isDayInScale(scale, asOf.date) ? formatPercent(getDayCentre(scale, asOf.date)) : undefined;

  return (
    <div className="ct-timeline">
      {/* The rows hold links, so keyboard users can reach and scroll the table without a focusable wrapper. */}
      <div className="ct-timeline__scroll">
        <table className="ct-timeline__table">
          <caption className="ct-visually-hidden">{labels.caption}</caption>
          <colgroup>
            <col className="ct-timeline__header-col" />
            {months.map((month) => (
              <col key={month.key} className="ct-timeline__month-col" />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="ct-timeline__activity-heading">{labels.activity}</th>
              {months.map((month) => (
                <th key={month.key} scope="col" className="ct-timeline__month" data-month={month.key}>
                  <abbr title={month.fullLabel}>{month.label}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="ct-timeline__row">
                <th scope="row" className="ct-timeline__row-header">{row.header}</th>
                <td colSpan={Math.max(1, months.length)} className="ct-timeline__track">
                  {months.slice(1).map((month, index) => (
                    <span key={month.key} className="ct-timeline__gridline" style={{ left: formatPercent((index + 1) / months.length) }} aria-hidden="true" />
                  ))}
                  <TimelineBarView bar={row.bar} barLabel={row.barLabel} scale={scale} tentativeLabel={labels.tentative} />
                  {asOfPosition ? <span className="ct-timeline__as-of" style={{ left: asOfPosition }} aria-hidden="true" /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="ct-timeline__legend">
        <li><span className="ct-legend-swatch ct-legend-swatch--day" aria-hidden="true" />{labels.legendDay}</li>
        <li><span className="ct-legend-swatch ct-legend-swatch--range" aria-hidden="true" />{labels.legendRange}</li>
        <li><span className="ct-legend-swatch ct-legend-swatch--choice" aria-hidden="true" />{labels.legendChoice}</li>
        {asOf && asOfPosition ? (
          <li><span className="ct-legend-swatch ct-legend-swatch--as-of" aria-hidden="true" />{asOf.label}</li>
        ) : null}
      </ul>
    </div>
  );
};
