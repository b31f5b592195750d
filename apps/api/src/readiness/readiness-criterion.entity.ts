import {
  computedSourceSchema,
  criterionReviewStates,
  evidenceLinksSchema,
  readinessCriterionKinds,
  readinessStatuses,
  type ComputedSource,
  type CriterionReviewState,
  type EvidenceLink,
  type ReadinessCriterionKind,
  type ReadinessStatus,
} from '@compact-tracker/domain';
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
  type ValueTransformer,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { sqlIn } from '../common/sql.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

// jsonb has no shape of its own: the domain schemas guard it on the way in and on the way out.
const sourceTransformer: ValueTransformer = {
  to: (value: unknown) => (value === undefined || value === null ? value : computedSourceSchema.parse(value)),
  from: (value: unknown) => (value === null ? value : computedSourceSchema.parse(value)),
};
const evidenceTransformer: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? value : evidenceLinksSchema.parse(value)),
  from: (value: unknown) => evidenceLinksSchema.parse(value),
};

/**
 * One readiness criterion of a network: computed from a source in live data, or evidence-based with a status the
 * co-chairs set. It carries SCMI's review of it (state, the last return's reason, who took the last step).
 */
@Entity({ name: 'readiness_criterion' })
@Unique('UQ_readiness_criterion_network_key', ['networkId', 'key'])
@Check('CHK_readiness_criterion_kind', sqlIn('kind', readinessCriterionKinds))
@Check('CHK_readiness_criterion_evidence_status', `"evidence_status" IS NULL OR ${sqlIn('evidence_status', readinessStatuses)}`)
@Check('CHK_readiness_criterion_kind_fields', `("kind" = 'computed') = ("source" IS NOT NULL) AND ("kind" = 'evidence') = ("evidence_status" IS NOT NULL)`)
@Check('CHK_readiness_criterion_review_state', sqlIn('review_state', criterionReviewStates))
@Check('CHK_readiness_criterion_return_reason', `"review_state" NOT IN ('returned', 'answered') OR "last_return_reason" IS NOT NULL`)
export class ReadinessCriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => CountryNetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<CountryNetworkEntity>;

  /** The seeded criteria's stable key; null for criteria the co-chairs add. */
  @Column({ type: 'text', nullable: true })
  key: string | null;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  kind: ReadinessCriterionKind;

  /** Where a computed criterion's status comes from. */
  @Column({ type: 'jsonb', nullable: true, transformer: sourceTransformer })
  source: ComputedSource | null;

  /** The status the co-chairs set on an evidence-based criterion. */
  @Column({ name: 'evidence_status', type: 'text', nullable: true })
  evidenceStatus: ReadinessStatus | null;

  @Column({ type: 'jsonb', default: () => "'[]'", transformer: evidenceTransformer })
  evidence: EvidenceLink[];

  @Index()
  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id' })
  owner: Relation<OrganisationEntity>;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'review_state', type: 'text' })
  reviewState: CriterionReviewState;

  @Column({ name: 'last_return_reason', type: 'text', nullable: true })
  lastReturnReason: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reviewed_by_user_id' })
  reviewedBy: Relation<UserEntity> | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
