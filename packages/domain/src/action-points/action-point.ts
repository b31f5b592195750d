import { z } from 'zod';
import { calendarDaySchema } from '../date-span/date-span.js';

export const actionPointStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export const actionPointStatusSchema = z.enum(actionPointStatuses);
export type ActionPointStatus = z.infer<typeof actionPointStatusSchema>;

export const actionPointInputSchema = z
  .object({
    title: z.string().trim().min(1).max(1000),
    ownerOrganisationId: z.uuid(),
    dueDate: calendarDaySchema,
    status: actionPointStatusSchema.default('open'),
    feedsActivityId: z.uuid().nullable().default(null),
  })
  .strict();
export type ActionPointInput = z.infer<typeof actionPointInputSchema>;

/** Still to do after its due day: what the follow-up list puts first. */
export const isActionPointOverdue = (actionPoint: { status: ActionPointStatus; dueDate: string }, asOfDay: string): boolean =>
  (actionPoint.status === 'open' || actionPoint.status === 'in_progress') && asOfDay > actionPoint.dueDate;
