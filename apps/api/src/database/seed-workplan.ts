import { georgia2021Workplan, wallClockToInstant, type SeedActivity, type SeedWorkplan } from '@compact-tracker/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ActivityOrganisationEntity, type ActivityOrganisationRole } from '../activities/activity-organisation.entity.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { toActivityAuditRecord } from '../activities/activity.mapper.js';
import { writeAuditEntry } from '../audit/audit-writer.js';
import { DeliverableEntity } from '../activities/deliverable.entity.js';
import { AgendaItemEntity } from '../events/agenda-item.entity.js';
import { AgendaSpeakerEntity } from '../events/agenda-speaker.entity.js';
import { EventScheduleEntity } from '../events/event-schedule.entity.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';

export type SeedOutcome = 'seeded' | 'already_present';

// Several API processes may start at once on one database: only one of them seeds.
const seedLockKey = 7_202_104_22;

// TypeORM cannot tell the entity of an empty array, so there is nothing to save then.
const saveAll = async <Entity extends object>(manager: EntityManager, records: Entity[]): Promise<void> => {
  if (records.length > 0) await manager.save(records);
};

const requireKey = <Value>(records: Map<string, Value>, key: string, what: string): Value => {
  const record = records.get(key);
  if (record === undefined) throw new Error(`The seed refers to an unknown ${what} "${key}"`);
  return record;
};

const saveSchedule = async (
  manager: EntityManager,
  activity: ActivityEntity,
  seed: SeedActivity,
  people: Map<string, PersonEntity>,
): Promise<void> => {
  if (!seed.schedule) return;
  const span = seed.dateSpan;
  if (span.precision !== 'day-time-window') {
    throw new Error(`The seed activity "${seed.key}" has an agenda but no day and time window`);
  }
  // The source prints wall-clock times in the event's zone; the database keeps instants.
  const atEventTime = (time: string) => new Date(wallClockToInstant(span.date, time, span.timeZone));
  const schedule = await manager.save(
    manager.create(EventScheduleEntity, {
      activityId: activity.id,
      windowStart: atEventTime(span.startTime),
      windowEnd: atEventTime(span.endTime),
      timeZone: span.timeZone,
      platform: seed.schedule.platform,
    }),
  );
  for (const [position, seedItem] of seed.schedule.agenda.entries()) {
    const item = await manager.save(
      manager.create(AgendaItemEntity, {
        scheduleId: schedule.id,
        position,
        startsAt: atEventTime(seedItem.startTime),
        durationMinutes: seedItem.durationMinutes,
        kind: seedItem.kind,
        title: seedItem.title,
        hasQa: seedItem.hasQa,
      }),
    );
    await saveAll(
      manager,
      seedItem.speakers.map((speaker, speakerPosition) =>
        manager.create(AgendaSpeakerEntity, {
          agendaItemId: item.id,
          personId: requireKey(people, speaker.personKey, 'person').id,
          minutes: speaker.minutes,
          position: speakerPosition,
        }),
      ),
    );
  }
};

/**
 * Stores a seed workplan (by default Georgia's 2021 plan from the concept note) unless its country network is
 * already there. Everything is written in one transaction: a failure leaves nothing half-seeded.
 */
export const seedWorkplan = async (dataSource: DataSource, seed: SeedWorkplan = georgia2021Workplan): Promise<SeedOutcome> =>
  dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [seedLockKey]);
    if (await manager.existsBy(CountryNetworkEntity, { countryCode: seed.network.countryCode })) return 'already_present';

    const organisations = new Map<string, OrganisationEntity>();
    for (const organisation of seed.organisations) {
      const saved = await manager.save(
        manager.create(OrganisationEntity, { name: organisation.name, shortName: organisation.shortName, kind: organisation.kind }),
      );
      organisations.set(organisation.key, saved);
    }

    const people = new Map<string, PersonEntity>();
    for (const person of seed.people) {
      const saved = await manager.save(
        manager.create(PersonEntity, {
          honorific: person.honorific,
          name: person.name,
          title: person.title,
          organisationId: requireKey(organisations, person.organisationKey, 'organisation').id,
          timeZone: seed.inferredSpeakerTimeZones?.[person.key] ?? null,
        }),
      );
      people.set(person.key, saved);
    }

    const network = await manager.save(
      manager.create(CountryNetworkEntity, {
        countryCode: seed.network.countryCode,
        name: seed.network.name,
        establishedOn: seed.network.establishedOn,
        coChairs: seed.network.coChairKeys.map((key) => requireKey(organisations, key, 'organisation')),
      }),
    );

    const workplan = await manager.save(
      manager.create(WorkplanEntity, {
        networkId: network.id,
        title: seed.workplan.title,
        year: seed.workplan.year,
        source: seed.workplan.source,
      }),
    );

    for (const [position, seedActivity] of seed.activities.entries()) {
      const activity = await manager.save(
        manager.create(ActivityEntity, {
          workplanId: workplan.id,
          kind: seedActivity.kind,
          title: seedActivity.title,
          purpose: seedActivity.purpose,
          status: seedActivity.status,
          dateSpan: seedActivity.dateSpan,
          objectives: seedActivity.objectives,
          position,
        }),
      );
      const links = (role: ActivityOrganisationRole, keys: string[]) =>
        keys.map((key, linkPosition) =>
          manager.create(ActivityOrganisationEntity, {
            activityId: activity.id,
            organisationId: requireKey(organisations, key, 'organisation').id,
            role,
            position: linkPosition,
          }),
        );
      await saveAll(manager, [
        ...links('lead', seedActivity.leadOrganisationKeys),
        ...links('participating', seedActivity.participatingOrganisationKeys),
      ]);
      await saveAll(
        manager,
        seedActivity.expectedDeliverables.map((deliverable, deliverablePosition) =>
          manager.create(DeliverableEntity, {
            activityId: activity.id,
            title: deliverable.title,
            status: deliverable.status,
            position: deliverablePosition,
          }),
        ),
      );
      await saveSchedule(manager, activity, seedActivity, people);
      const stored = await manager.findOneOrFail(ActivityEntity, {
        where: { id: activity.id },
        relations: { organisationLinks: { organisation: true }, deliverables: true },
      });
      // The seed is the system's doing: each activity's history starts with its creation, by nobody.
      await writeAuditEntry(
        manager,
        { actorUserId: null, networkId: network.id, entityType: 'activity', entityId: activity.id, action: 'create', before: null, after: toActivityAuditRecord(stored) },
        new Date(),
      );
    }
    return 'seeded';
  });
