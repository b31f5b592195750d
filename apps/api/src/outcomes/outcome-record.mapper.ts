import type { OutcomeRecordView, OutcomeReviewState } from '@compact-tracker/domain';
import { toOrganisationView } from '../organisations/organisation.mapper.js';
import type { OutcomeRecordEntity } from './outcome-record.entity.js';

const getSignOffsInOrder = (record: OutcomeRecordEntity) =>
  [...record.signOffs].sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime() || a.organisationId.localeCompare(b.organisationId));

/** The domain's review state of a record. Needs `signOffs` loaded. */
export const toOutcomeReviewState = (record: OutcomeRecordEntity): OutcomeReviewState => ({
  status: record.reviewStatus,
  signedOffBy: getSignOffsInOrder(record).map((signOff) => signOff.organisationId),
  lastReturn:
    record.lastReturnOrganisationId !== null && record.lastReturnReason !== null
      ? { organisationId: record.lastReturnOrganisationId, reason: record.lastReturnReason }
      : null,
});

/** Needs `signOffs.organisation`, `lastReturnOrganisation` and `lastReturnedBy` loaded. */
export const toOutcomeRecordView = (record: OutcomeRecordEntity): OutcomeRecordView => ({
  id: record.id,
  activityId: record.activityId,
  summary: record.summary,
  decisions: record.decisions,
  review: {
    status: record.reviewStatus,
    signedOffBy: getSignOffsInOrder(record).map((signOff) => toOrganisationView(signOff.organisation)),
    lastReturn:
      record.lastReturnOrganisation && record.lastReturnReason !== null && record.lastReturnedAt !== null
        ? {
            organisation: toOrganisationView(record.lastReturnOrganisation),
            reason: record.lastReturnReason,
            returnedAt: record.lastReturnedAt.toISOString(),
            returnedBy: record.lastReturnedBy ? { id: record.lastReturnedBy.id, displayName: record.lastReturnedBy.displayName } : null,
          }
        : null,
  },
  version: record.version,
  updatedAt: record.updatedAt.toISOString(),
});

/** What the audit trail keeps of a record: its text and its review, organisations named as they were then. */
export const toOutcomeRecordAuditRecord = (record: OutcomeRecordEntity): Record<string, unknown> => {
  const view = toOutcomeRecordView(record);
  return {
    activityId: view.activityId,
    summary: view.summary,
    decisions: view.decisions,
    reviewStatus: view.review.status,
    signedOffBy: view.review.signedOffBy.map((organisation) => ({ id: organisation.id, name: organisation.shortName ?? organisation.name })),
    lastReturn: view.review.lastReturn
      ? { organisation: view.review.lastReturn.organisation.shortName ?? view.review.lastReturn.organisation.name, reason: view.review.lastReturn.reason }
      : null,
  };
};
