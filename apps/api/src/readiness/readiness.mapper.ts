import {
  computedSourceSchema,
  criterionReviewStateSchema,
  evidenceLinkSchema,
  readinessCriterionKindSchema,
  readinessReviewStatusSchema,
  readinessStatusSchema,
  type ReadinessCommentView,
} from '@compact-tracker/domain';
import { z } from 'zod';
import type { UserEntity } from '../accounts/user.entity.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { ReadinessCommentEntity } from './readiness-comment.entity.js';
import type { ReadinessCriterionEntity } from './readiness-criterion.entity.js';
import type { ReadinessReviewEntity } from './readiness-review.entity.js';

const userRefRecordSchema = z.object({ id: z.uuid(), displayName: z.string() });

/**
 * What the audit trail keeps of a criterion, and so what an as-of view rebuilds: everything it shows, the owner and
 * the last reviewer named as they were then. `as-of-states.ts` builds the same object for a current row in SQL.
 */
export const criterionRecordSchema = z.object({
  key: z.string().nullable(),
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  kind: readinessCriterionKindSchema,
  source: computedSourceSchema.nullable(),
  evidenceStatus: readinessStatusSchema.nullable(),
  evidence: z.array(evidenceLinkSchema),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  dueDate: z.string().nullable(),
  reviewState: criterionReviewStateSchema,
  lastReturnReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: userRefRecordSchema.nullable(),
});
export type CriterionRecord = z.infer<typeof criterionRecordSchema>;

export const reviewRecordSchema = z.object({
  timeZone: z.string(),
  status: readinessReviewStatusSchema,
  signedOffAt: z.string().nullable(),
  signedOffBy: userRefRecordSchema.nullable(),
  signOffNote: z.string().nullable(),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

const toUserRef = (user: UserEntity | null) => (user ? { id: user.id, displayName: user.displayName } : null);
const toOrganisationRef = (organisation: OrganisationEntity) => ({ id: organisation.id, name: organisation.shortName ?? organisation.name });

/** Needs `owner` and `reviewedBy` loaded. */
export const toReadinessCriterionAuditRecord = (criterion: ReadinessCriterionEntity): CriterionRecord => ({
  key: criterion.key,
  position: criterion.position,
  title: criterion.title,
  description: criterion.description,
  kind: criterion.kind,
  source: criterion.source,
  evidenceStatus: criterion.evidenceStatus,
  evidence: criterion.evidence,
  owner: toOrganisationRef(criterion.owner),
  dueDate: criterion.dueDate,
  reviewState: criterion.reviewState,
  lastReturnReason: criterion.lastReturnReason,
  reviewedAt: criterion.reviewedAt?.toISOString() ?? null,
  reviewedBy: toUserRef(criterion.reviewedBy),
});

/** Needs `signedOffBy` loaded. */
export const toReadinessReviewAuditRecord = (review: ReadinessReviewEntity): ReviewRecord => ({
  timeZone: review.timeZone,
  status: review.status,
  signedOffAt: review.signedOffAt?.toISOString() ?? null,
  signedOffBy: toUserRef(review.signedOffBy),
  signOffNote: review.signOffNote,
});

export const toReadinessCommentAuditRecord = (comment: ReadinessCommentEntity) => ({
  criterionId: comment.criterionId,
  kind: comment.kind,
  body: comment.body,
});

/** Needs `author` loaded. */
export const toReadinessCommentView = (comment: ReadinessCommentEntity): ReadinessCommentView => ({
  id: comment.id,
  criterionId: comment.criterionId,
  kind: comment.kind,
  body: comment.body,
  author: comment.author ? { id: comment.author.id, displayName: comment.author.displayName, role: comment.author.role } : null,
  createdAt: comment.createdAt.toISOString(),
});
