import { calendarDaySchema } from '@compact-tracker/domain';
import { z } from 'zod';

/**
 * Shapes of path and query parameters. Bodies use the domain's input schemas directly; these are built from the
 * domain's pieces. Every one is strict, so an unknown query parameter is refused rather than silently ignored.
 */
/** For routes that take no query parameters at all. */
export const noQuerySchema = z.object({}).strict();
export type NoQuery = z.infer<typeof noQuerySchema>;

export const idParamsSchema = z.object({ id: z.uuid({ error: 'must be a UUID' }) }).strict();
export type IdParams = z.infer<typeof idParamsSchema>;

export const asOfQuerySchema = z
  .object({
    asOf: calendarDaySchema.optional().describe('Calendar day the quality flags are checked against (YYYY-MM-DD); defaults to today (UTC).'),
  })
  .strict();
export type AsOfQuery = z.infer<typeof asOfQuerySchema>;

export const agendaQuerySchema = z
  .object({
    // Checked by the domain, which answers unknown_time_zone rather than a generic validation error.
    tz: z.string().max(100).optional().describe("IANA time zone to show the times in, e.g. Europe/Berlin; defaults to the event's own zone."),
  })
  .strict();
export type AgendaQuery = z.infer<typeof agendaQuerySchema>;
