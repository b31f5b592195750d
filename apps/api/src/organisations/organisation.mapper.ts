import type { OrganisationView } from '@compact-tracker/domain';
import type { OrganisationEntity } from './organisation.entity.js';

export const toOrganisationView = (organisation: OrganisationEntity): OrganisationView => ({
  id: organisation.id,
  name: organisation.name,
  shortName: organisation.shortName,
  kind: organisation.kind,
});

/** What a programme prints after a speaker's title: the short name where there is one. */
export const getOrganisationLabel = (organisation: OrganisationEntity | null): string | null =>
  organisation ? (organisation.shortName ?? organisation.name) : null;
