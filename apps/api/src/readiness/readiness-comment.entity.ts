import { readinessCommentKinds, type ReadinessCommentKind } from '@compact-tracker/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { sqlIn } from '../common/sql.js';
import { ReadinessCriterionEntity } from './readiness-criterion.entity.js';

/**
 * One entry of a criterion's thread, never changed once written: a reviewer's comment, or the text of a review step
 * (a return's reason, a co-chair's answer, an acceptance's optional comment).
 */
@Entity({ name: 'readiness_comment' })
@Check('CHK_readiness_comment_kind', sqlIn('kind', readinessCommentKinds))
@Check('CHK_readiness_comment_body', `"kind" = 'accept' OR length(btrim(coalesce("body", ''))) > 0`)
@Index('IDX_readiness_comment_criterion', ['criterionId', 'createdAt'])
export class ReadinessCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'criterion_id', type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => ReadinessCriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id' })
  criterion: Relation<ReadinessCriterionEntity>;

  @Column({ type: 'text' })
  kind: ReadinessCommentKind;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_user_id' })
  author: Relation<UserEntity> | null;

  /** From the app's clock, like the audit entry written with it, so an as-of view counts the two alike. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
