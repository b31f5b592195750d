import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlIn } from '../common/sql.js';

/** `pending` while the password is being checked, so that concurrent guesses count against each other. */
export const signInOutcomes = ['pending', 'succeeded', 'failed', 'throttled'] as const;
export type SignInOutcome = (typeof signInOutcomes)[number];

/**
 * Every sign-in attempt, kept in PostgreSQL so that throttling holds across API processes. A success never erases
 * the failures before it: they stay as evidence and keep counting until they leave the window.
 */
@Entity({ name: 'sign_in_attempt' })
@Check('CHK_sign_in_attempt_outcome', sqlIn('outcome', signInOutcomes))
@Index('IDX_sign_in_attempt_email_at', ['email', 'attemptedAt'])
@Index('IDX_sign_in_attempt_ip_at', ['ip', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As typed, normalised by the domain schema; the account may not exist. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'text' })
  outcome: SignInOutcome;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
