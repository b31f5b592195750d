import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';

/** A goal of the network's national migration strategy; placeholders stay marked until someone replaces the title. */
@Entity({ name: 'strategy_goal' })
export class StrategyGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => CountryNetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<CountryNetworkEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'is_placeholder', type: 'boolean', default: false })
  isPlaceholder: boolean;

  @OneToMany(() => StrategyObjectiveEntity, (objective) => objective.goal)
  objectives: Relation<StrategyObjectiveEntity[]>;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'strategy_objective' })
export class StrategyObjectiveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => StrategyGoalEntity, (goal) => goal.objectives, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal: Relation<StrategyGoalEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'is_placeholder', type: 'boolean', default: false })
  isPlaceholder: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
