import { actionPointStatuses, type ActionPointStatus } from '@compact-tracker/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { ActivityEntity } from '../activities/activity.entity.js';
import { sqlIn } from '../common/sql.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** Something an event's participants agreed to do: who, by when, and the activity of the plan it feeds. */
@Entity({ name: 'action_point' })
@Check('CHK_action_point_status', sqlIn('status', actionPointStatuses))
export class ActionPointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The event whose outcomes agreed it. */
  @Index()
  @Column({ name: 'source_activity_id', type: 'uuid' })
  sourceActivityId: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_activity_id' })
  sourceActivity: Relation<ActivityEntity>;

  @Column({ type: 'text' })
  title: string;

  @Index()
  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id' })
  owner: Relation<OrganisationEntity>;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'text' })
  status: ActionPointStatus;

  /** The activity of the same workplan it feeds into; cleared when that activity is deleted. */
  @Index()
  @Column({ name: 'feeds_activity_id', type: 'uuid', nullable: true })
  feedsActivityId: string | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'feeds_activity_id' })
  feedsActivity: Relation<ActivityEntity> | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
