import type { CrosswalkLinkView, StrategyGoalView, StrategyObjectiveView } from '@compact-tracker/domain';
import type { CrosswalkLinkEntity } from './crosswalk-link.entity.js';
import type { StrategyGoalEntity, StrategyObjectiveEntity } from './strategy.entities.js';

export const toStrategyObjectiveView = (objective: StrategyObjectiveEntity): StrategyObjectiveView => ({
  id: objective.id,
  goalId: objective.goalId,
  position: objective.position,
  title: objective.title,
  isPlaceholder: objective.isPlaceholder,
  version: objective.version,
});

export const toStrategyGoalView = (goal: StrategyGoalEntity, objectives: StrategyObjectiveEntity[]): StrategyGoalView => ({
  id: goal.id,
  networkId: goal.networkId,
  position: goal.position,
  title: goal.title,
  isPlaceholder: goal.isPlaceholder,
  version: goal.version,
  objectives: [...objectives].sort((a, b) => a.position - b.position).map(toStrategyObjectiveView),
});

/** Needs the link's target relations loaded. */
export const toCrosswalkLinkView = (link: CrosswalkLinkEntity): CrosswalkLinkView => ({
  id: link.id,
  strategyObjectiveId: link.strategyObjectiveId,
  target:
    link.targetKind === 'gcm_objective'
      ? { kind: 'gcm_objective', reference: String(link.gcmObjectiveNumber), label: link.gcmObjective?.title ?? null }
      : link.targetKind === 'sdg_target'
        ? { kind: 'sdg_target', reference: link.sdgTargetCode ?? '', label: link.sdgTarget?.wording ?? null }
        : { kind: 'sdg_indicator', reference: link.sdgIndicatorCode ?? '', label: link.sdgIndicator?.wording ?? null },
  fit: link.fit,
  rationale: link.rationale,
  version: link.version,
});

export const toStrategyAuditRecord = (record: { title: string; position: number; isPlaceholder: boolean }) => ({
  title: record.title,
  position: record.position,
  isPlaceholder: record.isPlaceholder,
});

export const toCrosswalkLinkAuditRecord = (link: CrosswalkLinkEntity) => ({
  strategyObjectiveId: link.strategyObjectiveId,
  targetKey: link.targetKey,
  fit: link.fit,
  rationale: link.rationale,
});
