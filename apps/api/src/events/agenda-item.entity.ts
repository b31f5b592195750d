import { agendaItemKinds, type AgendaItemKind } from '@compact-tracker/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { sqlIn } from '../common/sql.js';
import { AgendaSpeakerEntity } from './agenda-speaker.entity.js';
import { EventScheduleEntity } from './event-schedule.entity.js';

@Entity({ name: 'agenda_item' })
@Check('CHK_agenda_item_kind', sqlIn('kind', agendaItemKinds))
@Check('CHK_agenda_item_duration', '"duration_minutes" > 0')
@Index('IDX_agenda_item_schedule_position', ['scheduleId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'schedule_id', type: 'uuid' })
  scheduleId: string;

  @ManyToOne(() => EventScheduleEntity, (schedule) => schedule.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'schedule_id' })
  schedule: Relation<EventScheduleEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'text' })
  kind: AgendaItemKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'has_qa', type: 'boolean' })
  hasQa: boolean;

  @VersionColumn()
  version: number;

  @OneToMany(() => AgendaSpeakerEntity, (speaker) => speaker.item)
  speakers: Relation<AgendaSpeakerEntity[]>;
}
