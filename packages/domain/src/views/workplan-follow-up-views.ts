import { z } from 'zod';
import { activityStatusSchema } from '../activity/activity-status.js';
import { actionPointStatusSchema } from '../action-points/action-point.js';
import { calendarDaySchema, dateSpanSchema } from '../date-span/date-span.js';
import { outcomeReviewStatuses, returnReasonSchema } from '../outcomes/outcome-review.js';
import { milestoneKinds } from '../timeline/milestone.js';
import { organisationViewSchema } from './views.js';

/** Who took a step (froze a baseline, returned a record); null when the account is gone or it was the system. */
export const userRefViewSchema = z.object({ id: z.uuid(), displayName: z.string() });
export type UserRefView = z.infer<typeof userRefViewSchema>;

export const activityRefViewSchema = z.object({ id: z.uuid(), title: z.string() });
export type ActivityRefView = z.infer<typeof activityRefViewSchema>;

/** `POST /api/workplans/:id/baselines`: the name the co-chairs give the frozen plan. */
export const baselineInputSchema = z.object({ name: z.string().trim().min(1).max(200) }).strict();
export type BaselineInput = z.infer<typeof baselineInputSchema>;

export const baselineViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  createdBy: userRefViewSchema.nullable(),
  activityCount: z.number().int(),
});
export type BaselineView = z.infer<typeof baselineViewSchema>;

/** One activity as a plan states it (the domain's PlannedActivity). */
export const plannedActivityViewSchema = z.object({
  activityId: z.uuid(),
  title: z.string(),
  status: activityStatusSchema,
  dateSpan: dateSpanSchema,
});

/** The domain's PlanChange: dropped activities keep their frozen title and span. */
export const planChangeViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('added'), activityId: z.uuid(), title: z.string(), current: plannedActivityViewSchema }),
  z.object({ kind: z.literal('dropped'), activityId: z.uuid(), title: z.string(), baseline: plannedActivityViewSchema }),
  z.object({
    kind: z.literal('changed'),
    activityId: z.uuid(),
    title: z.string(),
    baseline: plannedActivityViewSchema,
    current: plannedActivityViewSchema,
    isMoved: z.boolean(),
    isStatusChanged: z.boolean(),
    isRetitled: z.boolean(),
  }),
]);
export type PlanChangeView = z.infer<typeof planChangeViewSchema>;

/** `GET /api/workplans/:id/baselines/:baselineId/diff`: the baseline against today's plan. */
export const baselineDiffViewSchema = z.object({ baseline: baselineViewSchema, changes: z.array(planChangeViewSchema) });
export type BaselineDiffView = z.infer<typeof baselineDiffViewSchema>;

/** `PUT /api/activities/:id/outcomes`: the whole text of the record; a revision clears the sign-offs. */
export const outcomeRecordInputSchema = z
  .object({
    summary: z.string().trim().min(1).max(20000),
    decisions: z.array(z.string().trim().min(1).max(2000)).max(100),
  })
  .strict();
export type OutcomeRecordInput = z.infer<typeof outcomeRecordInputSchema>;

/** `POST /api/activities/:id/outcomes/return`. */
export const outcomeReturnInputSchema = z.object({ reason: returnReasonSchema }).strict();
export type OutcomeReturnInput = z.infer<typeof outcomeReturnInputSchema>;

export const outcomeReturnViewSchema = z.object({
  organisation: organisationViewSchema,
  reason: z.string(),
  returnedAt: z.string(),
  returnedBy: userRefViewSchema.nullable(),
});

export const outcomeRecordViewSchema = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  summary: z.string(),
  decisions: z.array(z.string()),
  review: z.object({
    status: z.enum(outcomeReviewStatuses),
    signedOffBy: z.array(organisationViewSchema),
    lastReturn: outcomeReturnViewSchema.nullable(),
  }),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type OutcomeRecordView = z.infer<typeof outcomeRecordViewSchema>;

/** `PATCH /api/action-points/:id`: only the fields sent change. */
export const actionPointUpdateInputSchema = z
  .object({
    title: z.string().trim().min(1).max(1000),
    ownerOrganisationId: z.uuid(),
    dueDate: calendarDaySchema,
    status: actionPointStatusSchema,
    feedsActivityId: z.uuid().nullable(),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'must change at least one field', path: [] });
export type ActionPointUpdateInput = z.infer<typeof actionPointUpdateInputSchema>;

export const actionPointViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  owner: organisationViewSchema,
  dueDate: z.string(),
  status: actionPointStatusSchema,
  isOverdue: z.boolean(),
  sourceActivity: activityRefViewSchema,
  feedsActivity: activityRefViewSchema.nullable(),
  version: z.number().int(),
});
export type ActionPointView = z.infer<typeof actionPointViewSchema>;

/** `GET /api/workplans/:id/action-points`: the follow-up list, overdue first, then by due date. */
export const actionPointListQuerySchema = z
  .object({
    status: actionPointStatusSchema.optional().describe('Only action points with this status.'),
    asOf: calendarDaySchema.optional().describe('Calendar day overdue is judged on (YYYY-MM-DD); defaults to today (UTC).'),
  })
  .strict();
export type ActionPointListQuery = z.infer<typeof actionPointListQuerySchema>;

/** A milestone on the timeline: the GCM review cycle and each open action point's due date. */
export const milestoneViewSchema = z.object({
  title: z.string(),
  kind: z.enum(milestoneKinds),
  startDate: z.string(),
  endDate: z.string(),
  actionPointId: z.uuid().optional(),
});
export type MilestoneView = z.infer<typeof milestoneViewSchema>;
