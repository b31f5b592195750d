import { Check, Column, Entity, JoinColumn, OneToMany, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ActivityEntity } from '../activities/activity.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';

/** When and where an activity that is an event takes place; at most one per activity (the 1:1 join is unique). */
@Entity({ name: 'event_schedule' })
@Check('CHK_event_schedule_window', '"window_start" < "window_end"')
export class EventScheduleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @OneToOne(() => ActivityEntity, (activity) => activity.schedule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity>;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ name: 'window_end', type: 'timestamptz' })
  windowEnd: Date;

  /** The IANA zone the event is organised in; its wall-clock times are shown in it by default. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ type: 'text', nullable: true })
  platform: string | null;

  @OneToMany(() => AgendaItemEntity, (item) => item.schedule)
  items: Relation<AgendaItemEntity[]>;
}
