import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

/** Reference data, seeded with its sources and read-only in the app: the GCM's objectives and guiding principles. */
@Entity({ name: 'gcm_objective' })
export class GcmObjectiveEntity {
  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  source: string;
}

@Entity({ name: 'gcm_guiding_principle' })
export class GcmGuidingPrincipleEntity {
  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  source: string;
}

/** An SDG target; its wording is null where the checked sources did not give it, and the note says so. */
@Entity({ name: 'sdg_target' })
export class SdgTargetEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text', nullable: true })
  wording: string | null;

  @Column({ name: 'wording_note', type: 'text', nullable: true })
  wordingNote: string | null;
}

@Entity({ name: 'sdg_indicator' })
export class SdgIndicatorEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Index()
  @Column({ name: 'target_code', type: 'text' })
  targetCode: string;

  @ManyToOne(() => SdgTargetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_code' })
  target: Relation<SdgTargetEntity>;

  @Column({ type: 'text' })
  wording: string;

  @Column({ type: 'text', nullable: true })
  custodian: string | null;

  @Column({ name: 'wording_note', type: 'text', nullable: true })
  wordingNote: string | null;

  @Column({ name: 'is_wording_verified', type: 'boolean' })
  isWordingVerified: boolean;

  @Column({ type: 'text' })
  source: string;
}
