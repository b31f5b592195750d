import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OutcomeRecordEntity } from './outcome-record.entity.js';

/** A co-chair organisation's sign-off of the current text of an outcomes record: once per organisation. */
@Entity({ name: 'outcome_sign_off' })
export class OutcomeSignOffEntity {
  @PrimaryColumn({ name: 'outcome_record_id', type: 'uuid' })
  outcomeRecordId: string;

  @Index()
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OutcomeRecordEntity, (record) => record.signOffs, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_record_id' })
  outcomeRecord: Relation<OutcomeRecordEntity>;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<OrganisationEntity>;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Index()
  @Column({ name: 'signed_by_user_id', type: 'uuid', nullable: true })
  signedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'signed_by_user_id' })
  signedBy: Relation<UserEntity> | null;
}
