import { z } from 'zod';
import { activityKindSchema, deliverableStatusSchema } from '../activity/activity.js';
import { activityStatusSchema } from '../activity/activity-status.js';
import { qualityFlagCodes } from '../activity/quality-flags.js';
import { agendaItemKindSchema } from '../agenda/agenda.js';
import { dateSpanSchema } from '../date-span/date-span.js';
import { organisationKindSchema } from '../organisation/organisation.js';
import { roleSchema } from '../accounts/role.js';

/**
 * The shapes the API answers with. The web app reads its types from here, and the OpenAPI document
 * is generated from these schemas, so the three never drift.
 */
export const organisationViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: organisationKindSchema,
});
export type OrganisationView = z.infer<typeof organisationViewSchema>;

export const dateSpanBoundsViewSchema = z.object({
  earliestStart: z.string(),
  latestStart: z.string(),
  earliestEnd: z.string(),
  latestEnd: z.string(),
  isTentative: z.boolean(),
});

export const activitySummaryViewSchema = z.object({
  id: z.uuid(),
  workplanId: z.uuid(),
  kind: activityKindSchema,
  title: z.string(),
  status: activityStatusSchema,
  dateSpan: dateSpanSchema,
  bounds: dateSpanBoundsViewSchema,
  qualityFlags: z.array(z.enum(qualityFlagCodes)),
  leadOrganisations: z.array(organisationViewSchema),
  hasAgenda: z.boolean(),
  version: z.number().int(),
});
export type ActivitySummaryView = z.infer<typeof activitySummaryViewSchema>;

export const deliverableViewSchema = z.object({ id: z.uuid(), title: z.string(), status: deliverableStatusSchema, version: z.number().int() });
export type DeliverableView = z.infer<typeof deliverableViewSchema>;

export const eventScheduleViewSchema = z.object({
  windowStart: z.string(),
  windowEnd: z.string(),
  timeZone: z.string(),
  platform: z.string().nullable(),
});

export const activityDetailViewSchema = activitySummaryViewSchema.extend({
  purpose: z.string(),
  participatingOrganisations: z.array(organisationViewSchema),
  objectives: z.array(z.string()),
  expectedDeliverables: z.array(deliverableViewSchema),
  gcmObjectiveNumbers: z.array(z.number().int()),
  gcmPrincipleNumbers: z.array(z.number().int()),
  sdgTargetCodes: z.array(z.string()),
  schedule: eventScheduleViewSchema.nullable(),
});
export type ActivityDetailView = z.infer<typeof activityDetailViewSchema>;

export const countryNetworkViewSchema = z.object({
  id: z.uuid(),
  countryCode: z.string(),
  name: z.string(),
  establishedOn: z.string(),
  coChairs: z.array(organisationViewSchema),
});
export type CountryNetworkView = z.infer<typeof countryNetworkViewSchema>;

export const workplanSummaryViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  year: z.number().int(),
  source: z.string().nullable(),
  network: countryNetworkViewSchema,
  activityCount: z.number().int(),
});
export type WorkplanSummaryView = z.infer<typeof workplanSummaryViewSchema>;

export const workplanDetailViewSchema = workplanSummaryViewSchema.extend({
  asOf: z.string(),
  activities: z.array(activitySummaryViewSchema),
});
export type WorkplanDetailView = z.infer<typeof workplanDetailViewSchema>;

export const speakerViewSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  title: z.string(),
  organisation: z.string().nullable(),
  /** Where the speaker is, to show their own local time; null when not known. */
  timeZone: z.string().nullable(),
  minutes: z.number().int(),
});

export const agendaItemViewSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  start: z.string(),
  end: z.string(),
  durationMinutes: z.number().int(),
  kind: agendaItemKindSchema,
  title: z.string(),
  speakers: z.array(speakerViewSchema),
  hasQa: z.boolean(),
});
export type AgendaItemView = z.infer<typeof agendaItemViewSchema>;

export const agendaFindingViewSchema = z.object({
  code: z.enum(['overlap', 'gap', 'starts_before_window', 'ends_after_window', 'speaker_minutes_exceed_item', 'slack_before_window_end']),
  severity: z.enum(['error', 'warning', 'info']),
  items: z.array(z.number().int()),
  minutes: z.number().int(),
});

export const agendaViewSchema = z.object({
  activityId: z.uuid(),
  title: z.string(),
  timeZone: z.string(),
  eventTimeZone: z.string(),
  platform: z.string().nullable(),
  windowStart: z.string(),
  windowEnd: z.string(),
  items: z.array(agendaItemViewSchema),
  findings: z.array(agendaFindingViewSchema),
  /** The activity's version: the agenda is part of it, so its ETag is the activity's, and editing it needs that If-Match. */
  version: z.number().int(),
});
export type AgendaView = z.infer<typeof agendaViewSchema>;

/**
 * One entry of an activity's progress log: a status change (with its note, if any) or a note on its own
 * (`fromStatus` equals `toStatus`). `recordedBy` is null for the system.
 */
export const progressEntryViewSchema = z.object({
  id: z.uuid(),
  recordedAt: z.string(),
  recordedBy: z.object({ id: z.uuid(), displayName: z.string(), role: roleSchema }).nullable(),
  fromStatus: activityStatusSchema,
  toStatus: activityStatusSchema,
  note: z.string().nullable(),
});
export type ProgressEntryView = z.infer<typeof progressEntryViewSchema>;

/** A person who may speak at an event. */
export const personViewSchema = z.object({
  id: z.uuid(),
  honorific: z.string().nullable(),
  name: z.string(),
  title: z.string(),
  organisation: z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() }).nullable(),
  timeZone: z.string().nullable(),
  /** The name as a programme prints it: "Dr. Sabine Machl". */
  displayName: z.string(),
});
export type PersonView = z.infer<typeof personViewSchema>;

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const healthViewSchema = z.object({ status: z.enum(['ok', 'error']), database: z.enum(['up', 'down']) });
