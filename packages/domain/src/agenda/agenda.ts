import { DateTime } from 'luxon';
import { z } from 'zod';
import { timeZoneSchema } from '../time-zone/time-zone.js';

export const agendaItemKinds = ['opening', 'presentation', 'panel', 'discussion', 'break', 'closing'] as const;
export const agendaItemKindSchema = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

const isOffsetDateTime = (value: string) => DateTime.fromISO(value, { setZone: true }).isValid;

/** An instant as ISO 8601 with its offset, e.g. 2021-04-22T14:00:00+04:00. */
export const offsetDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, 'must be ISO 8601 with an offset, e.g. 2021-04-22T14:00:00+04:00')
  .refine(isOffsetDateTime, 'must be a real date and time');

export const speakerSlotSchema = z
  .object({ personId: z.uuid(), minutes: z.number().int().min(1).max(24 * 60) })
  .strict();

export const agendaItemInputSchema = z
  .object({
    start: offsetDateTimeSchema,
    durationMinutes: z.number().int().min(1).max(24 * 60),
    kind: agendaItemKindSchema,
    title: z.string().trim().min(1).max(500),
    speakers: z.array(speakerSlotSchema).max(30).default([]),
    hasQa: z.boolean().default(false),
  })
  .strict();
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

export const eventScheduleInputSchema = z
  .object({
    windowStart: offsetDateTimeSchema,
    windowEnd: offsetDateTimeSchema,
    timeZone: timeZoneSchema,
    platform: z.string().trim().max(200).optional(),
  })
  .strict()
  .refine((s) => DateTime.fromISO(s.windowStart) < DateTime.fromISO(s.windowEnd), {
    message: 'must end after it starts',
    path: ['windowEnd'],
  });
export type EventScheduleInput = z.infer<typeof eventScheduleInputSchema>;

/**
 * The whole agenda of an event as the co-chairs last edited it: the schedule and every item, in order, replacing
 * what was there. Timing problems (overlaps, gaps) are answered as findings, not refused; only bad shapes are.
 */
export const agendaReplaceInputSchema = z
  .object({
    schedule: eventScheduleInputSchema,
    items: z.array(agendaItemInputSchema).max(100),
  })
  .strict();
export type AgendaReplaceInput = z.infer<typeof agendaReplaceInputSchema>;

/** What the timing rules need to know of an agenda: instants, minutes, and who speaks how long. */
export type TimedAgendaItem = {
  start: string;
  durationMinutes: number;
  title: string;
  speakers: readonly { minutes: number }[];
};

export type TimedAgenda = {
  windowStart: string;
  windowEnd: string;
  timeZone: string;
  items: readonly TimedAgendaItem[];
};

/** "14:00" on 2021-04-22 in Asia/Tbilisi → 2021-04-22T14:00:00+04:00. */
export const wallClockToInstant = (date: string, time: string, timeZone: string): string =>
  DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toISO({ suppressMilliseconds: true }) as string;
