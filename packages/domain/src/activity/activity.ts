import { z } from 'zod';
import { dateSpanSchema } from '../date-span/date-span.js';
import { activityStatusSchema } from './activity-status.js';

export const activityKinds = ['workshop', 'webinar', 'expert_engagement', 'meeting', 'consultation', 'training', 'report', 'other'] as const;
export const activityKindSchema = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof activityKindSchema>;

export const deliverableStatuses = ['pending', 'in_progress', 'delivered', 'dropped'] as const;
export const deliverableStatusSchema = z.enum(deliverableStatuses);
export type DeliverableStatus = z.infer<typeof deliverableStatusSchema>;

export const activityInputSchema = z
  .object({
    kind: activityKindSchema,
    title: z.string().trim().min(1).max(500),
    purpose: z.string().trim().max(4000).default(''),
    status: activityStatusSchema.default('planned'),
    dateSpan: dateSpanSchema,
    leadOrganisationIds: z.array(z.uuid()).max(20).default([]),
    participatingOrganisationIds: z.array(z.uuid()).max(100).default([]),
    objectives: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
    expectedDeliverables: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
  })
  .strict();
export type ActivityInput = z.infer<typeof activityInputSchema>;
