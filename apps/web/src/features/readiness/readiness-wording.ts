import {
  defaultReadinessCriteria,
  formatForumDates,
  type ForumCountdown,
  type ReadinessCriterionView,
  type ReadinessFigures,
} from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n/use-locale';

/** The seeded criteria whose titles the translations carry (`readiness.criterionTitle.*`). */
const translatedCriterionKeys = [
  'whole_of_society_consultation',
  'scmi_briefed',
  'linkages_documented',
  'indicator_baselines',
  'stock_taking_and_workplan',
  'regional_review_participation',
  'voluntary_review_report',
] as const;
type TranslatedCriterionKey = (typeof translatedCriterionKeys)[number];
const isTranslated = (key: string | null): key is TranslatedCriterionKey => (translatedCriterionKeys as readonly (string | null)[]).includes(key);

/**
 * The readiness views' own wording: a seeded criterion's title in the reader's language (unless a co-chair has
 * reworded it, when their words are shown as recorded), the figures behind a status, and the countdown.
 */
export const useReadinessWording = () => {
  const { t } = useTranslation();
  const { locale } = useLocale();

  const criterionTitle = (criterion: Pick<ReadinessCriterionView, 'key' | 'title'>): string => {
    const { key } = criterion;
    if (!isTranslated(key)) return criterion.title;
    const seeded = defaultReadinessCriteria.find((candidate) => candidate.key === key);
    return seeded?.title === criterion.title ? t(`readiness.criterionTitle.${key}`) : criterion.title;
  };

  const describeFigures = (figures: ReadinessFigures): string[] => {
    switch (figures.kind) {
      case 'activity_done':
        return [figures.activity ? t('readiness.figures.activity', { title: figures.activity.title, status: t(`status.${figures.activity.status}`) }) : t('readiness.figures.missingRecord')];
      case 'activity_and_deliverable_done':
        return [
          figures.activity ? t('readiness.figures.activity', { title: figures.activity.title, status: t(`status.${figures.activity.status}`) }) : t('readiness.figures.missingRecord'),
          figures.deliverable
            ? t('readiness.figures.deliverable', { title: figures.deliverable.title, status: t(`deliverableStatus.${figures.deliverable.status}`) })
            : t('readiness.figures.missingRecord'),
        ];
      case 'crosswalk_gcm_coverage':
        return [
          t('readiness.figures.crosswalk', { linked: figures.linkedObjectiveCount, total: figures.objectiveCount }),
          ...(figures.unlinkedObjectiveNumbers.length > 0 ? [t('readiness.figures.unlinked', { numbers: figures.unlinkedObjectiveNumbers.join(', ') })] : []),
        ];
      case 'indicator_baselines':
        return [
          t('readiness.figures.baselines', {
            aligned: figures.alignedIndicatorCount,
            withBaseline: figures.withBaselineCount,
            withGap: figures.withDataGapCount,
            without: figures.withoutBaselineCount,
          }),
        ];
      case 'evidence':
        return [t('readiness.figures.evidenceCount', { count: figures.evidenceCount })];
    }
  };

  const describeCountdown = (countdown: ForumCountdown): string => {
    const dates = formatForumDates(countdown.forumStartDate, countdown.forumEndDate, locale);
    if (countdown.phase === 'before') return t('readiness.countdown.before', { count: countdown.daysToForum, dates });
    return countdown.phase === 'during' ? t('readiness.countdown.during', { dates }) : t('readiness.countdown.after', { dates });
  };

  return { criterionTitle, describeFigures, describeCountdown };
};
