import { auditActions, auditEntityTypes, type AuditAction, type AuditEntityType } from '@compact-tracker/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { listCheckName, sqlIn } from '../common/sql.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';

export type AuditRecord = Record<string, unknown>;

/**
 * One change of one record, written in the transaction of the change itself. `before`/`after` hold the record as
 * the audit mapper shows it (never a password hash). The two indexes serve the two history queries: one record's
 * history, and a network's history newest first.
 */
@Entity({ name: 'audit_entry' })
@Check('CHK_audit_entry_action', sqlIn('action', auditActions))
@Check(listCheckName('CHK_audit_entry_entity_type', auditEntityTypes), sqlIn('entity_type', auditEntityTypes))
@Index('IDX_audit_entry_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('IDX_audit_entry_network', ['networkId', 'occurredAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  // The trail is kept: neither a network nor a user with history can be deleted from under it.
  @ManyToOne(() => CountryNetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<CountryNetworkEntity>;

  /** Null for the system: the seed and the first admin created at start-up. */
  @Index()
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'actor_user_id' })
  actor: Relation<UserEntity> | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: AuditEntityType;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ type: 'jsonb', nullable: true })
  before: AuditRecord | null;

  @Column({ type: 'jsonb', nullable: true })
  after: AuditRecord | null;

  /** What the author said about the change, e.g. a status change's note. */
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
