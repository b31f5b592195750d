import { z } from 'zod';
import { activityStatusSchema } from './activity-status.js';

/**
 * Moving an activity to another status. The version the client last read travels in `If-Match`, not in the
 * body; the optional note is kept with the change in the audit trail.
 */
export const activityStatusChangeInputSchema = z
  .object({
    status: activityStatusSchema,
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();
export type ActivityStatusChangeInput = z.infer<typeof activityStatusChangeInputSchema>;
