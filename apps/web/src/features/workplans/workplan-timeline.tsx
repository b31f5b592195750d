import {
  activityKinds,
  activityStatuses,
  formatDateSpan,
  gcmReviewMilestones,
  getDateSpanBounds,
  getTimelineRange,
  qualityFlagCodes,
  type ActivityKind,
  type ActivityStatus,
  type ActivitySummaryView,
  type BaselineDiffView,
  type DateSpan,
  type DateSpanBounds,
  type Locale,
  type QualityFlagCode,
  type Milestone,
  type TimelineZoom,
  type WorkplanDetailView,
} from '@compact-tracker/domain';
import { DateSpanLabel, QualityFlagBadge, StatusBadge, Timeline, type TimelineBar, type TimelineMilestone, type TimelineRow } from '@compact-tracker/ui';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatLongDate, formatZoneOffset, getSpanDateTimeAttribute } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { ActivityDrawer } from '../timeline/activity-drawer';
import { formatDayRange, listTimelineMonths } from '../timeline/timeline-format';
import { TimelineFilters } from '../timeline/timeline-filters';
import { TimelineToolbar } from '../timeline/timeline-toolbar';
import {
  getDefaultAnchorMonth,
  getPeriodStep,
  matchesTimelineFilters,
  readTimelineView,
  shiftMonth,
  writeTimelineView,
  type TimelineViewChange,
} from '../timeline/timeline-view';
import '../timeline/timeline.css';

const toTimelineBar = (span: DateSpan, bounds: Pick<DateSpanBounds, 'earliestStart' | 'latestEnd'>): TimelineBar => {
  switch (span.precision) {
    case 'day':
      return { kind: 'day', date: span.date };
    case 'day-time-window': {
      const start = getSpanDateTimeAttribute(span);
      const offset = start ? ` ${formatZoneOffset(start, span.timeZone)}` : '';
      return { kind: 'day', date: span.date, time: `${span.startTime}–${span.endTime}${offset}` };
    }
    case 'month-range':
      return { kind: 'range', start: bounds.earliestStart, end: bounds.latestEnd };
    case 'month-choice':
      return { kind: 'choice', months: span.months };
  }
};

/** The words every row uses, looked up once rather than in each of 2,000 rows. */
type RowWords = {
  locale: Locale;
  status: Record<ActivityStatus, string>;
  kind: Record<ActivityKind, string>;
  flag: Record<QualityFlagCode, { label: string; description: string }>;
  tentative: string;
};

/** A row's heading: the title links to the activity's page; the cell, not the link, is the keyboard stop. */
export const ActivityRowHeader = memo(({ activity, words }: { activity: ActivitySummaryView; words: RowWords }) => (
  <div className="activity-row">
    <Link className="activity-row__title" to={`/activities/${activity.id}`} tabIndex={-1}>
      {activity.title}
    </Link>
    <div className="activity-row__meta">
      <StatusBadge status={activity.status} label={words.status[activity.status]} />
      <DateSpanLabel
        text={formatDateSpan(activity.dateSpan, words.locale)}
        precision={activity.dateSpan.precision}
        dateTime={getSpanDateTimeAttribute(activity.dateSpan)}
        tentativeLabel={words.tentative}
      />
      <span className="activity-row__kind">{words.kind[activity.kind]}</span>
    </div>
    {activity.qualityFlags.length > 0 ? (
      <div className="activity-row__flags">
        {activity.qualityFlags.map((flag) => (
          <QualityFlagBadge key={flag} code={flag} label={words.flag[flag].label} description={words.flag[flag].description} />
        ))}
      </div>
    ) : null}
  </div>
));

/**
 * A row's bar and its words are worked out when the row is first drawn: with 2,000 activities and a window of
 * about twenty rows, formatting every date up front would cost more than drawing the timeline.
 */
const toTimelineRow = (activity: ActivitySummaryView, words: RowWords, ghost: TimelineRow['ghost']): TimelineRow => {
  let bar: TimelineBar | undefined;
  let barLabel: string | undefined;
  return {
    id: activity.id,
    header: <ActivityRowHeader activity={activity} words={words} />,
    ...(ghost ? { ghost } : {}),
    get bar() {
      bar ??= toTimelineBar(activity.dateSpan, activity.bounds);
      return bar;
    },
    get barLabel() {
      barLabel ??= formatDateSpan(activity.dateSpan, words.locale);
      return barLabel;
    },
  };
};

type DroppedActivity = Extract<BaselineDiffView['changes'][number], { kind: 'dropped' }>;

/** An activity dropped since the baseline: its frozen title struck through, its frozen dates as a faint bar. */
const DroppedRowHeader = ({ change, words, droppedLabel }: { change: DroppedActivity; words: RowWords; droppedLabel: string }) => (
  <div className="activity-row activity-row--dropped">
    <del className="activity-row__title">{change.title}</del>
    <div className="activity-row__meta">
      <span className="ct-badge activity-row__dropped">{droppedLabel}</span>
      <DateSpanLabel
        text={formatDateSpan(change.baseline.dateSpan, words.locale)}
        precision={change.baseline.dateSpan.precision}
        dateTime={getSpanDateTimeAttribute(change.baseline.dateSpan)}
        tentativeLabel={words.tentative}
      />
    </div>
  </div>
);

const toRecord = <K extends string, V>(keys: readonly K[], value: (key: K) => V) =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;

type ExtraMilestone = Milestone & { id?: string };
const noExtraMilestones: readonly ExtraMilestone[] = [];

type WorkplanTimelineProps = {
  workplan: WorkplanDetailView;
  /** Drawn in the milestone lane besides the GCM review milestones, e.g. action points' due days. */
  extraMilestones?: readonly ExtraMilestone[];
  /** A baseline to compare with: moved activities show their baseline dates as a ghost, dropped ones as ghost rows. */
  baselineDiff?: BaselineDiffView | undefined;
};

export const WorkplanTimeline = ({ workplan, extraMilestones = noExtraMilestones, baselineDiff }: WorkplanTimelineProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => readTimelineView(searchParams), [searchParams]);
  const [openActivityId, setOpenActivityId] = useState<string | null>(null);

  const anchorMonth = view.at ?? getDefaultAnchorMonth(workplan.year, workplan.asOf);
  const range = useMemo(() => getTimelineRange(view.zoom, `${anchorMonth}-01`), [view.zoom, anchorMonth]);
  const months = useMemo(() => listTimelineMonths(view.zoom, range, locale), [view.zoom, range, locale]);

  const changeView = useCallback(
    (change: TimelineViewChange) => setSearchParams((params) => writeTimelineView(params, change), { replace: true }),
    [setSearchParams],
  );
  const changeZoom = (zoom: TimelineZoom) => changeView({ zoom, at: anchorMonth });
  const step = (direction: -1 | 1) => changeView({ at: shiftMonth(anchorMonth, direction * getPeriodStep(view.zoom).months) });

  const shown = useMemo(
    () => workplan.activities.filter((activity) => matchesTimelineFilters(activity, view)),
    [workplan.activities, view],
  );
  const words: RowWords = useMemo(
    () => ({
      locale,
      status: toRecord(activityStatuses, (status) => t(`status.${status}`)),
      kind: toRecord(activityKinds, (kind) => t(`activityKind.${kind}`)),
      flag: toRecord(qualityFlagCodes, (flag) => ({ label: t(`qualityFlag.${flag}.label`), description: t(`qualityFlag.${flag}.description`) })),
      tentative: t('timeline.tentative'),
    }),
    [locale, t],
  );
  const ghosts = useMemo(() => {
    const byActivity = new Map<string, NonNullable<TimelineRow['ghost']>>();
    for (const change of baselineDiff?.changes ?? []) {
      if (change.kind !== 'changed' || !change.isMoved) continue;
      const span = change.baseline.dateSpan;
      byActivity.set(change.activityId, {
        bar: toTimelineBar(span, getDateSpanBounds(span)),
        label: t('baselines.ghost', { name: baselineDiff?.baseline.name, date: formatDateSpan(span, locale) }),
      });
    }
    return byActivity;
  }, [baselineDiff, locale, t]);
  const droppedRows: TimelineRow[] = useMemo(() => {
    if (!baselineDiff) return [];
    const droppedLabel = t('baselines.droppedRow', { name: baselineDiff.baseline.name });
    return baselineDiff.changes.flatMap((change) => {
      if (change.kind !== 'dropped') return [];
      const span = change.baseline.dateSpan;
      const dateText = formatDateSpan(span, locale);
      return [{
        id: change.activityId,
        header: <DroppedRowHeader change={change} words={words} droppedLabel={droppedLabel} />,
        bar: toTimelineBar(span, getDateSpanBounds(span)),
        barLabel: `${droppedLabel}: ${dateText}`,
        isGhost: true,
      }];
    });
  }, [baselineDiff, locale, t, words]);
  const rows: TimelineRow[] = useMemo(
    () => [...shown.map((activity) => toTimelineRow(activity, words, ghosts.get(activity.id))), ...droppedRows],
    [shown, words, ghosts, droppedRows],
  );
  const milestones: TimelineMilestone[] = useMemo(
    () =>
      [...gcmReviewMilestones, ...extraMilestones].map((milestone) => ({
        ...milestone,
        dateLabel: formatDayRange(milestone.startDate, milestone.endDate, locale),
        kindLabel: t(`timeline.milestoneKind.${milestone.kind}`),
      })),
    [extraMilestones, locale, t],
  );

  const openActivity = openActivityId ? workplan.activities.find((activity) => activity.id === openActivityId) : undefined;

  return (
    <div className="workplan-timeline">
      <div className="workplan-timeline__controls">
        <TimelineToolbar zoom={view.zoom} range={range} onZoomChange={changeZoom} onStep={step} />
        <TimelineFilters activities={workplan.activities} view={view} shownCount={shown.length} onChange={changeView} />
      </div>
      <Timeline
        months={months}
        rows={rows}
        milestones={milestones}
        asOf={{ date: workplan.asOf, label: t('timeline.asOfLegend', { date: formatLongDate(workplan.asOf, locale) }) }}
        onOpenRow={setOpenActivityId}
        openRowId={openActivity?.id ?? null}
        labels={{
          caption: t('timeline.caption', { title: workplan.title }),
          activity: t('timeline.activity'),
          tentative: t('timeline.tentative'),
          legendDay: t('timeline.legendDay'),
          legendRange: t('timeline.legendRange'),
          legendChoice: t('timeline.legendChoice'),
          milestones: t('timeline.milestones'),
          year: t('timeline.year'),
          earlier: t('timeline.earlier'),
          later: t('timeline.later'),
          noRows: t('timeline.noMatches'),
          keyboardHint: t('timeline.keyboardHint'),
          ...(baselineDiff ? { legendGhost: t('baselines.ghostLegend') } : {}),
        }}
      />
      <ActivityDrawer activity={openActivity} asOf={workplan.asOf} onClose={() => setOpenActivityId(null)} />
    </div>
  );
};
