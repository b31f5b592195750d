import { z } from 'zod';
import { deliverableStatusSchema } from './activity.js';

const deliverableFields = {
  title: z.string().trim().min(1).max(1000),
  status: deliverableStatusSchema,
};

/** A deliverable added to an activity on its own; it starts pending unless said otherwise. */
export const deliverableInputSchema = z
  .object({ ...deliverableFields, status: deliverableFields.status.default('pending') })
  .strict();
export type DeliverableInput = z.infer<typeof deliverableInputSchema>;

/** A partial edit of one deliverable; its version travels in `If-Match`. */
export const deliverableUpdateInputSchema = z
  .object(deliverableFields)
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'must change at least one field', path: [] });
export type DeliverableUpdateInput = z.infer<typeof deliverableUpdateInputSchema>;
