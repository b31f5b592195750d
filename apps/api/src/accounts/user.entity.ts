import { roles, type Role } from '@compact-tracker/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { sqlIn } from '../common/sql.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/**
 * A person who signs in. Emails are stored as the domain schema normalises them (trimmed, lower case) and the check
 * keeps it so, which makes the plain unique constraint case-insensitive. `user` is a reserved word in PostgreSQL.
 */
@Entity({ name: 'user_account' })
@Unique('UQ_user_account_email', ['email'])
@Check('CHK_user_account_email_lower_case', '"email" = lower("email")')
@Check('CHK_user_account_role', sqlIn('role', roles))
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id, in the PHC string format (algorithm, parameters and salt included). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Index()
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<OrganisationEntity>;

  @Index()
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => CountryNetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<CountryNetworkEntity>;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
