import { DomainError, type CreateUserInput, type UpdateUserInput, type UserView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../common/sql.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { toUserAuditRecord, toUserView } from './user.mapper.js';
import { UserEntity } from './user.entity.js';

const userNotFound = (id: string) => new DomainError('not_found', `No user with id ${id}`);

const emailTaken = () => new DomainError('conflict', 'A user with this email already exists', [{ path: 'email', message: 'is already in use' }]);

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** The users of the admin's own network, by name. */
  async listUsers(actor: Actor): Promise<UserView[]> {
    const users = await this.dataSource.manager.find(UserEntity, {
      where: { networkId: actor.user.networkId },
      relations: { organisation: true },
      order: { displayName: 'ASC', email: 'ASC' },
    });
    return users.map(toUserView);
  }

  /** A new user in the admin's own network. */
  async createUser(actor: Actor, input: CreateUserInput, idempotency: IdempotencyRequest | undefined): Promise<UserView> {
    // Hashing takes a good fraction of a second: done before the transaction opens, not while it holds a connection.
    const passwordHash = await this.hasher.hash(input.password);
    try {
      // The fingerprint leaves the password out: a fast hash of it would sit next to the slow one.
      const { password: _password, ...fingerprinted } = input;
      return await this.idempotency.run(actor.user.id, idempotency, fingerprinted, 201, async (manager) => {
        if (!(await manager.existsBy(OrganisationEntity, { id: input.organisationId }))) {
          throw new DomainError('validation_failed', 'Unknown organisation: organisationId', [{ path: 'organisationId', message: 'is not a known organisation' }]);
        }
        if (await manager.existsBy(UserEntity, { email: input.email })) throw emailTaken();
        const { identifiers } = await manager.insert(UserEntity, {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          role: input.role,
          organisationId: input.organisationId,
          networkId: actor.user.networkId,
          isActive: true,
        });
        const created = await this.requireUser(manager, String(identifiers[0]?.id));
        await this.audit.record(manager, {
          actor,
          networkId: created.networkId,
          entityType: 'user',
          entityId: created.id,
          action: 'create',
          before: null,
          after: toUserAuditRecord(created),
        });
        return toUserView(created);
      });
    } catch (error) {
      // Two admins adding the same email at once: the second one meets the unique constraint.
      if (isUniqueViolation(error, 'UQ_user_account_email')) throw emailTaken();
      throw error;
    }
  }

  /**
   * Re-roles, renames, deactivates or reactivates a user of the admin's network. Deactivating ends the user's
   * sessions in the same transaction. Admins cannot lock themselves out: no self-deactivation or self-demotion.
   */
  async updateUser(actor: Actor, id: string, version: number, input: UpdateUserInput): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(UserEntity, { where: { id }, relations: { organisation: true } });
      if (!before || before.networkId !== actor.user.networkId) throw userNotFound(id);
      if (before.version !== version) {
        throw new DomainError('precondition_failed', `The user was changed by someone else (you sent version ${version}, it is at ${before.version}); reload and try again`);
      }
      if (id === actor.user.id && (input.isActive === false || (input.role !== undefined && input.role !== 'admin'))) {
        throw new DomainError('conflict', 'You cannot deactivate or demote yourself; ask another admin', [
          { path: input.isActive === false ? 'isActive' : 'role', message: 'cannot be changed on your own account' },
        ]);
      }
      const result = await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({
          ...(input.role === undefined ? {} : { role: input.role }),
          ...(input.isActive === undefined ? {} : { isActive: input.isActive }),
          ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw new DomainError('precondition_failed', `The user was changed by someone else since version ${version}; reload and try again`);
      if (input.isActive === false) await this.sessions.revokeAllOfUser(manager, id);
      const after = await this.requireUser(manager, id);
      await this.audit.record(manager, {
        actor,
        networkId: after.networkId,
        entityType: 'user',
        entityId: id,
        action: 'update',
        before: toUserAuditRecord(before),
        after: toUserAuditRecord(after),
      });
      return toUserView(after);
    });
  }

  private async requireUser(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, { where: { id }, relations: { organisation: true } });
    if (!user) throw userNotFound(id);
    return user;
  }
}
