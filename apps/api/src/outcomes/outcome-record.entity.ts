import { outcomeReviewStatuses, type OutcomeReviewStatus } from '@compact-tracker/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { sqlIn } from '../common/sql.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OutcomeSignOffEntity } from './outcome-sign-off.entity.js';

/**
 * What an event decided, as the co-chairs record it afterwards, with their review of it: one record per activity.
 * The last return (who, why, when) stays after a revision so the next reader sees what was asked for.
 */
@Entity({ name: 'outcome_record' })
@Unique('UQ_outcome_record_activity', ['activityId'])
@Check('CHK_outcome_record_review_status', sqlIn('review_status', outcomeReviewStatuses))
@Check(
  'CHK_outcome_record_last_return',
  '("last_return_organisation_id" IS NULL) = ("last_return_reason" IS NULL) AND ("last_return_reason" IS NULL) = ("last_returned_at" IS NULL)',
)
export class OutcomeRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @OneToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity>;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', array: true })
  decisions: string[];

  @Column({ name: 'review_status', type: 'text' })
  reviewStatus: OutcomeReviewStatus;

  @Column({ name: 'last_return_organisation_id', type: 'uuid', nullable: true })
  lastReturnOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'last_return_organisation_id' })
  lastReturnOrganisation: Relation<OrganisationEntity> | null;

  @Column({ name: 'last_return_reason', type: 'text', nullable: true })
  lastReturnReason: string | null;

  @Column({ name: 'last_returned_at', type: 'timestamptz', nullable: true })
  lastReturnedAt: Date | null;

  @Column({ name: 'last_returned_by_user_id', type: 'uuid', nullable: true })
  lastReturnedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'last_returned_by_user_id' })
  lastReturnedBy: Relation<UserEntity> | null;

  @OneToMany(() => OutcomeSignOffEntity, (signOff) => signOff.outcomeRecord)
  signOffs: Relation<OutcomeSignOffEntity[]>;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
