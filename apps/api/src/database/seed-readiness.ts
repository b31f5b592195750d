import {
  defaultReadinessCriteria,
  georgia2021Workplan,
  georgiaReadinessTimeZone,
  getDateSpanBounds,
  type ComputedSource,
  type DefaultReadinessCriterion,
  type SeedWorkplan,
} from '@compact-tracker/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ActivityOrganisationEntity } from '../activities/activity-organisation.entity.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { DeliverableEntity } from '../activities/deliverable.entity.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ReadinessCriterionEntity } from '../readiness/readiness-criterion.entity.js';
import { ReadinessReviewEntity } from '../readiness/readiness-review.entity.js';
import type { SeedOutcome } from './seed-workplan.js';

// Not another seed's key: each seed runs once per database, whichever process gets there first.
const readinessSeedLockKey = 7_202_104_24;

/** `no_network`: the seed's country network is not in the database, so there is nothing to review yet. */
export type ReadinessSeedOutcome = SeedOutcome | 'no_network';

type ResolvedCriterion = { source: ComputedSource | null; ownerOrganisationId: string; dueDate: string | null };

const findSeedActivity = async (manager: EntityManager, networkId: string, seed: SeedWorkplan, key: string): Promise<ActivityEntity> => {
  const seedActivity = seed.activities.find((activity) => activity.key === key);
  const activity = seedActivity && (await manager.findOne(ActivityEntity, { where: { title: seedActivity.title, workplan: { networkId } } }));
  if (!activity) throw new Error(`The readiness seed refers to the activity "${key}", which the network's workplan does not have`);
  return activity;
};

/** A computed criterion's ids, owner and due date come from its activity; an evidence-based one names its owner. */
const resolveCriterion = async (manager: EntityManager, networkId: string, seed: SeedWorkplan, criterion: DefaultReadinessCriterion): Promise<ResolvedCriterion> => {
  if (criterion.source === null) {
    const seedOrganisation = seed.organisations.find((organisation) => organisation.key === criterion.ownerOrganisationKey);
    const owner = seedOrganisation && (await manager.findOneBy(OrganisationEntity, { name: seedOrganisation.name }));
    if (!owner) throw new Error(`The readiness seed refers to an unknown organisation "${criterion.ownerOrganisationKey}"`);
    return { source: null, ownerOrganisationId: owner.id, dueDate: null };
  }
  const activity = await findSeedActivity(manager, networkId, seed, criterion.source.activityKey);
  const lead = await manager.findOne(ActivityOrganisationEntity, { where: { activityId: activity.id, role: 'lead' }, order: { position: 'ASC' } });
  if (!lead) throw new Error(`The activity "${criterion.source.activityKey}" has no lead organisation to own the criterion "${criterion.key}"`);
  const base = { ownerOrganisationId: lead.organisationId, dueDate: getDateSpanBounds(activity.dateSpan).latestEnd };
  switch (criterion.source.kind) {
    case 'activity_done':
      return { ...base, source: { kind: 'activity_done', activityId: activity.id } };
    case 'activity_and_deliverable_done': {
      const deliverable = await manager.findOneBy(DeliverableEntity, { activityId: activity.id, title: criterion.source.deliverableTitle });
      if (!deliverable) throw new Error(`The readiness seed refers to the deliverable "${criterion.source.deliverableTitle}", which its activity does not have`);
      return { ...base, source: { kind: 'activity_and_deliverable_done', activityId: activity.id, deliverableId: deliverable.id } };
    }
    case 'crosswalk_gcm_coverage':
    case 'indicator_baselines':
      return { ...base, source: { kind: criterion.source.kind } };
  }
};

/**
 * Opens the readiness review of the seed's network (by default Georgia's) with its default criteria, unless the
 * network already has a review. One transaction. Like the seeded deliverables, these rows have no creation entry in
 * the audit trail (so a new network's history holds only its activities): an as-of view shows them as first recorded
 * until their first change, where each record's history starts.
 */
export const seedReadinessCriteria = async (dataSource: DataSource, seed: SeedWorkplan = georgia2021Workplan): Promise<ReadinessSeedOutcome> =>
  dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [readinessSeedLockKey]);
    const network = await manager.findOneBy(CountryNetworkEntity, { countryCode: seed.network.countryCode });
    if (!network) return 'no_network';
    if (await manager.existsBy(ReadinessReviewEntity, { networkId: network.id })) return 'already_present';

    await manager.save(manager.create(ReadinessReviewEntity, { networkId: network.id, timeZone: georgiaReadinessTimeZone, status: 'in_review', signedOffAt: null, signedOffByUserId: null, signOffNote: null }));

    for (const [index, criterion] of defaultReadinessCriteria.entries()) {
      const resolved = await resolveCriterion(manager, network.id, seed, criterion);
      await manager.save(
        manager.create(ReadinessCriterionEntity, {
          networkId: network.id,
          key: criterion.key,
          position: index + 1,
          title: criterion.title,
          description: criterion.description,
          kind: resolved.source ? 'computed' : 'evidence',
          source: resolved.source,
          evidenceStatus: resolved.source ? null : 'not_met',
          evidence: [],
          ownerOrganisationId: resolved.ownerOrganisationId,
          dueDate: resolved.dueDate,
          reviewState: 'open',
          lastReturnReason: null,
          reviewedAt: null,
          reviewedByUserId: null,
        }),
      );
    }
    return 'seeded';
  });
