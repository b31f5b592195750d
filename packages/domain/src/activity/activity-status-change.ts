import { z } from 'zod';
import { activityStatusSchema } from './activity-status.js';

/**
 * Moving an activity to another status. `version` is the one the client last read: a stale write is refused
 * instead of silently overwriting someone else's change.
 */
export const activityStatusChangeInputSchema = z
  .object({
    status: activityStatusSchema,
    version: z.number().int().min(1),
  })
  .strict();
export type ActivityStatusChangeInput = z.infer<typeof activityStatusChangeInputSchema>;
