import { z } from 'zod';
import type { FieldProblem } from '../errors/domain-error.js';

/** How far a criterion is met, whether computed from live data or set by the co-chairs on evidence. */
export const readinessStatuses = ['met', 'partly_met', 'not_met'] as const;
export const readinessStatusSchema = z.enum(readinessStatuses);
export type ReadinessStatus = z.infer<typeof readinessStatusSchema>;

/**
 * `computed`: the status follows live data (an activity's status, the crosswalk, baselines). `evidence`: the co-chairs
 * set the status and back it with evidence links, because no record in the tracker can show it.
 */
export const readinessCriterionKinds = ['computed', 'evidence'] as const;
export const readinessCriterionKindSchema = z.enum(readinessCriterionKinds);
export type ReadinessCriterionKind = z.infer<typeof readinessCriterionKindSchema>;

/** Where a computed criterion takes its status from. */
export const computedSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity_done'), activityId: z.uuid() }).strict(),
  z.object({ kind: z.literal('activity_and_deliverable_done'), activityId: z.uuid(), deliverableId: z.uuid() }).strict(),
  z.object({ kind: z.literal('crosswalk_gcm_coverage') }).strict(),
  z.object({ kind: z.literal('indicator_baselines') }).strict(),
]);
export type ComputedSource = z.infer<typeof computedSourceSchema>;
export const computedSourceKinds = ['activity_done', 'activity_and_deliverable_done', 'crosswalk_gcm_coverage', 'indicator_baselines'] as const;
export type ComputedSourceKind = (typeof computedSourceKinds)[number];

const evidenceDocumentTitleSchema = z.string().trim().min(1, { error: 'is required' }).max(500);
const evidenceDocumentUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);

/** What backs a criterion: a record of the tracker, or a document outside it (title and URL). */
export const evidenceLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity'), activityId: z.uuid() }).strict(),
  z.object({ kind: z.literal('deliverable'), deliverableId: z.uuid() }).strict(),
  z.object({ kind: z.literal('indicator'), indicatorId: z.uuid() }).strict(),
  z.object({ kind: z.literal('document'), title: evidenceDocumentTitleSchema, url: evidenceDocumentUrlSchema }).strict(),
]);
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;
export const evidenceLinkKinds = ['activity', 'deliverable', 'indicator', 'document'] as const;

/** One key per linked thing, e.g. `activity:<id>` or `document:<url>`: what makes a link a repeat. */
export const toEvidenceLinkKey = (link: EvidenceLink): string => {
  switch (link.kind) {
    case 'activity':
      return `activity:${link.activityId}`;
    case 'deliverable':
      return `deliverable:${link.deliverableId}`;
    case 'indicator':
      return `indicator:${link.indicatorId}`;
    case 'document':
      return `document:${link.url}`;
  }
};

/** The id of the tracker record a link names; null for a document. */
export const getEvidenceRecordId = (link: EvidenceLink): string | null => {
  switch (link.kind) {
    case 'activity':
      return link.activityId;
    case 'deliverable':
      return link.deliverableId;
    case 'indicator':
      return link.indicatorId;
    case 'document':
      return null;
  }
};

export const maximumEvidenceLinks = 50;

export const evidenceLinksSchema = z
  .array(evidenceLinkSchema)
  .max(maximumEvidenceLinks)
  .refine((links) => new Set(links.map(toEvidenceLinkKey)).size === links.length, { error: 'lists the same evidence twice' });

/**
 * An evidence-based criterion is met or partly met only on evidence: the status a co-chair sets needs at least one
 * link. A computed criterion's status is never set by hand.
 */
export const findStatusProblems = (kind: ReadinessCriterionKind, status: ReadinessStatus | undefined, evidenceCount: number): FieldProblem[] => {
  if (status === undefined) return [];
  if (kind === 'computed') return [{ path: 'status', message: 'is computed from live data for this criterion and cannot be set' }];
  if (status !== 'not_met' && evidenceCount === 0) return [{ path: 'status', message: `needs at least one evidence link to be ${status === 'met' ? 'met' : 'partly met'}` }];
  return [];
};

/** Still not met after its due day. */
export const isCriterionOverdue = (criterion: { status: ReadinessStatus; dueDate: string | null }, asOfDay: string): boolean =>
  criterion.dueDate !== null && criterion.status !== 'met' && asOfDay > criterion.dueDate;
