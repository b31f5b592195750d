import { formatPercent, getDayEnd, getDayStart, placeDayRange, type TimelineScale } from './timeline-scale';

/**
 * A dated point of reference drawn across the timeline: a review forum, a regional review, an action point's
 * due day. Shaped like the domain's `Milestone`, so any list of those can be passed as is.
 */
export type TimelineMilestone = {
  /** Defaults to kind, start and title together. */
  id?: string;
  title: string;
  kind: string;
  startDate: string;
  endDate: string;
  /** The dates in words, e.g. "12–13 November 2020"; the ISO days are shown when absent. */
  dateLabel?: string;
  /** The kind in words, e.g. "Regional review"; read before the title. */
  kindLabel?: string;
};

export type TimelineMilestoneLabels = { earlier: string; later: string };

export const getMilestoneKey = (milestone: TimelineMilestone): string =>
  milestone.id ?? `${milestone.kind}:${milestone.startDate}:${milestone.title}`;

const getDateText = (milestone: TimelineMilestone) =>
  milestone.dateLabel ?? (milestone.startDate === milestone.endDate ? milestone.startDate : `${milestone.startDate} – ${milestone.endDate}`);

export type PlacedMilestone = { milestone: TimelineMilestone; start: number; end: number };

/** The milestones that fall (at least partly) within the months shown, with their positions on the track. */
export const placeMilestones = (scale: TimelineScale, milestones: readonly TimelineMilestone[]): PlacedMilestone[] =>
  milestones
    .filter((milestone) => placeDayRange(scale, milestone.startDate, milestone.endDate) === 'inside')
    .map((milestone) => ({ milestone, start: getDayStart(scale, milestone.startDate), end: getDayEnd(scale, milestone.endDate) }));

/**
 * One line per milestone, in date order: a diamond (or a short bar for several days) where it falls, with its
 * title beside it; a milestone outside the months shown is named at the edge it lies beyond.
 */
export const TimelineMilestoneLane = ({ scale, milestones, labels }: {
  scale: TimelineScale;
  milestones: readonly TimelineMilestone[];
  labels: TimelineMilestoneLabels;
}) => {
  const sorted = [...milestones].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate));
  return (
    <ul className="ct-milestones">
      {sorted.map((milestone) => {
        const key = getMilestoneKey(milestone);
        const placement = placeDayRange(scale, milestone.startDate, milestone.endDate);
        const text = `${milestone.title} · ${getDateText(milestone)}`;
        const kind = milestone.kindLabel ? <span className="ct-visually-hidden">{milestone.kindLabel}: </span> : null;
        if (placement !== 'inside') {
          const edgeText = placement === 'before' ? labels.earlier : labels.later;
          return (
            <li key={key} className="ct-milestone ct-milestone--outside" data-outside={placement} data-kind={milestone.kind} title={`${edgeText}: ${text}`}>
              <span className="ct-milestone__label">
                {placement === 'before' ? <span aria-hidden="true">◂ </span> : null}
                <span className="ct-visually-hidden">{edgeText}: </span>
                {kind}
                {text}
                {placement === 'after' ? <span aria-hidden="true"> ▸</span> : null}
              </span>
            </li>
          );
        }
        const start = getDayStart(scale, milestone.startDate);
        const end = getDayEnd(scale, milestone.endDate);
        // The title goes on whichever side has more room, and may use all of it.
        const side = start > 1 - end ? 'left' : 'right';
        const room = side === 'right' ? 1 - end : start;
        return (
          <li key={key} className="ct-milestone" data-kind={milestone.kind} data-start={milestone.startDate} title={text}>
            <span
              className="ct-milestone__marker"
              style={{ left: formatPercent(start), width: formatPercent(end - start) }}
              aria-hidden="true"
            />
            <span
              className="ct-milestone__label"
              data-side={side}
              style={{
                ...(side === 'right' ? { left: formatPercent(end) } : { right: formatPercent(1 - start) }),
                maxWidth: `calc(${formatPercent(room)} - 1rem)`,
              }}
            >
              {kind}
              {text}
            </span>
          </li>
        );
      })}
    </ul>
  );
};
