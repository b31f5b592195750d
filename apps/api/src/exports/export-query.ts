import { calendarDaySchema, locales } from '@compact-tracker/domain';
import { z } from 'zod';

const langField = z
  .enum(locales, { error: `must be one of ${locales.join(', ')}` })
  .default('en')
  .describe('Language of the headers and labels: en (default) or ka (Georgian). Titles and names stay as recorded.');

/** The query of every workplan export: the language of its own words, and the day its quality flags are checked on. */
export const exportQuerySchema = z
  .object({
    lang: langField,
    asOf: calendarDaySchema.optional().describe('Calendar day the quality flags are checked against (YYYY-MM-DD); defaults to today (UTC).'),
  })
  .strict();
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** The query of the indicator, baseline and crosswalk exports: the language of their own words. */
export const languageQuerySchema = z.object({ lang: langField }).strict();
export type LanguageQuery = z.infer<typeof languageQuerySchema>;
