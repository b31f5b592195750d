import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../people/person.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';

/** One speaking slot: who speaks in an agenda item, for how many minutes, in which order. */
@Entity({ name: 'agenda_speaker' })
@Check('CHK_agenda_speaker_minutes', '"minutes" > 0')
@Index('IDX_agenda_speaker_item_position', ['agendaItemId', 'position'])
export class AgendaSpeakerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => AgendaItemEntity, (item) => item.speakers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  item: Relation<AgendaItemEntity>;

  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  // A person on a programme cannot be deleted from under it.
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<PersonEntity>;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ type: 'integer' })
  position: number;
}
