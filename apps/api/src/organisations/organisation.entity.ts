import { organisationKinds, type OrganisationKind } from '@compact-tracker/domain';
import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { sqlIn } from '../common/sql.js';

@Entity({ name: 'organisation' })
@Check('CHK_organisation_kind', sqlIn('kind', organisationKinds))
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'text' })
  kind: OrganisationKind;
}
