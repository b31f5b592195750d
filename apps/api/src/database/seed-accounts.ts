import { demoAccountPassword, demoAccounts, georgia2021Workplan, type SeedWorkplan } from '@compact-tracker/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { toUserAuditRecord } from '../accounts/user.mapper.js';
import { UserEntity } from '../accounts/user.entity.js';
import { writeAuditEntry } from '../audit/audit-writer.js';
import type { FirstAdminConfig } from '../config.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

// Several API processes may start at once on one database: only one of them creates accounts.
const accountsLockKey = 7_202_104_23;

const findSeedNetwork = async (manager: EntityManager, seed: SeedWorkplan): Promise<CountryNetworkEntity> => {
  const network = await manager.findOne(CountryNetworkEntity, { where: { countryCode: seed.network.countryCode }, relations: { coChairs: true } });
  if (!network) throw new Error(`Seed the ${seed.network.name} before its accounts`);
  return network;
};

/** Inserts a user and its audit entry (by the system), in the caller's transaction. */
const insertUser = async (manager: EntityManager, user: Omit<UserEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'organisation' | 'network'>) => {
  const { identifiers } = await manager.insert(UserEntity, user);
  const created = await manager.findOneByOrFail(UserEntity, { id: String(identifiers[0]?.id) });
  await writeAuditEntry(
    manager,
    { actorUserId: null, networkId: created.networkId, entityType: 'user', entityId: created.id, action: 'create', before: null, after: toUserAuditRecord(created) },
    new Date(),
  );
  return created;
};

/**
 * One demo account per role (the domain's `demoAccounts`) in the seeded network, created only while there is no
 * account at all. Never called in production.
 */
export const seedDemoAccounts = async (
  dataSource: DataSource,
  options: { seed?: SeedWorkplan; hashPassword?: (password: string) => Promise<string> } = {},
): Promise<'seeded' | 'already_present'> => {
  const seed = options.seed ?? georgia2021Workplan;
  const hashPassword = options.hashPassword ?? ((password: string) => new PasswordHasher().hash(password));
  // Hashed before the transaction: each takes a good fraction of a second.
  const hashes = await Promise.all(demoAccounts.map(() => hashPassword(demoAccountPassword)));
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [accountsLockKey]);
    if ((await manager.count(UserEntity)) > 0) return 'already_present';
    const network = await findSeedNetwork(manager, seed);
    const organisationNames = new Map(seed.organisations.map((organisation) => [organisation.key, organisation.name]));
    const organisations = await manager.findBy(OrganisationEntity, { name: In([...organisationNames.values()]) });
    for (const [index, account] of demoAccounts.entries()) {
      const organisation = organisations.find((candidate) => candidate.name === organisationNames.get(account.organisationKey));
      if (!organisation) throw new Error(`The demo account ${account.email} names an unknown organisation "${account.organisationKey}"`);
      await insertUser(manager, {
        email: account.email,
        displayName: account.displayName,
        passwordHash: hashes[index] as string,
        role: account.role,
        organisationId: organisation.id,
        networkId: network.id,
        isActive: true,
      });
    }
    return 'seeded';
  });
};

export type FirstAdminOutcome = 'admin_present' | 'created' | 'not_configured';

/**
 * Makes sure someone can administer the app: when no active admin exists, the FIRST_ADMIN_* account is created in
 * the seeded network, with its first co-chair as organisation. In production a missing admin and missing
 * FIRST_ADMIN_* is an error that stops the start.
 */
export const ensureFirstAdmin = async (
  dataSource: DataSource,
  firstAdmin: FirstAdminConfig | undefined,
  options: { isRequired: boolean },
  seed: SeedWorkplan = georgia2021Workplan,
): Promise<FirstAdminOutcome> => {
  const hasAdmin = () => dataSource.manager.existsBy(UserEntity, { role: 'admin', isActive: true });
  if (await hasAdmin()) return 'admin_present';
  if (!firstAdmin) {
    if (!options.isRequired) return 'not_configured';
    throw new Error(
      'No admin account exists. Set FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD (at least 12 characters), and optionally FIRST_ADMIN_DISPLAY_NAME, to create the first admin.',
    );
  }
  const passwordHash = await new PasswordHasher().hash(firstAdmin.password);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [accountsLockKey]);
    if (await manager.existsBy(UserEntity, { role: 'admin', isActive: true })) return 'admin_present';
    if (await manager.existsBy(UserEntity, { email: firstAdmin.email })) {
      throw new Error(`FIRST_ADMIN_EMAIL ${firstAdmin.email} belongs to an existing account that is not an active admin; choose another email`);
    }
    const network = await findSeedNetwork(manager, seed);
    const organisation = [...network.coChairs].sort((a, b) => a.name.localeCompare(b.name, 'en'))[0];
    if (!organisation) throw new Error(`The ${network.name} has no co-chair organisation for the first admin`);
    await insertUser(manager, {
      email: firstAdmin.email,
      displayName: firstAdmin.displayName,
      passwordHash,
      role: 'admin',
      organisationId: organisation.id,
      networkId: network.id,
      isActive: true,
    });
    return 'created';
  });
};

/** The demo accounts that exist and can sign in, for `main` to print. */
export const findDemoSignIns = async (dataSource: DataSource): Promise<UserEntity[]> => {
  const users = await dataSource.manager.findBy(UserEntity, { email: In(demoAccounts.map((account) => account.email)), isActive: true });
  return demoAccounts.flatMap((account) => users.filter((user) => user.email === account.email));
};
