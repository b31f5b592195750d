import { deliverableStatuses, type DeliverableStatus } from '@compact-tracker/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { sqlIn } from '../common/sql.js';
import { ActivityEntity } from './activity.entity.js';

@Entity({ name: 'deliverable' })
@Check('CHK_deliverable_status', sqlIn('status', deliverableStatuses))
export class DeliverableEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => ActivityEntity, (activity) => activity.deliverables, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  status: DeliverableStatus;

  @Column({ type: 'integer' })
  position: number;

  @VersionColumn()
  version: number;
}
