import { plannedActivityViewSchema, type PlannedActivity } from '@compact-tracker/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, type ValueTransformer } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';

// Written by one INSERT … SELECT in SQL; the domain schema guards the shape on the way out.
const plannedActivitiesTransformer: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown) => (value === null ? value : plannedActivityViewSchema.array().parse(value)),
};

/**
 * A named, frozen copy of a workplan's plan: each activity's id, title, status and date span as they stood. There
 * is no update or delete: a baseline is what the plan was, whatever it becomes.
 */
@Entity({ name: 'plan_baseline' })
@Index('IDX_plan_baseline_workplan_created', ['workplanId', 'createdAt'])
export class PlanBaselineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workplan_id', type: 'uuid' })
  workplanId: string;

  @ManyToOne(() => WorkplanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workplan_id' })
  workplan: Relation<WorkplanEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Index()
  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy: Relation<UserEntity> | null;

  @Column({ type: 'jsonb', transformer: plannedActivitiesTransformer })
  activities: PlannedActivity[];
}
