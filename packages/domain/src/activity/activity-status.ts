import { z } from 'zod';

export const activityStatuses = ['planned', 'in_progress', 'done', 'postponed', 'cancelled'] as const;
export const activityStatusSchema = z.enum(activityStatuses);
export type ActivityStatus = z.infer<typeof activityStatusSchema>;
