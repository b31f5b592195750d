import { crosswalkFits, crosswalkTargetKinds, type CrosswalkFit, type CrosswalkTargetKind } from '@compact-tracker/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { sqlIn } from '../common/sql.js';
import { GcmObjectiveEntity, SdgIndicatorEntity, SdgTargetEntity } from './reference-framework.entities.js';
import { StrategyObjectiveEntity } from './strategy.entities.js';

/** A strategy objective linked to one GCM objective, SDG target or SDG indicator, with how well it fits and why. */
@Entity({ name: 'crosswalk_link' })
@Unique('UQ_crosswalk_link_target', ['strategyObjectiveId', 'targetKey'])
@Check('CHK_crosswalk_link_fit', sqlIn('fit', crosswalkFits))
@Check('CHK_crosswalk_link_target_kind', sqlIn('target_kind', crosswalkTargetKinds))
@Check(
  'CHK_crosswalk_link_one_target',
  `("target_kind" = 'gcm_objective') = ("gcm_objective_number" IS NOT NULL) AND ("target_kind" = 'sdg_target') = ("sdg_target_code" IS NOT NULL) AND ("target_kind" = 'sdg_indicator') = ("sdg_indicator_code" IS NOT NULL)`,
)
@Check('CHK_crosswalk_link_rationale', `length(btrim("rationale")) > 0`)
export class CrosswalkLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'strategy_objective_id', type: 'uuid' })
  strategyObjectiveId: string;

  @ManyToOne(() => StrategyObjectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_objective_id' })
  strategyObjective: Relation<StrategyObjectiveEntity>;

  @Column({ name: 'target_kind', type: 'text' })
  targetKind: CrosswalkTargetKind;

  /** `<kind>:<number or code>`: one link per objective and target. */
  @Column({ name: 'target_key', type: 'text' })
  targetKey: string;

  @Index()
  @Column({ name: 'gcm_objective_number', type: 'integer', nullable: true })
  gcmObjectiveNumber: number | null;

  @ManyToOne(() => GcmObjectiveEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'gcm_objective_number' })
  gcmObjective: Relation<GcmObjectiveEntity> | null;

  @Column({ name: 'sdg_target_code', type: 'text', nullable: true })
  sdgTargetCode: string | null;

  @ManyToOne(() => SdgTargetEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'sdg_target_code' })
  sdgTarget: Relation<SdgTargetEntity> | null;

  @Column({ name: 'sdg_indicator_code', type: 'text', nullable: true })
  sdgIndicatorCode: string | null;

  @ManyToOne(() => SdgIndicatorEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'sdg_indicator_code' })
  sdgIndicator: Relation<SdgIndicatorEntity> | null;

  @Column({ type: 'text' })
  fit: CrosswalkFit;

  @Column({ type: 'text' })
  rationale: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
