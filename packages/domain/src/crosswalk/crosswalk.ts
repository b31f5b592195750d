import { z } from 'zod';
import { isGcmObjectiveNumber } from '../frameworks/gcm.js';
import { isMigrationSdgTargetCode, migrationSdgIndicators } from '../frameworks/sdg.js';

/** How well a strategy objective matches a framework item. */
export const crosswalkFits = ['direct', 'partial', 'proxy'] as const;
export const crosswalkFitSchema = z.enum(crosswalkFits);
export type CrosswalkFit = z.infer<typeof crosswalkFitSchema>;

export const crosswalkTargetKinds = ['gcm_objective', 'sdg_target', 'sdg_indicator'] as const;
export type CrosswalkTargetKind = (typeof crosswalkTargetKinds)[number];

export const isMigrationSdgIndicatorCode = (code: string): boolean => migrationSdgIndicators.some((indicator) => indicator.code === code);

export const crosswalkTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gcm_objective'), number: z.number().int().refine(isGcmObjectiveNumber, { error: 'is not a GCM objective number (1–23)' }) }).strict(),
  z.object({ kind: z.literal('sdg_target'), code: z.string().max(20).refine(isMigrationSdgTargetCode, { error: 'is not a seeded migration-relevant SDG target' }) }).strict(),
  z.object({ kind: z.literal('sdg_indicator'), code: z.string().max(20).refine(isMigrationSdgIndicatorCode, { error: 'is not a seeded migration-relevant SDG indicator' }) }).strict(),
]);
export type CrosswalkTarget = z.infer<typeof crosswalkTargetSchema>;

/** One key per target, e.g. `gcm_objective:7`: what makes a link a duplicate. */
export const toCrosswalkTargetKey = (target: CrosswalkTarget): string => `${target.kind}:${target.kind === 'gcm_objective' ? target.number : target.code}`;

const rationaleSchema = z.string().trim().min(1, { error: 'is required: say why the objective fits' }).max(5000);

export const crosswalkLinkInputSchema = z
  .object({
    strategyObjectiveId: z.uuid(),
    target: crosswalkTargetSchema,
    fit: crosswalkFitSchema,
    rationale: rationaleSchema,
  })
  .strict();
export type CrosswalkLinkInput = z.infer<typeof crosswalkLinkInputSchema>;

export const crosswalkLinkUpdateInputSchema = z
  .object({ fit: crosswalkFitSchema.optional(), rationale: rationaleSchema.optional() })
  .strict()
  .refine((input) => input.fit !== undefined || input.rationale !== undefined, { error: 'name at least one of fit, rationale' });
export type CrosswalkLinkUpdateInput = z.infer<typeof crosswalkLinkUpdateInputSchema>;

export const crosswalkTargetViewSchema = z.object({
  kind: z.enum(crosswalkTargetKinds),
  /** The GCM objective number, or the SDG target or indicator code. */
  reference: z.string(),
  /** The objective's title or the indicator's wording; null for SDG targets (their wording is not in the checked sources). */
  label: z.string().nullable(),
});
export type CrosswalkTargetView = z.infer<typeof crosswalkTargetViewSchema>;

export const crosswalkLinkViewSchema = z.object({
  id: z.uuid(),
  strategyObjectiveId: z.uuid(),
  target: crosswalkTargetViewSchema,
  fit: crosswalkFitSchema,
  rationale: z.string(),
  version: z.number().int(),
});
export type CrosswalkLinkView = z.infer<typeof crosswalkLinkViewSchema>;

export const gcmCoverageViewSchema = z.object({ number: z.number().int(), title: z.string(), linkedStrategyObjectiveCount: z.number().int() });
export type GcmCoverageView = z.infer<typeof gcmCoverageViewSchema>;

export const crosswalkMatrixViewSchema = z.object({
  networkId: z.uuid(),
  rows: z.array(
    z.object({
      goalId: z.uuid(),
      goalTitle: z.string(),
      strategyObjectiveId: z.uuid(),
      strategyObjectiveTitle: z.string(),
      isPlaceholder: z.boolean(),
      links: z.array(crosswalkLinkViewSchema),
    }),
  ),
  gcmCoverage: z.array(gcmCoverageViewSchema),
  unlinkedGcmObjectives: z.array(z.object({ number: z.number().int(), title: z.string() })),
});
export type CrosswalkMatrixView = z.infer<typeof crosswalkMatrixViewSchema>;
