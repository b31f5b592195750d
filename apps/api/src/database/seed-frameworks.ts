import {
  gcmGuidingPrinciples,
  gcmObjectives,
  gcmSource,
  georgiaStrategyPlaceholders,
  migrationSdgIndicators,
  migrationSdgTargetCodes,
  sdgIndicatorSource,
  sdgTargetWordingNote,
} from '@compact-tracker/domain';
import type { DataSource } from 'typeorm';
import { GcmGuidingPrincipleEntity, GcmObjectiveEntity, SdgIndicatorEntity, SdgTargetEntity } from '../crosswalk/reference-framework.entities.js';
import { StrategyGoalEntity, StrategyObjectiveEntity } from '../crosswalk/strategy.entities.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import type { SeedOutcome } from './seed-workplan.js';

// Not the workplan seed's key: the two seeds run independently, each once per database.
const frameworkSeedLockKey = 7_202_104_23;

/** The network whose national strategy is seeded as placeholders: Georgia's (its real goals were not found). */
const strategyCountryCode = 'GE';

/**
 * Seeds the reference frameworks (GCM objectives and principles, migration-relevant SDG targets and indicators, with
 * their sources) when the GCM objectives table is empty, so it also fills an existing database that predates them;
 * with them, Georgia's strategy as clearly marked placeholders when its network exists and has no goals yet.
 */
export const seedReferenceFrameworks = async (dataSource: DataSource): Promise<SeedOutcome> =>
  dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [frameworkSeedLockKey]);
    if ((await manager.count(GcmObjectiveEntity)) > 0) return 'already_present';
    await manager.insert(
      GcmObjectiveEntity,
      gcmObjectives.map((objective) => ({ number: objective.number, title: objective.title, source: gcmSource })),
    );
    await manager.insert(
      GcmGuidingPrincipleEntity,
      gcmGuidingPrinciples.map((name, index) => ({ position: index + 1, name, source: gcmSource })),
    );
    await manager.insert(
      SdgTargetEntity,
      migrationSdgTargetCodes.map((code) => ({ code, wording: null, wordingNote: sdgTargetWordingNote })),
    );
    await manager.insert(
      SdgIndicatorEntity,
      migrationSdgIndicators.map((indicator) => ({ ...indicator, source: sdgIndicatorSource })),
    );
    const network = await manager.findOneBy(CountryNetworkEntity, { countryCode: strategyCountryCode });
    if (network && !(await manager.existsBy(StrategyGoalEntity, { networkId: network.id }))) {
      for (const [goalIndex, seedGoal] of georgiaStrategyPlaceholders.entries()) {
        const goal = await manager.save(manager.create(StrategyGoalEntity, { networkId: network.id, position: goalIndex + 1, title: seedGoal.title, isPlaceholder: true }));
        await manager.save(
          seedGoal.objectives.map((title, objectiveIndex) => manager.create(StrategyObjectiveEntity, { goalId: goal.id, position: objectiveIndex + 1, title, isPlaceholder: true })),
        );
      }
    }
    return 'seeded';
  });
