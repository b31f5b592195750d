import { z } from 'zod';
import { roleSchema } from '../accounts/role.js';
import { auditActions } from '../audit/audit-change.js';
import { auditEntityTypeSchema } from '../audit/audit-entity-type.js';

/** Who made a change; null for the system (the seed, start-up). */
export const auditActorViewSchema = z.object({ id: z.uuid(), displayName: z.string(), role: roleSchema });
export type AuditActorView = z.infer<typeof auditActorViewSchema>;

/**
 * One change of one record: `before` is null for a creation, `after` null for a deletion; `changedFields`
 * names the top-level fields that differ. `note` is what the author said about the change (a status change's note).
 */
export const auditEntryViewSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  actor: auditActorViewSchema.nullable(),
  entityType: auditEntityTypeSchema,
  entityId: z.uuid(),
  action: z.enum(auditActions),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  changedFields: z.array(z.string()),
  note: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

/** A page of a network's history, newest first; pass `nextBefore` as `before` for the next page (null: no more). */
export const networkAuditPageViewSchema = z.object({
  entries: z.array(auditEntryViewSchema),
  nextBefore: z.string().nullable(),
});
export type NetworkAuditPageView = z.infer<typeof networkAuditPageViewSchema>;
