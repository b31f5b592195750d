import type { CountryNetworkView } from '@compact-tracker/domain';
import { toOrganisationView } from '../organisations/organisation.mapper.js';
import type { CountryNetworkEntity } from './country-network.entity.js';

/** Needs `coChairs` loaded; co-chairs come by name, as the join has no order of its own. */
export const toCountryNetworkView = (network: CountryNetworkEntity): CountryNetworkView => ({
  id: network.id,
  countryCode: network.countryCode,
  name: network.name,
  establishedOn: network.establishedOn,
  coChairs: [...network.coChairs].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id)).map(toOrganisationView),
});
