import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { sqlIn } from '../common/sql.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ActivityEntity } from './activity.entity.js';

export const activityOrganisationRoles = ['lead', 'participating'] as const;
export type ActivityOrganisationRole = (typeof activityOrganisationRoles)[number];

/** An organisation's part in an activity; one role per organisation and activity. */
@Entity({ name: 'activity_organisation' })
@Check('CHK_activity_organisation_role', sqlIn('role', activityOrganisationRoles))
export class ActivityOrganisationEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Index()
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => ActivityEntity, (activity) => activity.organisationLinks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity>;

  // An organisation still named in a plan cannot be deleted from under it.
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  role: ActivityOrganisationRole;

  /** Order within the role, as the source lists the organisations. */
  @Column({ type: 'integer' })
  position: number;
}
