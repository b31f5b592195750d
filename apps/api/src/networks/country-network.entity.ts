import { Check, Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity({ name: 'country_network' })
@Unique('UQ_country_network_country_code', ['countryCode'])
@Check('CHK_country_network_country_code', `"country_code" ~ '^[A-Z]{2}$'`)
export class CountryNetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ISO 3166-1 alpha-2, e.g. GE. */
  @Column({ name: 'country_code', type: 'text' })
  countryCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'established_on', type: 'date' })
  establishedOn: string;

  @ManyToMany(() => OrganisationEntity)
  @JoinTable({
    name: 'country_network_co_chair',
    joinColumn: { name: 'network_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'organisation_id', referencedColumnName: 'id' },
  })
  coChairs: Relation<OrganisationEntity[]>;
}
