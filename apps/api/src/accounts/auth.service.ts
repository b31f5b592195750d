import { DomainError, type ChangePasswordInput, type SessionView, type SignInInput, type SignInView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { toSessionUserView, toUserAuditRecord } from './user.mapper.js';
import { UserEntity } from './user.entity.js';

export type SignInContext = { ip: string; presentedToken: string | undefined };
export type SignInResult = { token: string; view: SignInView };

/** One message for an unknown email, a wrong password and a deactivated account: none tells which it was. */
const invalidCredentials = () => new DomainError('invalid_credentials', 'The email or password is not right');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
  ) {}

  async signIn(input: SignInInput, context: SignInContext): Promise<SignInResult> {
    const attemptId = await this.throttle.begin(input.email, context.ip);
    const user = await this.dataSource.manager.findOne(UserEntity, {
      where: { email: input.email },
      relations: { organisation: true, network: true },
    });
    // Checked even for an unknown email (against a dummy hash) or a deactivated account: same work, same time.
    const isPasswordRight = await this.hasher.verify(user?.passwordHash, input.password);
    const isSignedIn = isPasswordRight && user !== null && user.isActive;
    await this.throttle.finish(attemptId, isSignedIn ? 'succeeded' : 'failed');
    if (!isSignedIn || !user) throw invalidCredentials();
    // Session fixation: whatever session came with the request ends; the new one gets a new id.
    await this.sessions.revoke(context.presentedToken);
    const token = await this.sessions.start(user.id);
    return { token, view: { user: toSessionUserView(user) } };
  }

  async signOut(presentedToken: string | undefined): Promise<void> {
    await this.sessions.revoke(presentedToken);
  }

  /**
   * A user's own password change: the current password is checked like a sign-in (and throttled like one), the
   * new one stored, every other session of the user ended, and the change audited (without either password).
   */
  async changePassword(actor: Actor, input: ChangePasswordInput, ip: string): Promise<void> {
    const attemptId = await this.throttle.begin(actor.user.email, ip);
    const isCurrentRight = await this.hasher.verify(actor.user.passwordHash, input.currentPassword);
    await this.throttle.finish(attemptId, isCurrentRight ? 'succeeded' : 'failed');
    if (!isCurrentRight) {
      throw new DomainError('validation_failed', 'The current password is not right', [{ path: 'currentPassword', message: 'is not right' }]);
    }
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      // Bumps the version: an admin's edit based on the version before this one is refused rather than merged blindly.
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ passwordHash, version: () => 'version + 1' })
        .where('id = :id', { id: actor.user.id })
        .execute();
      await this.sessions.revokeAllOfUser(manager, actor.user.id, actor.sessionId);
      const record = toUserAuditRecord(actor.user);
      await this.audit.record(manager, {
        actor,
        networkId: actor.user.networkId,
        entityType: 'user',
        entityId: actor.user.id,
        action: 'update',
        before: record,
        after: record,
        note: 'Changed their password; their other sessions were ended',
      });
    });
  }

  getSession(actor: Actor | null): SessionView {
    return { user: actor ? toSessionUserView(actor.user) : null };
  }
}
