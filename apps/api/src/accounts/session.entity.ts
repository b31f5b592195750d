import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * A server-side session. The id is the SHA-256 (hex) of the random token in the cookie, so a copy of this table
 * holds no usable cookie. `expires_at` moves with activity (idle timeout) but never past `absolute_expires_at`.
 */
@Entity({ name: 'session' })
@Check('CHK_session_id_sha256', `"id" ~ '^[0-9a-f]{64}$'`)
@Check('CHK_session_expiry_order', '"expires_at" <= "absolute_expires_at"')
export class SessionEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'absolute_expires_at', type: 'timestamptz' })
  absoluteExpiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
