import { DomainError, type PersonInput, type PersonView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from './person.entity.js';
import { toPersonAuditRecord, toPersonView } from './person.mapper.js';

const byName = new Intl.Collator('en');

/** The people who may speak at events: the speakers an agenda names. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async listPeople(): Promise<PersonView[]> {
    const people = await this.dataSource.manager.find(PersonEntity, { relations: { organisation: true }, order: { id: 'ASC' } });
    // By name as a reader sorts it ("Sónia" before "Susanne"), whatever the database's collation.
    return people.sort((a, b) => byName.compare(a.name, b.name)).map(toPersonView);
  }

  async createPerson(actor: Actor, input: PersonInput, idempotency: IdempotencyRequest | undefined): Promise<PersonView> {
    return this.idempotency.run(actor.user.id, idempotency, input, 201, async (manager) => {
      if (input.organisationId !== undefined && !(await manager.existsBy(OrganisationEntity, { id: input.organisationId }))) {
        throw new DomainError('validation_failed', 'Unknown organisation: organisationId', [{ path: 'organisationId', message: 'is not a known organisation' }]);
      }
      const created = await manager.save(
        manager.create(PersonEntity, {
          honorific: input.honorific || null,
          name: input.name,
          title: input.title,
          organisationId: input.organisationId ?? null,
          timeZone: input.timeZone ?? null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        networkId: actor.user.networkId,
        entityType: 'person',
        entityId: created.id,
        action: 'create',
        before: null,
        after: toPersonAuditRecord(created),
      });
      const stored = await manager.findOneOrFail(PersonEntity, { where: { id: created.id }, relations: { organisation: true } });
      return toPersonView(stored);
    });
  }
}
