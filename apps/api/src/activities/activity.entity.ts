import {
  activityKinds,
  activityStatuses,
  dateSpanSchema,
  getDateSpanBounds,
  type ActivityKind,
  type ActivityStatus,
  type DateSpan,
} from '@compact-tracker/domain';
import {
  BeforeInsert,
  BeforeUpdate,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
  type ValueTransformer,
} from 'typeorm';
import { sqlIn } from '../common/sql.js';
import { EventScheduleEntity } from '../events/event-schedule.entity.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';
import { ActivityOrganisationEntity } from './activity-organisation.entity.js';
import { DeliverableEntity } from './deliverable.entity.js';

// jsonb has no shape of its own: the domain schema guards it on the way in and on the way out.
const dateSpanTransformer: ValueTransformer = {
  to: (value: unknown) => (value === undefined || value === null ? value : dateSpanSchema.parse(value)),
  from: (value: unknown) => (value === null ? value : dateSpanSchema.parse(value)),
};

@Entity({ name: 'activity' })
@Check('CHK_activity_kind', sqlIn('kind', activityKinds))
@Check('CHK_activity_status', sqlIn('status', activityStatuses))
@Check('CHK_activity_day_order', '"earliest_day" <= "latest_day"')
@Index('IDX_activity_workplan_days', ['workplanId', 'earliestDay', 'latestDay'])
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workplan_id', type: 'uuid' })
  workplanId: string;

  @ManyToOne(() => WorkplanEntity, (workplan) => workplan.activities, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workplan_id' })
  workplan: Relation<WorkplanEntity>;

  @Column({ type: 'text' })
  kind: ActivityKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text' })
  status: ActivityStatus;

  @Column({ name: 'date_span', type: 'jsonb', transformer: dateSpanTransformer })
  dateSpan: DateSpan;

  /** Derived from `dateSpan` (getDateSpanBounds) so that plans can be ordered and filtered by day in SQL. */
  @Column({ name: 'earliest_day', type: 'date' })
  earliestDay: string;

  @Column({ name: 'latest_day', type: 'date' })
  latestDay: string;

  @Column({ type: 'text', array: true })
  objectives: string[];

  /** The GCM objectives (1–23) the activity serves, in the order the co-chairs listed them. */
  @Column({ name: 'gcm_objective_numbers', type: 'integer', array: true, default: () => "'{}'" })
  gcmObjectiveNumbers: number[];

  /** The GCM guiding principles (1–10, para 15 order) the activity puts into practice. */
  @Column({ name: 'gcm_principle_numbers', type: 'integer', array: true, default: () => "'{}'" })
  gcmPrincipleNumbers: number[];

  /** Migration-related SDG targets (e.g. "10.7") the activity contributes to. */
  @Column({ name: 'sdg_target_codes', type: 'text', array: true, default: () => "'{}'" })
  sdgTargetCodes: string[];

  /** Order within the workplan as the source lists it. */
  @Column({ type: 'integer' })
  position: number;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => ActivityOrganisationEntity, (link) => link.activity)
  organisationLinks: Relation<ActivityOrganisationEntity[]>;

  @OneToMany(() => DeliverableEntity, (deliverable) => deliverable.activity)
  deliverables: Relation<DeliverableEntity[]>;

  @OneToOne(() => EventScheduleEntity, (schedule) => schedule.activity)
  schedule: Relation<EventScheduleEntity> | null;

  @BeforeInsert()
  @BeforeUpdate()
  deriveDayBounds(): void {
    if (!this.dateSpan) return;
    const bounds = getDateSpanBounds(this.dateSpan);
    this.earliestDay = bounds.earliestStart;
    this.latestDay = bounds.latestEnd;
  }
}
