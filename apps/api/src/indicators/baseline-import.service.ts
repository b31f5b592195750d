import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  capBaselineImportProblems,
  checkBaselineImportRow,
  DomainError,
  findRepeatedBaselineRows,
  isBlankBaselineImportRow,
  isQuantitativeMeasure,
  readBaselineImportHeader,
  toBaselineImportCells,
  toExistingBaselineProblem,
  type BaselineImportView,
  type CheckedBaselineRow,
  type FieldProblem,
  type IndicatorBaselineInput,
  type IndicatorMeasure,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../access/actor.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { Clock } from '../common/clock.js';
import type { FileDownload } from '../common/file-download.js';
import type { IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IdempotencyService } from '../concurrency/idempotency.service.js';
import { getBaselineFileTable } from '../exports/indicator-tables.js';
import { renderTable, writeCsv } from '../exports/table-file.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import type { BaselineFile } from './baseline-file-body.js';
import { readBaselineFile, type BaselineSheet } from './baseline-file-reader.js';
import { ignoreImportProgress, mapWithProgress, type ReportImportProgress } from './baseline-import-progress.js';
import { BaselineImportRefusal, refuseFile } from './baseline-import-refusal.js';
import { streamImportProgress } from './baseline-import-stream.js';
import { IndicatorBaselineEntity, IndicatorEntity } from './indicator.entities.js';
import { toIndicatorBaselineAuditRecord } from './indicators.mapper.js';
import { baselineColumns } from './indicators.service.js';

/** Rows per INSERT: about 20,000 bind parameters, well under PostgreSQL's 65,535. */
const insertBatchSize = 1_000;

type ImportOptions = { dryRun: boolean; idempotency: IdempotencyRequest | undefined };

type ReadyRow = { row: number; indicator: IndicatorEntity; input: IndicatorBaselineInput };

/** The advisory lock an import into the network holds until its transaction ends. */
export const toImportLockName = (networkId: string): string => `baseline-import:${networkId}`;

const notFound = (networkId: string) => new DomainError('not_found', `No network with id ${networkId}`);

const refuseProblems = (problems: FieldProblem[], rowCount: number): BaselineImportRefusal => {
  const rows = new Set(problems.map((problem) => problem.path.split('.')[1])).size;
  const summary = `The file was not imported: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
  return new BaselineImportRefusal(
    rowCount === 0 ? `${summary} in its header row; nothing was written` : `${summary} in ${rows} of its ${rowCount} ${rowCount === 1 ? 'row' : 'rows'}; nothing was written`,
    capBaselineImportProblems(problems),
  );
};

const toView = (dryRun: boolean, rows: readonly ReadyRow[]): BaselineImportView => ({
  dryRun,
  rowCount: rows.length,
  created: dryRun ? 0 : rows.length,
  rows: rows.map(({ row, indicator, input }) => ({
    row,
    indicatorCode: indicator.code,
    referenceYear: input.referenceYear,
    isDataGap: input.isDataGap ?? false,
    value: input.value ?? null,
    narrative: input.narrative ?? null,
    area: input.area ?? null,
  })),
});

const splitIntoBatches = <Item>(items: readonly Item[], size: number): Item[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

const exampleValues: Record<IndicatorMeasure, number> = { number: 1250, percentage: 42.5, ratio: 0.85, ordinal_policy_score: 3, qualitative: 0 };

/** A baseline the template's example row can show for the indicator, one its rules accept. */
const toExampleBaseline = (indicator: IndicatorEntity): IndicatorBaselineInput => {
  const source = { provider: 'National statistics office', dataset: 'Annual survey', link: null };
  if (!isQuantitativeMeasure(indicator.measure)) {
    return { referenceYear: 2020, narrative: 'What was in place in the reference year', source, natureOfData: 'country', confidence: 'medium' };
  }
  const value = exampleValues[indicator.measure];
  const round = (number: number) => Math.round(number * 100) / 100;
  const bySex = indicator.disaggregationDimensions.includes('sex');
  return {
    referenceYear: 2020,
    referenceDate: '2020-12-31',
    value,
    ...(bySex ? { total: value, disaggregation: [{ dimension: 'sex', category: 'female', value: round(value * 1.04) }, { dimension: 'sex', category: 'male', value: round(value * 0.96) }] } : {}),
    source,
    method: 'How the value was computed',
    natureOfData: 'country',
    confidence: 'medium',
  };
};

/**
 * Baselines from a CSV or XLSX file: every row read and checked like a baseline recorded by hand, and then either
 * previewed (dry run) or recorded all together in one transaction, with one audit entry each; a single problem
 * anywhere refuses the whole file.
 */
@Injectable()
export class BaselineImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  async importFile(actor: Actor, networkId: string, file: BaselineFile, options: ImportOptions): Promise<BaselineImportView> {
    await this.assertOwnNetwork(actor, networkId);
    return this.runImport(actor, networkId, file, options, ignoreImportProgress);
  }

  /**
   * The same import, answered as NDJSON progress lines and then its result line. The network is checked first, so
   * that a wrong one is refused with 404 before any progress is sent.
   */
  async importFileWithProgress(actor: Actor, networkId: string, file: BaselineFile, options: ImportOptions): Promise<Readable> {
    await this.assertOwnNetwork(actor, networkId);
    return streamImportProgress((report) => this.runImport(actor, networkId, file, options, report));
  }

  private async runImport(actor: Actor, networkId: string, file: BaselineFile, options: ImportOptions, report: ReportImportProgress): Promise<BaselineImportView> {
    const sheet = await readBaselineFile(file, report);
    if (options.dryRun) return toView(true, await this.checkSheet(this.dataSource.manager, networkId, sheet, report));
    const fingerprint = { networkId, file: createHash('sha256').update(file.content).digest('hex') };
    return this.idempotency.run(actor.user.id, options.idempotency, fingerprint, 200, async (manager) => {
      // Two imports into one network at once would each miss the other's rows in the duplicate check.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [toImportLockName(networkId)]);
      const rows = await this.checkSheet(manager, networkId, sheet, report);
      await this.recordBaselines(manager, actor, networkId, rows, report);
      return toView(false, rows);
    });
  }

  /** The header row, and one example row for the network's first indicator when it has one. */
  async getTemplate(actor: Actor, networkId: string): Promise<FileDownload> {
    await this.assertOwnNetwork(actor, networkId);
    const [indicator] = await this.dataSource.manager.find(IndicatorEntity, { where: { networkId }, order: { code: 'ASC' }, take: 1 });
    const examples = indicator ? [{ indicatorCode: indicator.code, baseline: toExampleBaseline(indicator) }] : [];
    return { kind: 'csv', fileName: 'baselines-template.csv', disposition: 'attachment', content: writeCsv(renderTable(getBaselineFileTable(examples, 'en'))) };
  }

  private async assertOwnNetwork(actor: Actor, networkId: string): Promise<void> {
    if (networkId !== actor.user.networkId || !(await this.dataSource.manager.existsBy(CountryNetworkEntity, { id: networkId }))) throw notFound(networkId);
  }

  /** Every row checked; the rows ready to record, or a refusal listing every problem of every row. */
  private async checkSheet(manager: EntityManager, networkId: string, sheet: BaselineSheet, report: ReportImportProgress): Promise<ReadyRow[]> {
    if (isBlankBaselineImportRow(sheet.header)) throw refuseFile('The file is empty: its first row must name the columns, one baseline per row under it');
    const header = readBaselineImportHeader(sheet.header);
    if (header.problems.length > 0) throw refuseProblems(header.problems, 0);
    if (sheet.rows.length === 0) throw refuseFile('The file has no baseline rows: put one baseline per row under the header row');
    const rows = sheet.rows.map(({ row, cells }) => ({ row, ...toBaselineImportCells(row, header.columns, cells) }));
    const indicators = await this.findIndicatorsByCode(manager, networkId, rows.map(({ cells }) => String(cells.indicator_code ?? '').trim()));
    const checked = await mapWithProgress(
      rows,
      ({ row, cells, problems }) => {
        const result = checkBaselineImportRow(row, cells, indicators.get(String(cells.indicator_code ?? '').trim()));
        return { ...result, problems: [...problems, ...result.problems], input: problems.length > 0 ? null : result.input };
      },
      (done) => report('checking', done, rows.length),
    );
    const problems = [...checked.flatMap((row) => row.problems), ...findRepeatedBaselineRows(checked), ...(await this.findExistingBaselines(manager, checked, indicators))];
    const rowOf = (problem: FieldProblem) => Number(problem.path.split('.')[1]);
    if (problems.length > 0) throw refuseProblems([...problems].sort((a, b) => rowOf(a) - rowOf(b)), rows.length);
    return checked.map(({ row, indicatorCode, input }) => ({ row, indicator: indicators.get(indicatorCode as string) as IndicatorEntity, input: input as IndicatorBaselineInput }));
  }

  private async findIndicatorsByCode(manager: EntityManager, networkId: string, codes: string[]): Promise<Map<string, IndicatorEntity>> {
    const wanted = [...new Set(codes.filter((code) => code !== ''))];
    const indicators = wanted.length === 0
      ? []
      : await manager.createQueryBuilder(IndicatorEntity, 'indicator').where('indicator.network_id = :networkId AND indicator.code = ANY(:wanted)', { networkId, wanted }).getMany();
    return new Map(indicators.map((indicator) => [indicator.code, indicator]));
  }

  /** Rows giving a baseline (indicator, year, area) the database already holds: one query for the whole file. */
  private async findExistingBaselines(manager: EntityManager, rows: readonly CheckedBaselineRow[], indicators: Map<string, IndicatorEntity>): Promise<FieldProblem[]> {
    const candidates = rows.flatMap(({ row, indicatorCode, input }) => {
      const indicator = indicatorCode === null ? undefined : indicators.get(indicatorCode);
      return indicator && input ? [{ row, indicator, input }] : [];
    });
    if (candidates.length === 0) return [];
    const found: { row: number }[] = await manager.query(
      `SELECT k.row FROM unnest($1::int[], $2::uuid[], $3::int[], $4::text[]) AS k(row, indicator_id, reference_year, area)
        WHERE EXISTS (SELECT 1 FROM indicator_baseline b
                       WHERE b.indicator_id = k.indicator_id AND b.reference_year = k.reference_year AND b.area IS NOT DISTINCT FROM k.area)
        ORDER BY k.row`,
      [
        candidates.map(({ row }) => row),
        candidates.map(({ indicator }) => indicator.id),
        candidates.map(({ input }) => input.referenceYear),
        candidates.map(({ input }) => baselineColumns(input).area),
      ],
    );
    const byRow = new Map(candidates.map((candidate) => [candidate.row, candidate]));
    return found.map(({ row }) => {
      const { indicator, input } = byRow.get(row) as (typeof candidates)[number];
      return toExistingBaselineProblem(row, indicator.code, input);
    });
  }

  /** A few multi-row INSERTs instead of a round trip per row; the audit entries likewise, in the same transaction. */
  private async recordBaselines(manager: EntityManager, actor: Actor, networkId: string, rows: readonly ReadyRow[], report: ReportImportProgress): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('An import must record its baselines inside one transaction');
    const occurredAt = this.clock.now();
    let written = 0;
    await report('writing', written, rows.length);
    for (const batch of splitIntoBatches(rows, insertBatchSize)) {
      const baselines = batch.map(({ indicator, input }) => manager.create(IndicatorBaselineEntity, { indicatorId: indicator.id, ...baselineColumns(input), recordedByUserId: actor.user.id }));
      // TypeORM writes the generated id, version and timestamps back into each entity.
      await manager.insert(IndicatorBaselineEntity, baselines);
      const entries = baselines.map((baseline) =>
        manager.create(AuditEntryEntity, {
          networkId,
          actorUserId: actor.user.id,
          occurredAt,
          entityType: 'indicator_baseline',
          entityId: baseline.id,
          action: 'create',
          before: null,
          after: toIndicatorBaselineAuditRecord(baseline),
          note: null,
        }),
      );
      await manager.insert(AuditEntryEntity, entries as QueryDeepPartialEntity<AuditEntryEntity>[]);
      written += batch.length;
      // Inside the transaction: a client gone by now makes this throw, and nothing of the file is committed.
      await report('writing', written, rows.length);
    }
  }
}
