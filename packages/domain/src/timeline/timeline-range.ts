import { DateTime } from 'luxon';

export const timelineZooms = ['quarter', 'year', 'multi-year'] as const;
export type TimelineZoom = (typeof timelineZooms)[number];

/** The months a timeline shows, inclusive, as YYYY-MM. */
export type TimelineRange = { fromMonth: string; toMonth: string };

const month = (d: DateTime) => d.toFormat('yyyy-MM');

/**
 * The range a zoom level shows around a day: the quarter holding it, its calendar year, or three years
 * with it in the middle (enough to see the 2020 regional review, the 2021 plan and the 2022 IMRF together).
 */
export const getTimelineRange = (zoom: TimelineZoom, anchorDay: string): TimelineRange => {
  const anchor = DateTime.fromISO(anchorDay, { zone: 'utc' });
  switch (zoom) {
    case 'quarter':
      return { fromMonth: month(anchor.startOf('quarter')), toMonth: month(anchor.endOf('quarter')) };
    case 'year':
      return { fromMonth: month(anchor.startOf('year')), toMonth: month(anchor.endOf('year')) };
    case 'multi-year':
      return { fromMonth: month(anchor.minus({ years: 1 }).startOf('year')), toMonth: month(anchor.plus({ years: 1 }).endOf('year')) };
  }
};

/** Whether two calendar-day ranges share at least one day. */
export const doDayRangesOverlap = (a: { start: string; end: string }, b: { start: string; end: string }): boolean =>
  a.start <= b.end && b.start <= a.end;
