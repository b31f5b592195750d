import { z } from 'zod';

export const gcmFrameworkViewSchema = z.object({
  objectives: z.array(z.object({ number: z.number().int(), title: z.string(), source: z.string() })),
  principles: z.array(z.object({ position: z.number().int(), name: z.string(), source: z.string() })),
});
export type GcmFrameworkView = z.infer<typeof gcmFrameworkViewSchema>;

export const sdgIndicatorViewSchema = z.object({
  code: z.string(),
  targetCode: z.string(),
  wording: z.string(),
  custodian: z.string().nullable(),
  wordingNote: z.string().nullable(),
  isWordingVerified: z.boolean(),
  /** The wording changed over time (the note says how): a reader of an older report should look twice. */
  hasChangedWording: z.boolean(),
  source: z.string(),
});
export type SdgIndicatorView = z.infer<typeof sdgIndicatorViewSchema>;

export const sdgFrameworkViewSchema = z.object({
  targets: z.array(z.object({ code: z.string(), wording: z.string().nullable(), wordingNote: z.string().nullable(), indicators: z.array(sdgIndicatorViewSchema) })),
});
export type SdgFrameworkView = z.infer<typeof sdgFrameworkViewSchema>;

export const sdgTargetWordingNote = 'wording not in the checked sources';
export const sdgIndicatorSource = 'UN global indicator framework (Statistics Canada Open SDG progress-methodology table; worldbank.github.io/sdg-metadata)';
