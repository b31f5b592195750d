import { locales, readinessAsOfSchema } from '@compact-tracker/domain';
import { z } from 'zod';

/** `GET /api/networks/:id/readiness/report.pdf`: the report's language, and the instant it shows readiness as of. */
export const readinessReportQuerySchema = z
  .object({
    lang: z
      .enum(locales, { error: `must be one of ${locales.join(', ')}` })
      .default('en')
      .describe('Language of the report: en (default) or ka (Georgian). Titles, names and comments stay as recorded.'),
    asOf: readinessAsOfSchema
      .optional()
      .describe("Show what was ready then, from the audit trail: a day YYYY-MM-DD (the end of that day in the network's time zone) or an instant with an offset; defaults to now."),
  })
  .strict();
export type ReadinessReportQuery = z.infer<typeof readinessReportQuerySchema>;
