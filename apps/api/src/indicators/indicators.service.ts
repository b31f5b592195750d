import {
  checkIndicatorBaseline,
  checkIndicatorTargets,
  DomainError,
  indicatorBaselineInputSchema,
  type IndicatorBaselineInput,
  type IndicatorBaselineUpdateInput,
  type IndicatorBaselineView,
  type IndicatorInput,
  type IndicatorTargetsInput,
  type IndicatorUpdateInput,
  type IndicatorView,
  type ValidationIssue,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../common/sql.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { IndicatorBaselineEntity, IndicatorEntity } from './indicator.entities.js';
import { toIndicatorAuditRecord, toIndicatorBaselineAuditRecord, toIndicatorBaselineView, toIndicatorView } from './indicators.mapper.js';

const notFound = (what: string, id: string): DomainError => new DomainError('not_found', `No ${what} with id ${id}`);

const staleVersion = (what: string, sent: number, current?: number): DomainError =>
  new DomainError(
    'precondition_failed',
    current === undefined
      ? `The ${what} was changed by someone else since version ${sent}; reload it and try again`
      : `The ${what} was changed by someone else (you sent version ${sent}, it is at ${current}); reload it and try again`,
  );

const duplicateCode = (): DomainError => new DomainError('conflict', 'Your network already has an indicator with this code');

const refuse = (issues: ValidationIssue[], what: string): void => {
  if (issues.length > 0) throw new DomainError('validation_failed', `The ${what} does not meet its indicator's rules`, issues);
};

/** A baseline's columns from its input: for one recorded by hand and for each row of an import alike. */
export const baselineColumns = (input: IndicatorBaselineInput) => ({
  isDataGap: input.isDataGap ?? false,
  gapReason: input.isDataGap ? (input.gapReason ?? null) : null,
  value: input.value ?? null,
  narrative: input.narrative || null,
  referenceYear: input.referenceYear,
  referenceDate: input.referenceDate ?? null,
  disaggregation: input.disaggregation ?? [],
  total: input.total ?? null,
  area: input.area || null,
  sourceProvider: input.source?.provider ?? null,
  sourceDataset: input.source?.dataset || null,
  sourceLink: input.source?.link || null,
  method: input.method || null,
  natureOfData: input.natureOfData ?? null,
  confidence: input.confidence ?? null,
  notes: input.notes || null,
});

const toBaselineInput = (baseline: IndicatorBaselineEntity): IndicatorBaselineInput => ({
  isDataGap: baseline.isDataGap,
  gapReason: baseline.gapReason,
  value: baseline.value,
  narrative: baseline.narrative,
  referenceYear: baseline.referenceYear,
  referenceDate: baseline.referenceDate,
  disaggregation: baseline.disaggregation,
  total: baseline.total,
  area: baseline.area,
  source: baseline.sourceProvider === null ? null : { provider: baseline.sourceProvider, dataset: baseline.sourceDataset, link: baseline.sourceLink },
  method: baseline.method,
  natureOfData: baseline.natureOfData,
  confidence: baseline.confidence,
  notes: baseline.notes,
});

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async listIndicators(networkId: string): Promise<IndicatorView[]> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(CountryNetworkEntity, { id: networkId }))) throw notFound('network', networkId);
    return (await manager.find(IndicatorEntity, { where: { networkId }, order: { code: 'ASC' } })).map(toIndicatorView);
  }

  async getIndicator(id: string): Promise<IndicatorView> {
    const indicator = await this.dataSource.manager.findOneBy(IndicatorEntity, { id });
    if (!indicator) throw notFound('indicator', id);
    return toIndicatorView(indicator);
  }

  async createIndicator(actor: Actor, networkId: string, input: IndicatorInput, idempotency: IdempotencyRequest | undefined): Promise<IndicatorView> {
    try {
      return await this.idempotency.run(actor.user.id, idempotency, { networkId, input }, 201, async (manager) => {
        if (networkId !== actor.user.networkId || !(await manager.existsBy(CountryNetworkEntity, { id: networkId }))) throw notFound('network', networkId);
        if (await manager.existsBy(IndicatorEntity, { networkId, code: input.code })) throw duplicateCode();
        const indicator = await manager.save(manager.create(IndicatorEntity, { networkId, ...input, gcmPrincipleNumbers: input.gcmPrincipleNumbers ?? [], unit: input.unit || null, custodian: input.custodian || null, frequency: input.frequency || null, targets: [] }));
        await this.audit.record(manager, { actor, networkId, entityType: 'indicator', entityId: indicator.id, action: 'create', before: null, after: toIndicatorAuditRecord(indicator) });
        return toIndicatorView(indicator);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_indicator_network_code')) throw duplicateCode();
      throw error;
    }
  }

  async updateIndicator(actor: Actor, id: string, version: number, input: IndicatorUpdateInput): Promise<IndicatorView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const before = await this.loadIndicatorForWrite(manager, actor, id, version);
        if (input.disaggregationDimensions) {
          const [row] = await manager.query(
            `SELECT d->>'dimension' AS dimension FROM indicator_baseline b CROSS JOIN LATERAL jsonb_array_elements(b.disaggregation) d
              WHERE b.indicator_id = $1 AND NOT (d->>'dimension' = ANY($2::text[])) LIMIT 1`,
            [id, input.disaggregationDimensions],
          );
          if (row) refuse([{ path: 'disaggregationDimensions', message: `must keep ${row.dimension}: a baseline is disaggregated by it` }], 'indicator');
        }
        if (input.code !== undefined && input.code !== before.code && (await manager.existsBy(IndicatorEntity, { networkId: before.networkId, code: input.code }))) throw duplicateCode();
        const columns = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined).map(([key, value]) => [key, value === '' ? null : value]));
        await this.updateVersioned(manager, IndicatorEntity, 'indicator', id, version, columns);
        const after = await manager.findOneByOrFail(IndicatorEntity, { id });
        await this.audit.record(manager, { actor, networkId: before.networkId, entityType: 'indicator', entityId: id, action: 'update', before: toIndicatorAuditRecord(before), after: toIndicatorAuditRecord(after) });
        return toIndicatorView(after);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_indicator_network_code')) throw duplicateCode();
      throw error;
    }
  }

  /** Deletes the indicator with its baselines. */
  async deleteIndicator(actor: Actor, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadIndicatorForWrite(manager, actor, id, version);
      const result = await manager.createQueryBuilder().delete().from(IndicatorEntity).where('id = :id AND version = :version', { id, version }).execute();
      if (result.affected !== 1) throw staleVersion('indicator', version);
      await this.audit.record(manager, { actor, networkId: before.networkId, entityType: 'indicator', entityId: id, action: 'delete', before: toIndicatorAuditRecord(before), after: null });
    });
  }

  async replaceTargets(actor: Actor, id: string, version: number, input: IndicatorTargetsInput): Promise<IndicatorView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadIndicatorForWrite(manager, actor, id, version);
      refuse(checkIndicatorTargets(before, input.targets), 'target list');
      const targets = [...input.targets].sort((a, b) => a.year - b.year);
      await this.updateVersioned(manager, IndicatorEntity, 'indicator', id, version, { targets });
      const after = await manager.findOneByOrFail(IndicatorEntity, { id });
      await this.audit.record(manager, { actor, networkId: before.networkId, entityType: 'indicator', entityId: id, action: 'update', before: toIndicatorAuditRecord(before), after: toIndicatorAuditRecord(after) });
      return toIndicatorView(after);
    });
  }

  async listBaselines(indicatorId: string): Promise<IndicatorBaselineView[]> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(IndicatorEntity, { id: indicatorId }))) throw notFound('indicator', indicatorId);
    const baselines = await manager.find(IndicatorBaselineEntity, { where: { indicatorId }, relations: { recordedBy: true }, order: { referenceYear: 'DESC', createdAt: 'ASC' } });
    return baselines.map(toIndicatorBaselineView);
  }

  async createBaseline(actor: Actor, indicatorId: string, input: IndicatorBaselineInput, idempotency: IdempotencyRequest | undefined): Promise<IndicatorBaselineView> {
    return this.idempotency.run(actor.user.id, idempotency, { indicatorId, input }, 201, async (manager) => {
      const indicator = await manager.findOneBy(IndicatorEntity, { id: indicatorId });
      if (!indicator || indicator.networkId !== actor.user.networkId) throw notFound('indicator', indicatorId);
      refuse(checkIndicatorBaseline(indicator, input), 'baseline');
      const created = await manager.save(manager.create(IndicatorBaselineEntity, { indicatorId, ...baselineColumns(input), recordedByUserId: actor.user.id }));
      const after = await manager.findOneOrFail(IndicatorBaselineEntity, { where: { id: created.id }, relations: { recordedBy: true } });
      await this.audit.record(manager, { actor, networkId: indicator.networkId, entityType: 'indicator_baseline', entityId: created.id, action: 'create', before: null, after: toIndicatorBaselineAuditRecord(after) });
      return toIndicatorBaselineView(after);
    });
  }

  /** Applies the change to the current baseline and checks the whole against the indicator's rules again. */
  async updateBaseline(actor: Actor, id: string, version: number, input: IndicatorBaselineUpdateInput): Promise<IndicatorBaselineView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadBaselineForWrite(manager, actor, id, version);
      const merged = { ...toBaselineInput(before), ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) };
      const parsed = indicatorBaselineInputSchema.safeParse(merged);
      if (!parsed.success) refuse(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })), 'baseline');
      refuse(checkIndicatorBaseline(before.indicator, parsed.data as IndicatorBaselineInput), 'baseline');
      await this.updateVersioned(manager, IndicatorBaselineEntity, 'baseline', id, version, baselineColumns(parsed.data as IndicatorBaselineInput));
      const after = await manager.findOneOrFail(IndicatorBaselineEntity, { where: { id }, relations: { recordedBy: true } });
      await this.audit.record(manager, {
        actor,
        networkId: before.indicator.networkId,
        entityType: 'indicator_baseline',
        entityId: id,
        action: 'update',
        before: toIndicatorBaselineAuditRecord(before),
        after: toIndicatorBaselineAuditRecord(after),
      });
      return toIndicatorBaselineView(after);
    });
  }

  async deleteBaseline(actor: Actor, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadBaselineForWrite(manager, actor, id, version);
      const result = await manager.createQueryBuilder().delete().from(IndicatorBaselineEntity).where('id = :id AND version = :version', { id, version }).execute();
      if (result.affected !== 1) throw staleVersion('baseline', version);
      await this.audit.record(manager, {
        actor,
        networkId: before.indicator.networkId,
        entityType: 'indicator_baseline',
        entityId: id,
        action: 'delete',
        before: toIndicatorBaselineAuditRecord(before),
        after: null,
      });
    });
  }

  private async updateVersioned(manager: EntityManager, entity: typeof IndicatorEntity | typeof IndicatorBaselineEntity, what: string, id: string, version: number, columns: Record<string, unknown>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...columns, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion(what, version);
  }

  private async loadIndicatorForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<IndicatorEntity> {
    const indicator = await manager.findOneBy(IndicatorEntity, { id });
    if (!indicator || indicator.networkId !== actor.user.networkId) throw notFound('indicator', id);
    if (indicator.version !== version) throw staleVersion('indicator', version, indicator.version);
    return indicator;
  }

  private async loadBaselineForWrite(manager: EntityManager, actor: Actor, id: string, version: number): Promise<IndicatorBaselineEntity> {
    const baseline = await manager.findOne(IndicatorBaselineEntity, { where: { id }, relations: { indicator: true, recordedBy: true } });
    if (!baseline || baseline.indicator.networkId !== actor.user.networkId) throw notFound('baseline', id);
    if (baseline.version !== version) throw staleVersion('baseline', version, baseline.version);
    return baseline;
  }
}
