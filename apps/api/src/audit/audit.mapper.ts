import { getChangedFields, type AuditEntryView } from '@compact-tracker/domain';
import type { AuditEntryEntity } from './audit-entry.entity.js';

/** Needs `actor` loaded. */
export const toAuditEntryView = (entry: AuditEntryEntity): AuditEntryView => ({
  id: entry.id,
  occurredAt: entry.occurredAt.toISOString(),
  actor: entry.actor ? { id: entry.actor.id, displayName: entry.actor.displayName, role: entry.actor.role } : null,
  entityType: entry.entityType,
  entityId: entry.entityId,
  action: entry.action,
  before: entry.before,
  after: entry.after,
  changedFields: getChangedFields(entry.before, entry.after),
  note: entry.note,
});
