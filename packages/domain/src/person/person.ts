import { z } from 'zod';
import { timeZoneSchema } from '../time-zone/time-zone.js';

export const personInputSchema = z
  .object({
    honorific: z.string().trim().max(20).optional(),
    name: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(500),
    organisationId: z.uuid().optional(),
    /** Where the person is, so an agenda can show their own local time; left out when not known. */
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
export type PersonInput = z.infer<typeof personInputSchema>;

/** The name as a programme prints it: "Dr. Sabine Machl". */
export const formatPersonName = (person: { honorific?: string | null | undefined; name: string }): string =>
  person.honorific ? `${person.honorific} ${person.name}` : person.name;
