import { activityStatuses, type ActivityStatus } from '@compact-tracker/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { sqlIn } from '../common/sql.js';
import { ActivityEntity } from './activity.entity.js';

/**
 * One dated entry of an activity's progress log: a status change with its note, or a note on its own (the status
 * then stays what it was, `from_status` = `to_status`). Written in the transaction of the change.
 */
@Entity({ name: 'progress_entry' })
@Check('CHK_progress_entry_from_status', sqlIn('from_status', activityStatuses))
@Check('CHK_progress_entry_to_status', sqlIn('to_status', activityStatuses))
@Index('IDX_progress_entry_activity_recorded', ['activityId', 'recordedAt'])
export class ProgressEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity>;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** Null for the system. */
  @Index()
  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  // Like the audit trail, the log keeps its authors: a user with entries cannot be deleted from under it.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy: Relation<UserEntity> | null;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: ActivityStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ActivityStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
