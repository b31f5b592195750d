import {
  getRolePermissions,
  type NetworkRefView,
  type OrganisationRefView,
  type SessionUserView,
  type UserView,
} from '@compact-tracker/domain';
import type { CountryNetworkEntity } from '../networks/country-network.entity.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { UserEntity } from './user.entity.js';

const toOrganisationRefView = (organisation: OrganisationEntity): OrganisationRefView => ({
  id: organisation.id,
  name: organisation.name,
  shortName: organisation.shortName,
});

const toNetworkRefView = (network: CountryNetworkEntity): NetworkRefView => ({
  id: network.id,
  name: network.name,
  countryCode: network.countryCode,
});

/** Needs `organisation` and `network` loaded. */
export const toSessionUserView = (user: UserEntity): SessionUserView => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  organisation: toOrganisationRefView(user.organisation),
  network: toNetworkRefView(user.network),
  permissions: [...getRolePermissions(user.role)],
});

/** Needs `organisation` loaded. */
export const toUserView = (user: UserEntity): UserView => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  isActive: user.isActive,
  organisation: toOrganisationRefView(user.organisation),
  version: user.version,
  createdAt: user.createdAt.toISOString(),
});

/** What the audit trail keeps of a user: never the password hash, and nothing that changes on every save. */
export const toUserAuditRecord = (user: UserEntity): Record<string, unknown> => ({
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  isActive: user.isActive,
  organisationId: user.organisationId,
});
