import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true })
  honorific: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  title: string;

  /** Where the person is (IANA zone), so an agenda can show their own local time; null when not known. */
  @Column({ name: 'time_zone', type: 'text', nullable: true })
  timeZone: string | null;

  @Index()
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  // A person outlives the organisation record they were listed with.
  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<OrganisationEntity> | null;
}
