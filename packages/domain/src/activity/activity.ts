import { z } from 'zod';
import { dateSpanSchema } from '../date-span/date-span.js';
import type { FieldProblem } from '../errors/domain-error.js';
import { gcmGuidingPrinciples, gcmObjectives, isGcmObjectiveNumber } from '../frameworks/gcm.js';
import { isMigrationSdgTargetCode, migrationSdgTargetCodes } from '../frameworks/sdg.js';
import { activityStatusSchema } from './activity-status.js';

export const activityKinds = ['workshop', 'webinar', 'expert_engagement', 'meeting', 'consultation', 'training', 'report', 'other'] as const;
export const activityKindSchema = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof activityKindSchema>;

export const deliverableStatuses = ['pending', 'in_progress', 'delivered', 'dropped'] as const;
export const deliverableStatusSchema = z.enum(deliverableStatuses);
export type DeliverableStatus = z.infer<typeof deliverableStatusSchema>;

const hasNoRepeats = (list: readonly unknown[]): boolean => new Set(list).size === list.length;

const gcmPrincipleNumberMessage = `must be a GCM guiding principle number from 1 to ${gcmGuidingPrinciples.length}`;

/** Each editable field once, without defaults, so the create and the update schema cannot drift apart. */
const activityFields = {
  kind: activityKindSchema,
  title: z.string().trim().min(1).max(500),
  purpose: z.string().trim().max(4000),
  dateSpan: dateSpanSchema,
  leadOrganisationIds: z.array(z.uuid()).max(20),
  participatingOrganisationIds: z.array(z.uuid()).max(100),
  objectives: z.array(z.string().trim().min(1).max(1000)).max(50),
  expectedDeliverables: z.array(z.string().trim().min(1).max(1000)).max(50),
  gcmObjectiveNumbers: z
    .array(z.number().int().refine(isGcmObjectiveNumber, `must be a GCM objective number from 1 to ${gcmObjectives.length}`))
    .max(gcmObjectives.length)
    .refine(hasNoRepeats, 'names an objective twice'),
  sdgTargetCodes: z
    .array(z.string().refine(isMigrationSdgTargetCode, `must be a migration-related SDG target: ${migrationSdgTargetCodes.join(', ')}`))
    .max(migrationSdgTargetCodes.length)
    .refine(hasNoRepeats, 'names a target twice'),
  /** The GCM guiding principles (numbered 1–10 in the order of para 15) the activity puts into practice. */
  gcmPrincipleNumbers: z
    .array(z.number().int().min(1, gcmPrincipleNumberMessage).max(gcmGuidingPrinciples.length, gcmPrincipleNumberMessage))
    .max(gcmGuidingPrinciples.length)
    .refine(hasNoRepeats, 'names a principle twice'),
};

type OrganisationLists = { leadOrganisationIds?: string[] | undefined; participatingOrganisationIds?: string[] | undefined };

/**
 * An organisation takes one part in an activity: it is named once, either as a lead or as a participant.
 * Answers one problem per repeated entry, with the path of the repeat.
 */
export const findOrganisationRepeats = (lists: OrganisationLists): FieldProblem[] => {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const listName of ['leadOrganisationIds', 'participatingOrganisationIds'] as const) {
    for (const [index, id] of (lists[listName] ?? []).entries()) {
      if (seen.has(id)) problems.push({ path: `${listName}.${index}`, message: 'names an organisation already listed' });
      seen.add(id);
    }
  }
  return problems;
};

const refuseOrganisationRepeats = (input: OrganisationLists, context: z.RefinementCtx) => {
  for (const problem of findOrganisationRepeats(input)) {
    const [listName, index] = problem.path.split('.');
    context.addIssue({ code: 'custom', path: [listName as string, Number(index)], message: problem.message });
  }
};

export const activityInputSchema = z
  .object({
    ...activityFields,
    purpose: activityFields.purpose.default(''),
    status: activityStatusSchema.default('planned'),
    leadOrganisationIds: activityFields.leadOrganisationIds.default([]),
    participatingOrganisationIds: activityFields.participatingOrganisationIds.default([]),
    objectives: activityFields.objectives.default([]),
    expectedDeliverables: activityFields.expectedDeliverables.default([]),
    gcmObjectiveNumbers: activityFields.gcmObjectiveNumbers.default([]),
    sdgTargetCodes: activityFields.sdgTargetCodes.default([]),
    // Optional rather than defaulted: absent means none, and inputs written before principle tags keep their shape.
    gcmPrincipleNumbers: activityFields.gcmPrincipleNumbers.optional(),
  })
  .strict()
  .superRefine(refuseOrganisationRepeats);
export type ActivityInput = z.infer<typeof activityInputSchema>;

/**
 * A partial edit of an activity: only the fields sent change. Status moves through its own command (the
 * transition rules apply there), so it is not editable here. Deliverables are matched by title: a title kept
 * keeps its deliverable's status.
 */
export const activityUpdateInputSchema = z
  .object(activityFields)
  .partial()
  .strict()
  .superRefine((input, context) => {
    if (Object.keys(input).length === 0) context.addIssue({ code: 'custom', path: [], message: 'must change at least one field' });
    refuseOrganisationRepeats(input, context);
  });
export type ActivityUpdateInput = z.infer<typeof activityUpdateInputSchema>;
