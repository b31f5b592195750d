import {
  defaultReadinessCriteria,
  formatCalendarDay,
  formatForumDates,
  type EvidenceLinkView,
  type ForumCountdown,
  type Locale,
  type ReadinessCriterionView,
  type ReadinessFigures,
} from '@compact-tracker/domain';
import { DateTime } from 'luxon';
import { fillLabel } from '../exports/export-labels.js';
import type { ReadinessReportLabels } from './readiness-report-labels.js';

const pluralOf = <Key extends string>(count: number, forms: Record<`${Key}_one` | `${Key}_other`, string>, key: Key): string =>
  fillLabel(count === 1 ? forms[`${key}_one`] : forms[`${key}_other`], { count });

/** "304 days to the IMRF (17–20 May 2022)", or that it is under way or past. */
export const describeCountdown = (countdown: ForumCountdown, labels: ReadinessReportLabels, locale: Locale): string => {
  const dates = formatForumDates(countdown.forumStartDate, countdown.forumEndDate, locale);
  if (countdown.phase === 'before') {
    return fillLabel(countdown.daysToForum === 1 ? labels.countdown.before_one : labels.countdown.before_other, { count: countdown.daysToForum, dates });
  }
  return fillLabel(countdown.phase === 'during' ? labels.countdown.during : labels.countdown.after, { dates });
};

/**
 * A seeded criterion's title in the report's language, unless a co-chair has since reworded it: their words are
 * then the criterion's, and are printed as recorded.
 */
export const getCriterionTitle = (criterion: Pick<ReadinessCriterionView, 'key' | 'title'>, labels: ReadinessReportLabels): string => {
  if (criterion.key === null) return criterion.title;
  const seeded = defaultReadinessCriteria.find((candidate) => candidate.key === criterion.key);
  const translated = labels.criterionTitles[criterion.key];
  return seeded && translated && seeded.title === criterion.title ? translated : criterion.title;
};

/** The numbers behind a status, in words, one line each. */
export const describeFigures = (figures: ReadinessFigures, labels: ReadinessReportLabels): string[] => {
  const { figures: words } = labels;
  switch (figures.kind) {
    case 'activity_done':
      return [figures.activity ? fillLabel(words.activity, { title: figures.activity.title, status: labels.activityStatus[figures.activity.status] }) : words.missingRecord];
    case 'activity_and_deliverable_done':
      return [
        figures.activity ? fillLabel(words.activity, { title: figures.activity.title, status: labels.activityStatus[figures.activity.status] }) : words.missingRecord,
        figures.deliverable
          ? fillLabel(words.deliverable, { title: figures.deliverable.title, status: labels.deliverableStatus[figures.deliverable.status] })
          : words.missingRecord,
      ];
    case 'crosswalk_gcm_coverage':
      return [
        fillLabel(words.crosswalk, { linked: figures.linkedObjectiveCount, total: figures.objectiveCount }),
        ...(figures.unlinkedObjectiveNumbers.length > 0 ? [fillLabel(words.unlinked, { numbers: figures.unlinkedObjectiveNumbers.join(', ') })] : []),
      ];
    case 'indicator_baselines':
      return [
        fillLabel(words.baselines, {
          aligned: figures.alignedIndicatorCount,
          withBaseline: figures.withBaselineCount,
          withGap: figures.withDataGapCount,
          without: figures.withoutBaselineCount,
        }),
      ];
    case 'evidence':
      return [pluralOf(figures.evidenceCount, words, 'evidenceCount')];
  }
};

/** "Activity: CSO workshop (Done)", "Document: Regional review statement (https://…)". */
export const describeEvidence = (link: EvidenceLinkView, labels: ReadinessReportLabels): string => {
  const kind = labels.evidenceKind[link.kind];
  switch (link.kind) {
    case 'activity':
      return `${kind}: ${link.title ?? labels.figures.missingRecord}${link.status ? ` (${labels.activityStatus[link.status]})` : ''}`;
    case 'deliverable':
      return `${kind}: ${link.title ?? labels.figures.missingRecord}${link.status ? ` (${labels.deliverableStatus[link.status]})` : ''}`;
    case 'indicator':
      return `${kind}: ${link.code && link.name ? `${link.code} ${link.name}` : labels.figures.missingRecord}`;
    case 'document':
      return `${kind}: ${link.title} (${link.url})`;
  }
};

export const describeCommentCount = (count: number, labels: ReadinessReportLabels): string => pluralOf(count, labels.criterion, 'comments');

/** The calendar day of an instant in the network's zone, written out. */
export const formatInstantDay = (iso: string, timeZone: string, locale: Locale): string =>
  formatCalendarDay(DateTime.fromISO(iso, { zone: timeZone }).toISODate() as string, locale);
