import type { CriterionReviewState, ReadinessStatus } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';

/** A full, half and empty circle: the status reads from its shape and its words as well as its colour. */
const statusIcons: Record<ReadinessStatus, string> = { met: '●', partly_met: '◐', not_met: '○' };
const reviewIcons: Record<CriterionReviewState, string> = { open: '•', accepted: '✓', returned: '↩', answered: '↪' };

export const ReadinessStatusBadge = ({ status }: { status: ReadinessStatus }) => {
  const { t } = useTranslation();
  return (
    <span className="ct-badge readiness-status" data-status={status}>
      <span className="readiness-status__icon" aria-hidden="true">{statusIcons[status]}</span>
      {t(`readiness.status.${status}`)}
    </span>
  );
};

export const ReviewStateBadge = ({ state }: { state: CriterionReviewState }) => {
  const { t } = useTranslation();
  return (
    <span className="ct-badge review-state-badge" data-state={state}>
      <span className="readiness-status__icon" aria-hidden="true">{reviewIcons[state]}</span>
      {t(`readiness.reviewState.${state}`)}
    </span>
  );
};
