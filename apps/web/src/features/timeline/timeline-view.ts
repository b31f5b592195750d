import {
  activityKinds,
  activityStatuses,
  timelineZooms,
  type ActivityKind,
  type ActivityStatus,
  type ActivitySummaryView,
  type TimelineZoom,
} from '@compact-tracker/domain';
import { DateTime } from 'luxon';

/**
 * What the timeline shows, read from and written to the URL's search params so that a view can be shared:
 * `zoom`, `at` (a month of the period shown, YYYY-MM), and repeated `status`, `kind` and `lead` (organisation id).
 */
export type TimelineView = {
  zoom: TimelineZoom;
  /** A month inside the period shown; absent means the default for the workplan. */
  at: string | undefined;
  statuses: ActivityStatus[];
  kinds: ActivityKind[];
  leadIds: string[];
};

export const defaultZoom: TimelineZoom = 'year';

const isMonth = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}$/.test(value) && DateTime.fromFormat(value, 'yyyy-MM', { zone: 'utc' }).isValid;

const pickKnown = <T extends string>(values: string[], known: readonly T[]): T[] =>
  known.filter((candidate) => values.includes(candidate));

export const readTimelineView = (params: URLSearchParams): TimelineView => {
  const zoom = timelineZooms.find((candidate) => candidate === params.get('zoom')) ?? defaultZoom;
  const at = params.get('at');
  return {
    zoom,
    at: isMonth(at) ? at : undefined,
    statuses: pickKnown(params.getAll('status'), activityStatuses),
    kinds: pickKnown(params.getAll('kind'), activityKinds),
    leadIds: [...new Set(params.getAll('lead').filter((id) => id.trim() !== ''))],
  };
};

export type TimelineViewChange = Partial<TimelineView>;

/** Writes a change into the params, leaving defaults (and every param the timeline does not own) out of it. */
export const writeTimelineView = (params: URLSearchParams, change: TimelineViewChange): URLSearchParams => {
  const next = new URLSearchParams(params);
  if ('zoom' in change) {
    if (!change.zoom || change.zoom === defaultZoom) next.delete('zoom');
    else next.set('zoom', change.zoom);
  }
  if ('at' in change) {
    if (change.at) next.set('at', change.at);
    else next.delete('at');
  }
  const lists = [
    ['status', change.statuses],
    ['kind', change.kinds],
    ['lead', change.leadIds],
  ] as const;
  for (const [name, values] of lists) {
    if (values === undefined) continue;
    next.delete(name);
    for (const value of values) next.append(name, value);
  }
  return next;
};

export const hasActiveFilters = (view: TimelineView): boolean =>
  view.statuses.length > 0 || view.kinds.length > 0 || view.leadIds.length > 0;

export const matchesTimelineFilters = (activity: ActivitySummaryView, view: TimelineView): boolean =>
  (view.statuses.length === 0 || view.statuses.includes(activity.status)) &&
  (view.kinds.length === 0 || view.kinds.includes(activity.kind)) &&
  (view.leadIds.length === 0 || activity.leadOrganisations.some((organisation) => view.leadIds.includes(organisation.id)));

/**
 * The month the period is anchored on when the URL names none: the as-of day when it lies in the workplan's
 * year (so a quarter view opens on the quarter being checked), otherwise the start of that year.
 */
export const getDefaultAnchorMonth = (workplanYear: number, asOf: string): string =>
  asOf.startsWith(`${workplanYear}-`) ? asOf.slice(0, 7) : `${workplanYear}-01`;

/** How far the previous/next buttons move: a quarter in the quarter view, a year otherwise. */
export const getPeriodStep = (zoom: TimelineZoom): { months: number; unit: 'quarter' | 'year' } =>
  zoom === 'quarter' ? { months: 3, unit: 'quarter' } : { months: 12, unit: 'year' };

export const shiftMonth = (month: string, months: number): string =>
  DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' }).plus({ months }).toFormat('yyyy-MM');
