import { memo, type CSSProperties } from 'react';
import {
  formatPercent,
  getDayCentre,
  getDayEnd,
  getDayStart,
  getLastDayOfMonth,
  groupConsecutiveMonths,
  placeDayRange,
  type TimelineScale,
} from './timeline-scale';

/** How precisely a row's dates are known decides how its bar is drawn. */
export type TimelineBar =
  /** An exact day; `time` is a time window on that day as words, e.g. "14:00–17:00 GMT+4". */
  | { kind: 'day'; date: string; time?: string }
  | { kind: 'range'; start: string; end: string }
  | { kind: 'choice'; months: readonly string[] };

export type TimelineBarLabels = { tentative: string; earlier: string; later: string };

type Segment = { start: number; end: number };

const toPositionStyle = ({ start, end }: Segment): CSSProperties => ({
  left: formatPercent(start),
  width: formatPercent(Math.max(0, end - start)),
});

const getOuterDays = (bar: TimelineBar): { start: string; end: string } => {
  switch (bar.kind) {
    case 'day':
      return { start: bar.date, end: bar.date };
    case 'range':
      return { start: bar.start, end: bar.end };
    case 'choice': {
      const months = [...bar.months].sort();
      return { start: `${months[0] ?? ''}-01`, end: getLastDayOfMonth(months[months.length - 1] ?? '') };
    }
  }
};

/**
 * A bar that falls wholly outside the months shown is not squeezed against an edge (which would
 * misdate it): a small pointer at that edge says it is earlier or later, and its dates stay in words.
 */
const OutsideMarker = ({ side, text, label }: { side: 'before' | 'after'; text: string; label: string }) => (
  <span className={`ct-bar-outside ct-bar-outside--${side}`} data-outside={side} role="img" aria-label={`${text}: ${label}`} title={`${text}: ${label}`}>
    {side === 'before' ? <span aria-hidden="true">◂ </span> : null}
    {text}
    {side === 'after' ? <span aria-hidden="true"> ▸</span> : null}
  </span>
);

/** Memoised: while rows scroll, a bar already drawn is not drawn again. */
export const TimelineBarView = memo(({ bar, barLabel, scale, labels }: {
  bar: TimelineBar;
  barLabel: string;
  scale: TimelineScale;
  labels: TimelineBarLabels;
}) => {
  const outer = getOuterDays(bar);
  const placement = placeDayRange(scale, outer.start, outer.end);
  if (placement === 'before') return <OutsideMarker side="before" text={labels.earlier} label={barLabel} />;
  if (placement === 'after') return <OutsideMarker side="after" text={labels.later} label={barLabel} />;

  switch (bar.kind) {
    case 'day': {
      const centre = getDayCentre(scale, bar.date);
      return (
        <>
          <span
            className="ct-bar ct-bar--day"
            data-precision="day"
            style={{ left: formatPercent(centre) }}
            role="img"
            aria-label={barLabel}
            title={barLabel}
          />
          {bar.time ? (
            <span className="ct-bar-time" data-side={centre > 0.75 ? 'left' : 'right'} style={{ left: formatPercent(centre) }} aria-hidden="true">
              {bar.time}
            </span>
          ) : null}
        </>
      );
    }
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
        <span className="ct-bar-group" role="img" aria-label={`${labels.tentative}: ${barLabel}`} title={`${labels.tentative}: ${barLabel}`}>
          {groupConsecutiveMonths(bar.months).map((group) => {
            const first = group[0] as string;
            const last = group[group.length - 1] as string;
            const segment = { start: getDayStart(scale, `${first}-01`), end: getDayEnd(scale, getLastDayOfMonth(last)) };
            if (segment.end <= segment.start) return null;
            return (
              <span
                key={first}
                className="ct-bar ct-bar--choice"
                data-precision="choice"
                data-tentative="true"
                data-months={group.join(' ')}
                style={toPositionStyle(segment)}
              >
                <span className="ct-bar__text">{labels.tentative}</span>
              </span>
            );
          })}
        </span>
      );
  }
});
