import {
  gcmObjectives,
  georgiaStrategyName,
  georgiaStrategyPlaceholders,
  type CrosswalkLinkView,
  type CrosswalkMatrixView,
  type StrategyView,
} from '@compact-tracker/domain';
import { buildSessionUser } from '../../test/fixtures';

/** The seeded placeholder strategy of the Georgia network and its crosswalk, as the API answers them. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const crosswalkNetworkId = buildSessionUser('expert').network.id;

export const placeholderStrategy: StrategyView = {
  networkId: crosswalkNetworkId,
  name: georgiaStrategyName,
  goals: georgiaStrategyPlaceholders.map((goal, goalIndex) => ({
    id: uuid(700 + goalIndex),
    networkId: crosswalkNetworkId,
    position: goalIndex + 1,
    title: goal.title,
    isPlaceholder: true,
    version: 1,
    objectives: goal.objectives.map((title, objectiveIndex) => ({
      id: uuid(710 + goalIndex * 10 + objectiveIndex),
      goalId: uuid(700 + goalIndex),
      position: objectiveIndex + 1,
      title,
      isPlaceholder: true,
      version: 1,
    })),
  })),
};

export const firstObjectiveId = placeholderStrategy.goals[0]?.objectives[0]?.id as string;

export const linkToGcmOne: CrosswalkLinkView = {
  id: uuid(800),
  strategyObjectiveId: firstObjectiveId,
  target: { kind: 'gcm_objective', reference: '1', label: gcmObjectives[0]?.title ?? null },
  fit: 'partial',
  rationale: 'Both concern migration data',
  version: 1,
};

/** The matrix for the strategy with the given links; coverage counts distinct strategy objectives per GCM objective. */
export const buildMatrix = (strategy: StrategyView, links: readonly CrosswalkLinkView[]): CrosswalkMatrixView => {
  const coverage = gcmObjectives.map((objective) => ({
    number: objective.number,
    title: objective.title,
    linkedStrategyObjectiveCount: new Set(
      links.filter((link) => link.target.kind === 'gcm_objective' && link.target.reference === String(objective.number)).map((link) => link.strategyObjectiveId),
    ).size,
  }));
  return {
    networkId: strategy.networkId,
    rows: strategy.goals.flatMap((goal) =>
      goal.objectives.map((objective) => ({
        goalId: goal.id,
        goalTitle: goal.title,
        strategyObjectiveId: objective.id,
        strategyObjectiveTitle: objective.title,
        isPlaceholder: objective.isPlaceholder,
        links: links.filter((link) => link.strategyObjectiveId === objective.id),
      })),
    ),
    gcmCoverage: coverage,
    unlinkedGcmObjectives: coverage.filter((row) => row.linkedStrategyObjectiveCount === 0).map(({ number, title }) => ({ number, title })),
  };
};
