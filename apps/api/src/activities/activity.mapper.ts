import {
  getDateSpanBounds,
  getQualityFlags,
  type ActivityDetailView,
  type ActivitySummaryView,
  type DeliverableView,
  type OrganisationView,
  type ProgressEntryView,
} from '@compact-tracker/domain';
import { toEventScheduleView } from '../events/event-schedule.mapper.js';
import { toOrganisationView } from '../organisations/organisation.mapper.js';
import type { ActivityOrganisationEntity, ActivityOrganisationRole } from './activity-organisation.entity.js';
import type { ActivityEntity } from './activity.entity.js';
import type { DeliverableEntity } from './deliverable.entity.js';
import type { ProgressEntryEntity } from './progress-entry.entity.js';

export type ActivityViewContext = {
  /** Calendar day the quality flags are checked against. */
  asOf: string;
  hasAgenda: boolean;
};

const getOrganisationsInRole = (links: ActivityOrganisationEntity[], role: ActivityOrganisationRole): OrganisationView[] =>
  links
    .filter((link) => link.role === role)
    .sort((a, b) => a.position - b.position)
    .map((link) => toOrganisationView(link.organisation));

/** Needs `organisationLinks.organisation` loaded. */
export const toActivitySummaryView = (activity: ActivityEntity, context: ActivityViewContext): ActivitySummaryView => ({
  id: activity.id,
  workplanId: activity.workplanId,
  kind: activity.kind,
  title: activity.title,
  status: activity.status,
  dateSpan: activity.dateSpan,
  bounds: getDateSpanBounds(activity.dateSpan),
  qualityFlags: getQualityFlags(activity, context.asOf),
  leadOrganisations: getOrganisationsInRole(activity.organisationLinks, 'lead'),
  hasAgenda: context.hasAgenda,
  version: activity.version,
});

export const toDeliverableView = (deliverable: DeliverableEntity): DeliverableView => ({
  id: deliverable.id,
  title: deliverable.title,
  status: deliverable.status,
  version: deliverable.version,
});

/** What the audit trail keeps of a deliverable. */
export const toDeliverableAuditRecord = (deliverable: DeliverableEntity): Record<string, unknown> => ({
  activityId: deliverable.activityId,
  title: deliverable.title,
  status: deliverable.status,
});

/** Needs `recordedBy` loaded. */
export const toProgressEntryView = (entry: ProgressEntryEntity): ProgressEntryView => ({
  id: entry.id,
  recordedAt: entry.recordedAt.toISOString(),
  recordedBy: entry.recordedBy ? { id: entry.recordedBy.id, displayName: entry.recordedBy.displayName, role: entry.recordedBy.role } : null,
  fromStatus: entry.fromStatus,
  toStatus: entry.toStatus,
  note: entry.note,
});

/** Needs `organisationLinks.organisation`, `deliverables` and `schedule` loaded. */
export const toActivityDetailView = (activity: ActivityEntity, context: ActivityViewContext): ActivityDetailView => ({
  ...toActivitySummaryView(activity, context),
  purpose: activity.purpose,
  participatingOrganisations: getOrganisationsInRole(activity.organisationLinks, 'participating'),
  objectives: activity.objectives,
  expectedDeliverables: [...activity.deliverables]
    .sort((a, b) => a.position - b.position)
    .map(toDeliverableView),
  gcmObjectiveNumbers: activity.gcmObjectiveNumbers,
  gcmPrincipleNumbers: activity.gcmPrincipleNumbers,
  sdgTargetCodes: activity.sdgTargetCodes,
  schedule: activity.schedule ? toEventScheduleView(activity.schedule) : null,
});

const toOrganisationRefs = (links: ActivityOrganisationEntity[], role: ActivityOrganisationRole) =>
  getOrganisationsInRole(links, role).map((organisation) => ({ id: organisation.id, name: organisation.shortName ?? organisation.name }));

/**
 * What the audit trail keeps of an activity: its editable content as it reads, organisations named as they were
 * then. Needs `organisationLinks.organisation` and `deliverables` loaded.
 */
export const toActivityAuditRecord = (activity: ActivityEntity): Record<string, unknown> => ({
  workplanId: activity.workplanId,
  kind: activity.kind,
  title: activity.title,
  purpose: activity.purpose,
  status: activity.status,
  dateSpan: activity.dateSpan,
  leadOrganisations: toOrganisationRefs(activity.organisationLinks, 'lead'),
  participatingOrganisations: toOrganisationRefs(activity.organisationLinks, 'participating'),
  objectives: activity.objectives,
  expectedDeliverables: [...activity.deliverables]
    .sort((a, b) => a.position - b.position)
    .map((deliverable) => ({ title: deliverable.title, status: deliverable.status })),
  gcmObjectiveNumbers: activity.gcmObjectiveNumbers,
  sdgTargetCodes: activity.sdgTargetCodes,
  // Kept only when there are some: records written before principle tags have none, and readers take absent as none.
  ...(activity.gcmPrincipleNumbers.length > 0 ? { gcmPrincipleNumbers: activity.gcmPrincipleNumbers } : {}),
});
