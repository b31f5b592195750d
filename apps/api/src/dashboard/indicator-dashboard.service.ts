import {
  dataConfidences,
  dataNatures,
  DomainError,
  type BaselineQuality,
  type CoverageCounts,
  type DataConfidence,
  type DataGapGroup,
  type DataNature,
  type GcmObjectiveDrillDownView,
  type IndicatorDashboardView,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { ReadinessReviewEntity } from '../readiness/readiness-review.entity.js';
import {
  dashboardSql,
  dataGapRegisterSql,
  objectiveDrillDownSql,
  type CompletenessRow,
  type CoverageCountsRow,
  type DashboardRow,
  type DataGapGroupRow,
  type DataGapRegisterRow,
  type ObjectiveDrillDownRow,
  type ObjectiveIndicatorRow,
} from './indicator-dashboard.queries.js';

/** A baseline whose reference year is more than this many years before the current year counts as outdated. */
const outdatedAfterYears = 5;

const networkNotFound = (networkId: string) => new DomainError('not_found', `No network with id ${networkId}`);

const toCoverageCounts = (row: CoverageCountsRow): CoverageCounts => ({
  linkedIndicatorCount: row.linked_indicator_count,
  withBaselineCount: row.with_baseline_count,
  withGapCount: row.with_gap_count,
  withNeitherCount: row.with_neither_count,
});

/** The database lists only the values that occur; the view lists every value in the domain's order, then "not stated". */
const withEveryValue = <Value extends string>(values: readonly Value[], counted: { value: string | null; count: number }[] | null): { value: Value | null; count: number }[] =>
  [...values, null].map((value) => ({ value, count: counted?.find((entry) => entry.value === value)?.count ?? 0 }));

const toQuality = (row: CompletenessRow, outdatedBeforeYear: number): BaselineQuality => ({
  baselineCount: row.with_baseline_count,
  missingSourceCount: row.missing_source_count,
  missingMethodCount: row.missing_method_count,
  missingNatureOfDataCount: row.missing_nature_of_data_count,
  missingConfidenceCount: row.missing_confidence_count,
  byConfidence: withEveryValue(dataConfidences, row.by_confidence).map(({ value, count }) => ({ confidence: value, count })),
  byNatureOfData: withEveryValue(dataNatures, row.by_nature_of_data).map(({ value, count }) => ({ natureOfData: value, count })),
  outdatedBeforeYear,
  outdatedCount: row.outdated_count,
});

const toDataGapGroup = (group: DataGapGroupRow): DataGapGroup => ({
  objective: group.number === null ? null : { number: group.number, title: group.title ?? '' },
  gaps: group.gaps,
});

type DrillDownIndicator = GcmObjectiveDrillDownView['indicators'][number];

const toDrillDownIndicator = (row: ObjectiveIndicatorRow): DrillDownIndicator => ({
  id: row.id,
  code: row.code,
  name: row.name,
  measure: row.measure as DrillDownIndicator['measure'],
  unit: row.unit,
  standing: row.standing,
  baseline:
    row.baseline_id === null
      ? null
      : {
          id: row.baseline_id,
          isDataGap: row.is_data_gap === true,
          gapReason: row.gap_reason,
          value: row.value,
          narrative: row.narrative,
          referenceYear: row.reference_year as number,
          sourceProvider: row.source_provider,
          natureOfData: row.nature_of_data as DataNature | null,
          confidence: row.confidence as DataConfidence | null,
        },
  baselineRecordCount: row.baseline_record_count,
  targets: row.targets,
});

/**
 * The indicator-baseline dashboard. Every figure is an aggregate the database computes (GROUP BY, COUNT … FILTER,
 * json_agg) and only the aggregates travel: a network can hold tens of thousands of baselines, among a million of all
 * networks, and loading them into JavaScript to count would cost memory and time in proportion to them, where the
 * database answers from its indexes in one pass. Each answer is one SQL statement, so all its figures describe the
 * same snapshot; this service only renames the columns.
 */
@Injectable()
export class IndicatorDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async getDashboard(networkId: string): Promise<IndicatorDashboardView> {
    const currentYear = await this.getCurrentYear(networkId);
    const outdatedBeforeYear = currentYear - outdatedAfterYears;
    const [row] = (await this.dataSource.query(dashboardSql, [networkId, outdatedBeforeYear])) as [DashboardRow];
    if (!row.network_exists) throw networkNotFound(networkId);
    const { completeness } = row;
    return {
      networkId,
      currentYear,
      completeness: {
        indicatorCount: completeness.indicator_count,
        withBaselineCount: completeness.with_baseline_count,
        withGapCount: completeness.with_gap_count,
        withNeitherCount: completeness.with_neither_count,
        baselineOrGapShare: completeness.baseline_or_gap_share,
        baselineRecordCount: completeness.baseline_record_count,
        gapRecordCount: completeness.gap_record_count,
      },
      quality: toQuality(completeness, outdatedBeforeYear),
      gcmObjectives: row.gcm_objectives.map((objective) => ({
        number: objective.number,
        title: objective.title,
        crosswalkLinkCount: objective.crosswalk_link_count,
        ...toCoverageCounts(objective),
      })),
      sdgTargets: row.sdg_targets.map((target) => ({ code: target.code, crosswalkLinkCount: target.crosswalk_link_count, ...toCoverageCounts(target) })),
      strategyGoals: row.strategy_goals.map((goal) => ({
        goalId: goal.id,
        position: goal.position,
        title: goal.title,
        isPlaceholder: goal.is_placeholder,
        linkedGcmObjectiveCount: goal.linked_gcm_objective_count,
        ...toCoverageCounts(goal),
      })),
      dataGapRegister: row.data_gap_register.map(toDataGapGroup),
    };
  }

  /**
   * The year as it is where the network works, so the outdated cut-off moves at its midnight on 1 January. The only
   * time zone kept for a network is its readiness review's; a network without a review counts in UTC.
   */
  private async getCurrentYear(networkId: string): Promise<number> {
    const review = await this.dataSource.manager.findOne(ReadinessReviewEntity, { where: { networkId }, select: { timeZone: true } });
    return DateTime.fromJSDate(this.clock.now(), { zone: review?.timeZone ?? 'UTC' }).year;
  }

  /** The dashboard's data-gap register alone, as it stands now. */
  async getDataGapRegister(networkId: string): Promise<DataGapGroup[]> {
    const [row] = (await this.dataSource.query(dataGapRegisterSql, [networkId])) as [DataGapRegisterRow];
    if (!row.network_exists) throw networkNotFound(networkId);
    return row.data_gap_register.map(toDataGapGroup);
  }

  async getObjective(networkId: string, objectiveNumber: number): Promise<GcmObjectiveDrillDownView> {
    const [row] = (await this.dataSource.query(objectiveDrillDownSql, [networkId, objectiveNumber])) as [ObjectiveDrillDownRow];
    if (!row.network_exists) throw networkNotFound(networkId);
    if (!row.objective) throw new DomainError('not_found', `No GCM objective ${objectiveNumber}`);
    return {
      networkId,
      objective: row.objective,
      counts: toCoverageCounts(row.counts),
      indicators: row.indicators.map(toDrillDownIndicator),
      strategyLinks: row.strategy_links.map((link) => ({
        linkId: link.link_id,
        strategyObjectiveId: link.strategy_objective_id,
        strategyObjectiveTitle: link.strategy_objective_title,
        goalTitle: link.goal_title,
        fit: link.fit as GcmObjectiveDrillDownView['strategyLinks'][number]['fit'],
      })),
    };
  }
}
