import type { AuditAction, AuditEntityType } from '@compact-tracker/domain';
import type { EntityManager } from 'typeorm';
import { AuditEntryEntity, type AuditRecord } from './audit-entry.entity.js';

export type AuditChange = {
  /** The user who made the change; null for the system (seed, start-up). */
  actorUserId: string | null;
  networkId: string;
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  before: AuditRecord | null;
  after: AuditRecord | null;
  note?: string | null;
};

/**
 * Writes one audit row with the caller's manager, that is inside the caller's transaction: the change and its
 * record commit together or not at all.
 */
export const writeAuditEntry = async (manager: EntityManager, change: AuditChange, occurredAt: Date): Promise<void> => {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('An audit entry must be written inside the transaction of its change');
  const entry = Object.assign(new AuditEntryEntity(), {
    networkId: change.networkId,
    actorUserId: change.actorUserId,
    occurredAt,
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    before: change.before,
    after: change.after,
    note: change.note ?? null,
  });
  await manager.save(entry);
};
