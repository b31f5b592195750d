import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ActivityEntity } from '../activities/activity.entity.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';

@Entity({ name: 'workplan' })
export class WorkplanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => CountryNetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<CountryNetworkEntity>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  year: number;

  /** The document the plan was taken from. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @OneToMany(() => ActivityEntity, (activity) => activity.workplan)
  activities: Relation<ActivityEntity[]>;
}
