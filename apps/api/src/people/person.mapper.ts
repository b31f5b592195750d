import { formatPersonName, type PersonView } from '@compact-tracker/domain';
import type { PersonEntity } from './person.entity.js';

/** Needs `organisation` loaded. */
export const toPersonView = (person: PersonEntity): PersonView => ({
  id: person.id,
  honorific: person.honorific,
  name: person.name,
  title: person.title,
  organisation: person.organisation ? { id: person.organisation.id, name: person.organisation.name, shortName: person.organisation.shortName } : null,
  timeZone: person.timeZone,
  displayName: formatPersonName(person),
});

/** What the audit trail keeps of a person. */
export const toPersonAuditRecord = (person: PersonEntity): Record<string, unknown> => ({
  honorific: person.honorific,
  name: person.name,
  title: person.title,
  organisationId: person.organisationId,
  timeZone: person.timeZone,
});
