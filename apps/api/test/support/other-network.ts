import type { Role } from '@compact-tracker/domain';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/accounts/password-hasher.js';
import { UserEntity } from '../../src/accounts/user.entity.js';
import { ActivityEntity } from '../../src/activities/activity.entity.js';
import { CountryNetworkEntity } from '../../src/networks/country-network.entity.js';
import { OrganisationEntity } from '../../src/organisations/organisation.entity.js';
import { WorkplanEntity } from '../../src/workplans/workplan.entity.js';

export const otherNetworkPassword = 'armenia-2021-test-only';

export type OtherNetwork = {
  networkId: string;
  workplanId: string;
  activityId: string;
  users: Record<'admin' | 'co_chair', { id: string; email: string }>;
};

/** A second country network (Armenia) with a workplan, an activity and two users: what Georgia's users must not reach. */
export const createOtherNetwork = async (dataSource: DataSource): Promise<OtherNetwork> => {
  const passwordHash = await new PasswordHasher().hash(otherNetworkPassword);
  return dataSource.transaction(async (manager) => {
    const organisation = await manager.save(manager.create(OrganisationEntity, { name: 'IOM Armenia', shortName: 'IOM AM', kind: 'un_entity' }));
    const network = await manager.save(
      manager.create(CountryNetworkEntity, { countryCode: 'AM', name: 'UN Network on Migration in Armenia', establishedOn: '2021-01-01', coChairs: [organisation] }),
    );
    const workplan = await manager.save(manager.create(WorkplanEntity, { networkId: network.id, title: 'Armenia workplan 2021', year: 2021, source: null }));
    const activity = await manager.save(
      manager.create(ActivityEntity, {
        workplanId: workplan.id,
        kind: 'meeting',
        title: 'Armenia kick-off',
        purpose: '',
        status: 'planned',
        dateSpan: { precision: 'day', date: '2021-05-05' },
        objectives: [],
        position: 0,
      }),
    );
    const createUser = async (role: Role, email: string) => {
      const user = await manager.save(
        manager.create(UserEntity, { email, displayName: `Armenia ${role}`, passwordHash, role, organisationId: organisation.id, networkId: network.id, isActive: true }),
      );
      return { id: user.id, email };
    };
    return {
      networkId: network.id,
      workplanId: workplan.id,
      activityId: activity.id,
      users: { admin: await createUser('admin', 'admin@armenia.example'), co_chair: await createUser('co_chair', 'cochair@armenia.example') },
    };
  });
};
