import { z } from 'zod';

export const organisationKinds = ['un_entity', 'government_body', 'civil_society', 'fund', 'member_state'] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationInputSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    shortName: z.string().trim().min(1).max(60).optional(),
    kind: organisationKindSchema,
  })
  .strict();
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
