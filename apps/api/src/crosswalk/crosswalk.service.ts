import {
  DomainError,
  georgiaStrategyName,
  toCrosswalkTargetKey,
  type CrosswalkLinkInput,
  type CrosswalkLinkUpdateInput,
  type CrosswalkLinkView,
  type CrosswalkMatrixView,
  type GcmFrameworkView,
  type SdgFrameworkView,
  type StrategyGoalInput,
  type StrategyGoalView,
  type StrategyObjectiveInput,
  type StrategyObjectiveView,
  type StrategyView,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../common/sql.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { CrosswalkLinkEntity } from './crosswalk-link.entity.js';
import { toCrosswalkLinkAuditRecord, toCrosswalkLinkView, toStrategyAuditRecord, toStrategyGoalView, toStrategyObjectiveView } from './crosswalk.mapper.js';
import { GcmGuidingPrincipleEntity, GcmObjectiveEntity, SdgIndicatorEntity, SdgTargetEntity } from './reference-framework.entities.js';
import { StrategyGoalEntity, StrategyObjectiveEntity } from './strategy.entities.js';

const notFound = (what: string, id: string): DomainError => new DomainError('not_found', `No ${what} with id ${id}`);

const staleVersion = (what: string, sent: number, current: number | undefined): DomainError =>
  new DomainError(
    'precondition_failed',
    current === undefined
      ? `The ${what} was changed by someone else since version ${sent}; reload it and try again`
      : `The ${what} was changed by someone else (you sent version ${sent}, it is at ${current}); reload it and try again`,
  );

const duplicateLink = (): DomainError => new DomainError('conflict', 'This strategy objective is already linked to that target; change the existing link instead');

const linkRelations = { gcmObjective: true, sdgTarget: true, sdgIndicator: true, strategyObjective: { goal: true } } as const;

type Versioned = { id: string; version: number };

@Injectable()
export class CrosswalkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async getGcm(): Promise<GcmFrameworkView> {
    const manager = this.dataSource.manager;
    const [objectives, principles] = await Promise.all([
      manager.find(GcmObjectiveEntity, { order: { number: 'ASC' } }),
      manager.find(GcmGuidingPrincipleEntity, { order: { position: 'ASC' } }),
    ]);
    return {
      objectives: objectives.map(({ number, title, source }) => ({ number, title, source })),
      principles: principles.map(({ position, name, source }) => ({ position, name, source })),
    };
  }

  async getSdg(): Promise<SdgFrameworkView> {
    const manager = this.dataSource.manager;
    const [targets, indicators] = await Promise.all([manager.find(SdgTargetEntity), manager.find(SdgIndicatorEntity)]);
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true });
    return {
      targets: targets.sort(byCode).map((target) => ({
        code: target.code,
        wording: target.wording,
        wordingNote: target.wordingNote,
        indicators: indicators
          .filter((indicator) => indicator.targetCode === target.code)
          .sort(byCode)
          .map(({ code, targetCode, wording, custodian, wordingNote, isWordingVerified, source }) => ({
            code,
            targetCode,
            wording,
            custodian,
            wordingNote,
            isWordingVerified,
            hasChangedWording: wordingNote !== null,
            source,
          })),
      })),
    };
  }

  async getStrategy(networkId: string): Promise<StrategyView> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(CountryNetworkEntity, { id: networkId }))) throw notFound('network', networkId);
    const goals = await manager.find(StrategyGoalEntity, { where: { networkId }, relations: { objectives: true }, order: { position: 'ASC' } });
    return { networkId, name: georgiaStrategyName, goals: goals.map((goal) => toStrategyGoalView(goal, goal.objectives)) };
  }

  async createGoal(actor: Actor, networkId: string, input: StrategyGoalInput, idempotency: IdempotencyRequest | undefined): Promise<StrategyGoalView> {
    return this.idempotency.run(actor.user.id, idempotency, { networkId, input }, 201, async (manager) => {
      if (networkId !== actor.user.networkId || !(await manager.existsBy(CountryNetworkEntity, { id: networkId }))) throw notFound('network', networkId);
      const position = await this.nextPosition(manager, 'strategy_goal', 'network_id', networkId);
      const goal = await manager.save(manager.create(StrategyGoalEntity, { networkId, position, title: input.title, isPlaceholder: false }));
      await this.audit.record(manager, { actor, networkId, entityType: 'strategy_goal', entityId: goal.id, action: 'create', before: null, after: toStrategyAuditRecord(goal) });
      return toStrategyGoalView(goal, []);
    });
  }

  async renameGoal(actor: Actor, id: string, version: number, input: StrategyGoalInput): Promise<StrategyGoalView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadGoalForWrite(manager, actor, id, version);
      await this.updateVersioned(manager, StrategyGoalEntity, 'strategy goal', { id, version }, { title: input.title, isPlaceholder: false });
      const after = await manager.findOneOrFail(StrategyGoalEntity, { where: { id }, relations: { objectives: true } });
      await this.audit.record(manager, {
        actor,
        networkId: before.networkId,
        entityType: 'strategy_goal',
        entityId: id,
        action: 'update',
        before: toStrategyAuditRecord(before),
        after: toStrategyAuditRecord(after),
      });
      return toStrategyGoalView(after, after.objectives);
    });
  }

  /** Deletes the goal with its objectives and their links. */
  async deleteGoal(actor: Actor, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadGoalForWrite(manager, actor, id, version);
      await this.deleteVersioned(manager, StrategyGoalEntity, 'strategy goal', { id, version });
      await this.audit.record(manager, { actor, networkId: before.networkId, entityType: 'strategy_goal', entityId: id, action: 'delete', before: toStrategyAuditRecord(before), after: null });
    });
  }

  async createObjective(actor: Actor, goalId: string, input: StrategyObjectiveInput, idempotency: IdempotencyRequest | undefined): Promise<StrategyObjectiveView> {
    return this.idempotency.run(actor.user.id, idempotency, { goalId, input }, 201, async (manager) => {
      const goal = await manager.findOneBy(StrategyGoalEntity, { id: goalId });
      if (!goal || goal.networkId !== actor.user.networkId) throw notFound('strategy goal', goalId);
      const position = await this.nextPosition(manager, 'strategy_objective', 'goal_id', goalId);
      const objective = await manager.save(manager.create(StrategyObjectiveEntity, { goalId, position, title: input.title, isPlaceholder: false }));
      await this.audit.record(manager, {
        actor,
        networkId: goal.networkId,
        entityType: 'strategy_objective',
        entityId: objective.id,
        action: 'create',
        before: null,
        after: toStrategyAuditRecord(objective),
      });
      return toStrategyObjectiveView(objective);
    });
  }

  async renameObjective(actor: Actor, id: string, version: number, input: StrategyObjectiveInput): Promise<StrategyObjectiveView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadObjectiveForWrite(manager, actor, id, version);
      await this.updateVersioned(manager, StrategyObjectiveEntity, 'strategy objective', { id, version }, { title: input.title, isPlaceholder: false });
      const after = await manager.findOneByOrFail(StrategyObjectiveEntity, { id });
      await this.audit.record(manager, {
        actor,
        networkId: before.goal.networkId,
        entityType: 'strategy_objective',
        entityId: id,
        action: 'update',
        before: toStrategyAuditRecord(before),
        after: toStrategyAuditRecord(after),
      });
      return toStrategyObjectiveView(after);
    });
  }

  async deleteObjective(actor: Actor, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadObjectiveForWrite(manager, actor, id, version);
      await this.deleteVersioned(manager, StrategyObjectiveEntity, 'strategy objective', { id, version });
      await this.audit.record(manager, {
        actor,
        networkId: before.goal.networkId,
        entityType: 'strategy_objective',
        entityId: id,
        action: 'delete',
        before: toStrategyAuditRecord(before),
        after: null,
      });
    });
  }

  async createLink(actor: Actor, input: CrosswalkLinkInput, idempotency: IdempotencyRequest | undefined): Promise<CrosswalkLinkView> {
    try {
      return await this.idempotency.run(actor.user.id, idempotency, input, 201, async (manager) => {
        const objective = await manager.findOne(StrategyObjectiveEntity, { where: { id: input.strategyObjectiveId }, relations: { goal: true } });
        if (!objective || objective.goal.networkId !== actor.user.networkId) {
          throw new DomainError('validation_failed', 'The strategy objective is not one of your network', [{ path: 'strategyObjectiveId', message: 'is not a strategy objective of your network' }]);
        }
        const targetKey = toCrosswalkTargetKey(input.target);
        if (await manager.existsBy(CrosswalkLinkEntity, { strategyObjectiveId: objective.id, targetKey })) throw duplicateLink();
        const { target } = input;
        const created = await manager.save(
          manager.create(CrosswalkLinkEntity, {
            strategyObjectiveId: objective.id,
            targetKind: target.kind,
            targetKey,
            gcmObjectiveNumber: target.kind === 'gcm_objective' ? target.number : null,
            sdgTargetCode: target.kind === 'sdg_target' ? target.code : null,
            sdgIndicatorCode: target.kind === 'sdg_indicator' ? target.code : null,
            fit: input.fit,
            rationale: input.rationale,
          }),
        );
        const after = await manager.findOneOrFail(CrosswalkLinkEntity, { where: { id: created.id }, relations: linkRelations });
        await this.audit.record(manager, {
          actor,
          networkId: objective.goal.networkId,
          entityType: 'crosswalk_link',
          entityId: created.id,
          action: 'create',
          before: null,
          after: toCrosswalkLinkAuditRecord(after),
        });
        return toCrosswalkLinkView(after);
      });
    } catch (error) {
      // Two identical links at once: the unique key lets one in.
      if (isUniqueViolation(error, 'UQ_crosswalk_link_target')) throw duplicateLink();
      throw error;
    }
  }

  async updateLink(actor: Actor, id: string, version: number, input: CrosswalkLinkUpdateInput): Promise<CrosswalkLinkView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadLinkForWrite(manager, actor, id, version);
      await this.updateVersioned(manager, CrosswalkLinkEntity, 'crosswalk link', { id, version }, {
        ...(input.fit === undefined ? {} : { fit: input.fit }),
        ...(input.rationale === undefined ? {} : { rationale: input.rationale }),
      });
      const after = await manager.findOneOrFail(CrosswalkLinkEntity, { where: { id }, relations: linkRelations });
      await this.audit.record(manager, {
        actor,
        networkId: before.strategyObjective.goal.networkId,
        entityType: 'crosswalk_link',
        entityId: id,
        action: 'update',
        before: toCrosswalkLinkAuditRecord(before),
        after: toCrosswalkLinkAuditRecord(after),
      });
      return toCrosswalkLinkView(after);
    });
  }

  async deleteLink(actor: Actor, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadLinkForWrite(manager, actor, id, version);
      await this.deleteVersioned(manager, CrosswalkLinkEntity, 'crosswalk link', { id, version });
      await this.audit.record(manager, {
        actor,
        networkId: before.strategyObjective.goal.networkId,
        entityType: 'crosswalk_link',
        entityId: id,
        action: 'delete',
        before: toCrosswalkLinkAuditRecord(before),
        after: null,
      });
    });
  }

  /** The matrix: each strategy objective with its links; coverage per GCM objective is counted by the database. */
  async getMatrix(networkId: string): Promise<CrosswalkMatrixView> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(CountryNetworkEntity, { id: networkId }))) throw notFound('network', networkId);
    const goals = await manager.find(StrategyGoalEntity, { where: { networkId }, relations: { objectives: true }, order: { position: 'ASC' } });
    const objectives = goals.flatMap((goal) => [...goal.objectives].sort((a, b) => a.position - b.position).map((objective) => ({ goal, objective })));
    const links = objectives.length === 0
      ? []
      : await manager.find(CrosswalkLinkEntity, {
          where: { strategyObjectiveId: In(objectives.map(({ objective }) => objective.id)) },
          relations: { gcmObjective: true, sdgTarget: true, sdgIndicator: true },
          order: { targetKind: 'ASC', gcmObjectiveNumber: 'ASC', targetKey: 'ASC' },
        });
    const coverage: { number: number; title: string; count: string }[] = await manager.query(
      `SELECT g.number, g.title, COUNT(DISTINCT o.id) AS count
         FROM gcm_objective g
         LEFT JOIN crosswalk_link l ON l.gcm_objective_number = g.number
         LEFT JOIN strategy_objective o ON o.id = l.strategy_objective_id
              AND EXISTS (SELECT 1 FROM strategy_goal sg WHERE sg.id = o.goal_id AND sg.network_id = $1)
        GROUP BY g.number, g.title
        ORDER BY g.number`,
      [networkId],
    );
    const gcmCoverage = coverage.map((row) => ({ number: row.number, title: row.title, linkedStrategyObjectiveCount: Number(row.count) }));
    return {
      networkId,
      rows: objectives.map(({ goal, objective }) => ({
        goalId: goal.id,
        goalTitle: goal.title,
        strategyObjectiveId: objective.id,
        strategyObjectiveTitle: objective.title,
        isPlaceholder: objective.isPlaceholder,
        links: links.filter((link) => link.strategyObjectiveId === objective.id).map(toCrosswalkLinkView),
      })),
      gcmCoverage,
      unlinkedGcmObjectives: gcmCoverage.filter((row) => row.linkedStrategyObjectiveCount === 0).map(({ number, title }) => ({ number, title })),
    };
  }

  private async nextPosition(manager: EntityManager, table: 'strategy_goal' | 'strategy_objective', column: 'network_id' | 'goal_id', parentId: string): Promise<number> {
    const [row] = await manager.query(`SELECT COALESCE(MAX(position), 0) + 1 AS next FROM ${table} WHERE ${column} = $1`, [parentId]);
    return Number(row.next);
  }

  private async updateVersioned<Entity extends Versioned>(
    manager: EntityManager,
    entity: new () => Entity,
    what: string,
    { id, version }: Versioned,
    columns: Record<string, unknown>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...columns, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion(what, version, undefined);
  }

  private async deleteVersioned<Entity extends Versioned>(manager: EntityManager, entity: new () => Entity, what: string, { id, version }: Versioned): Promise<void> {
    const result = await manager.createQueryBuilder().delete().from(entity).where('id = :id AND version = :version', { id, version }).execute();
    if (result.affected !== 1) throw staleVersion(what, version, undefined);
  }

  private async loadGoalForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<StrategyGoalEntity> {
    const goal = await manager.findOneBy(StrategyGoalEntity, { id });
    if (!goal || goal.networkId !== actor.user.networkId) throw notFound('strategy goal', id);
    if (goal.version !== version) throw staleVersion('strategy goal', version, goal.version);
    return goal;
  }

  private async loadObjectiveForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<StrategyObjectiveEntity> {
    const objective = await manager.findOne(StrategyObjectiveEntity, { where: { id }, relations: { goal: true } });
    if (!objective || objective.goal.networkId !== actor.user.networkId) throw notFound('strategy objective', id);
    if (objective.version !== version) throw staleVersion('strategy objective', version, objective.version);
    return objective;
  }

  private async loadLinkForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<CrosswalkLinkEntity> {
    const link = await manager.findOne(CrosswalkLinkEntity, { where: { id }, relations: linkRelations });
    if (!link || link.strategyObjective.goal.networkId !== actor.user.networkId) throw notFound('crosswalk link', id);
    if (link.version !== version) throw staleVersion('crosswalk link', version, link.version);
    return link;
  }
}
