import { auditEntityTypeSchema, calendarDaySchema } from '@compact-tracker/domain';
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

/** For commands that take no body: nothing, or an empty JSON object. */
export const noBodySchema = z.object({}).strict().optional();
export type NoBody = z.infer<typeof noBodySchema>;

export const auditEntityParamsSchema = z
  .object({
    entityType: z.enum(auditEntityTypeSchema.options, { error: `must be one of ${auditEntityTypeSchema.options.join(', ')}` }),
    entityId: z.uuid({ error: 'must be a UUID' }),
  })
  .strict();
export type AuditEntityParams = z.infer<typeof auditEntityParamsSchema>;

const limitMessage = 'must be a whole number from 1 to 100';

export const networkAuditQuerySchema = z
  .object({
    limit: z.coerce
      .number({ error: limitMessage })
      .int(limitMessage)
      .min(1, limitMessage)
      .max(100, limitMessage)
      .default(50)
      .describe('How many entries per page, 1 to 100; 50 by default.'),
    before: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset, e.g. 2021-04-22T10:00:00.000Z' })
      .transform((value) => new Date(value))
      .optional()
      .describe("Only entries older than this instant: the previous page's `nextBefore`."),
  })
  .strict();
export type NetworkAuditQuery = z.infer<typeof networkAuditQuerySchema>;
