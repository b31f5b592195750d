import { readinessReviewStatuses, type ReadinessReviewStatus } from '@compact-tracker/domain';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { sqlIn } from '../common/sql.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';

/**
 * A network's readiness review for the IMRF, one per network: its criteria hang off the network, and this row holds
 * the sign-off and the time zone in which the review's days are counted. Every change of it goes to the audit trail
 * as a `readiness_review`.
 */
@Entity({ name: 'readiness_review' })
@Unique('UQ_readiness_review_network', ['networkId'])
@Check('CHK_readiness_review_status', sqlIn('status', readinessReviewStatuses))
@Check('CHK_readiness_review_sign_off', `("status" = 'signed_off') = ("signed_off_at" IS NOT NULL)`)
export class ReadinessReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  // One per network by the unique constraint above (a one-to-one relation would add a second, identical one).
  @ManyToOne(() => CountryNetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<CountryNetworkEntity>;

  /** IANA zone of the network (Asia/Tbilisi for Georgia): an as-of day ends at midnight there. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ type: 'text' })
  status: ReadinessReviewStatus;

  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true })
  signedOffAt: Date | null;

  @Column({ name: 'signed_off_by_user_id', type: 'uuid', nullable: true })
  signedOffByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'signed_off_by_user_id' })
  signedOffBy: Relation<UserEntity> | null;

  @Column({ name: 'sign_off_note', type: 'text', nullable: true })
  signOffNote: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
