import { z } from 'zod';

/** A dated note in an activity's progress log, added without changing its status. */
export const progressNoteInputSchema = z.object({ note: z.string().trim().min(1).max(1000) }).strict();
export type ProgressNoteInput = z.infer<typeof progressNoteInputSchema>;
