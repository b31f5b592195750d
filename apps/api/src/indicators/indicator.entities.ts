import { dataConfidences, dataNatures, improvementDirections, indicatorMeasures, type DataConfidence, type DataNature, type DisaggregationValue, type ImprovementDirection, type IndicatorMeasure, type IndicatorTarget } from '@compact-tracker/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { sqlIn } from '../common/sql.js';
import { UserEntity } from '../accounts/user.entity.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';

/** A national indicator aligned to the frameworks; its code is unique within its network. */
@Entity({ name: 'indicator' })
@Unique('UQ_indicator_network_code', ['networkId', 'code'])
@Check('CHK_indicator_measure', sqlIn('measure', indicatorMeasures))
@Check('CHK_indicator_direction', sqlIn('direction', improvementDirections))
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => CountryNetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<CountryNetworkEntity>;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  definition: string;

  @Column({ type: 'text' })
  measure: IndicatorMeasure;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'text' })
  direction: ImprovementDirection;

  @Column({ name: 'disaggregation_dimensions', type: 'text', array: true, default: () => "'{}'" })
  disaggregationDimensions: string[];

  @Column({ type: 'text', nullable: true })
  custodian: string | null;

  @Column({ type: 'text', nullable: true })
  frequency: string | null;

  @Column({ name: 'gcm_objective_numbers', type: 'integer', array: true, default: () => "'{}'" })
  gcmObjectiveNumbers: number[];

  /** The GCM guiding principles (1–10, para 15 order) the indicator speaks to. */
  @Column({ name: 'gcm_principle_numbers', type: 'integer', array: true, default: () => "'{}'" })
  gcmPrincipleNumbers: number[];

  @Column({ name: 'sdg_indicator_codes', type: 'text', array: true, default: () => "'{}'" })
  sdgIndicatorCodes: string[];

  /** Targets per period, `[{ year, value }]`, replaced as a whole. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  targets: IndicatorTarget[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A baseline of an indicator, or an explicit data gap with its reason; who recorded it is kept, changes go to the audit trail. */
@Entity({ name: 'indicator_baseline' })
@Check('CHK_indicator_baseline_nature', `"nature_of_data" IS NULL OR ${sqlIn('nature_of_data', dataNatures)}`)
@Check('CHK_indicator_baseline_confidence', `"confidence" IS NULL OR ${sqlIn('confidence', dataConfidences)}`)
@Check('CHK_indicator_baseline_year', `"reference_year" BETWEEN 1990 AND 2100`)
@Check('CHK_indicator_baseline_gap', `NOT "is_data_gap" OR ("value" IS NULL AND "narrative" IS NULL AND length(btrim(coalesce("gap_reason", ''))) > 0)`)
export class IndicatorBaselineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator: Relation<IndicatorEntity>;

  @Column({ name: 'is_data_gap', type: 'boolean', default: false })
  isDataGap: boolean;

  @Column({ name: 'gap_reason', type: 'text', nullable: true })
  gapReason: string | null;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Column({ name: 'reference_year', type: 'integer' })
  referenceYear: number;

  @Column({ name: 'reference_date', type: 'date', nullable: true })
  referenceDate: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  disaggregation: DisaggregationValue[];

  @Column({ type: 'double precision', nullable: true })
  total: number | null;

  @Column({ type: 'text', nullable: true })
  area: string | null;

  @Column({ name: 'source_provider', type: 'text', nullable: true })
  sourceProvider: string | null;

  @Column({ name: 'source_dataset', type: 'text', nullable: true })
  sourceDataset: string | null;

  @Column({ name: 'source_link', type: 'text', nullable: true })
  sourceLink: string | null;

  @Column({ type: 'text', nullable: true })
  method: string | null;

  @Column({ name: 'nature_of_data', type: 'text', nullable: true })
  natureOfData: DataNature | null;

  @Column({ type: 'text', nullable: true })
  confidence: DataConfidence | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy: Relation<UserEntity> | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
