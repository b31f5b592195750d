import { gcmGuidingPrinciples, gcmObjectives } from '@compact-tracker/domain';
import { z } from 'zod';

const objectiveMessage = `must be a GCM objective number from 1 to ${gcmObjectives.length}`;
const principleMessage = `must be a GCM guiding principle number from 1 to ${gcmGuidingPrinciples.length}`;

/** `/api/networks/:id/readiness/grid/:objective/:principle`: one cell of the grid. */
export const gridCellParamsSchema = z
  .object({
    id: z.uuid({ error: 'must be a UUID' }),
    objective: z.coerce.number({ error: objectiveMessage }).int(objectiveMessage).min(1, objectiveMessage).max(gcmObjectives.length, objectiveMessage),
    principle: z.coerce.number({ error: principleMessage }).int(principleMessage).min(1, principleMessage).max(gcmGuidingPrinciples.length, principleMessage),
  })
  .strict();
export type GridCellParams = z.infer<typeof gridCellParamsSchema>;
