import {
  activityStatusSchema,
  deliverableStatusSchema,
  getComputedReadinessStatus,
  type ComputedReadinessFigures,
  type ComputedSource,
  type ReadinessFigures,
  type ReadinessStatus,
} from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { activityStates, baselineStates, criterionStates, crosswalkLinkStates, deliverableStates, indicatorStates, reviewStates, withStatesAt } from './as-of-states.js';
import { criterionRecordSchema, reviewRecordSchema, type CriterionRecord, type ReviewRecord } from './readiness.mapper.js';

/** A criterion as it stood at the instant, with the status and figures its data gave then. */
export type CriterionAtInstant = {
  id: string;
  record: CriterionRecord;
  status: ReadinessStatus;
  figures: ReadinessFigures;
  commentCount: number;
};

export type ReadinessSnapshot = {
  criteria: CriterionAtInstant[];
  /** Null when the review did not exist yet at the instant. */
  review: ReviewRecord | null;
};

type StateRow = { id: string; state: unknown };
type TitledStateRow = { id: string; title: string; status: string };

/** Aligned indicators: tagged with at least one GCM objective. Needs `indicator_at` and `baseline_at`. */
export const classifiedIndicatorsCte = `
  classified_indicator AS (
    SELECT i.id, i.state,
           EXISTS (SELECT 1 FROM baseline_at b WHERE b.state->>'indicatorId' = i.id::text AND NOT (b.state->>'isDataGap')::boolean) AS has_baseline,
           EXISTS (SELECT 1 FROM baseline_at b WHERE b.state->>'indicatorId' = i.id::text AND (b.state->>'isDataGap')::boolean) AS has_gap
      FROM indicator_at i
  )`;

/**
 * Reads a network's readiness at an instant: its criteria and review as the audit trail has them then, and each
 * computed criterion's figures from the data as it stood then, counted in SQL.
 */
@Injectable()
export class ReadinessSnapshotReader {
  async read(manager: EntityManager, networkId: string, instant: Date): Promise<ReadinessSnapshot> {
    // One query after another: inside a command's transaction they share one connection.
    const parameters = [networkId, instant];
    const criterionRows = await manager.query<StateRow[]>(`${withStatesAt({ criterion_at: criterionStates })} SELECT id, state FROM criterion_at`, parameters);
    const reviewRows = await manager.query<StateRow[]>(`${withStatesAt({ review_at: reviewStates })} SELECT id, state FROM review_at`, parameters);
    const commentCounts = await manager.query<{ id: string; count: number }[]>(
      `SELECT c.criterion_id AS id, count(*)::int AS count
         FROM readiness_comment c JOIN readiness_criterion r ON r.id = c.criterion_id
        WHERE r.network_id = $1 AND c.created_at <= $2
        GROUP BY c.criterion_id`,
      parameters,
    );
    const records = criterionRows
      .map((row) => ({ id: row.id, record: criterionRecordSchema.parse(row.state) }))
      .sort((a, b) => a.record.position - b.record.position || a.id.localeCompare(b.id));
    const figures = await this.readFigures(manager, parameters, records.flatMap(({ record }) => (record.source ? [record.source] : [])));
    const comments = new Map(commentCounts.map((row) => [row.id, row.count]));
    const reviewRow = reviewRows[0];
    return {
      criteria: records.map(({ id, record }) => {
        const computed = record.source ? figures(record.source) : null;
        return {
          id,
          record,
          status: computed ? getComputedReadinessStatus(computed) : (record.evidenceStatus ?? 'not_met'),
          figures: computed ?? { kind: 'evidence', evidenceCount: record.evidence.length },
          commentCount: comments.get(id) ?? 0,
        };
      }),
      review: reviewRow ? reviewRecordSchema.parse(reviewRow.state) : null,
    };
  }

  /** The figures of every source at the instant, each family read once however many criteria use it. */
  private async readFigures(manager: EntityManager, parameters: unknown[], sources: ComputedSource[]): Promise<(source: ComputedSource) => ComputedReadinessFigures> {
    const kinds = new Set(sources.map((source) => source.kind));
    const activityIds = sources.flatMap((source) => ('activityId' in source ? [source.activityId] : []));
    const deliverableIds = sources.flatMap((source) => (source.kind === 'activity_and_deliverable_done' ? [source.deliverableId] : []));
    const activities = activityIds.length === 0 ? [] : await this.readTitled(manager, 'activity_at', { activity_at: activityStates }, parameters, activityIds);
    const deliverables = deliverableIds.length === 0 ? [] : await this.readTitled(manager, 'deliverable_at', { deliverable_at: deliverableStates }, parameters, deliverableIds);
    const coverage = kinds.has('crosswalk_gcm_coverage') ? await this.readCoverage(manager, parameters) : null;
    const baselines = kinds.has('indicator_baselines') ? await this.readBaselineFigures(manager, parameters) : null;
    const activityFigure = (id: string) => {
      const row = activities.find((candidate) => candidate.id === id);
      return row ? { id: row.id, title: row.title, status: activityStatusSchema.parse(row.status) } : null;
    };
    const deliverableFigure = (id: string) => {
      const row = deliverables.find((candidate) => candidate.id === id);
      return row ? { id: row.id, title: row.title, status: deliverableStatusSchema.parse(row.status) } : null;
    };
    return (source) => {
      switch (source.kind) {
        case 'activity_done':
          return { kind: 'activity_done', activity: activityFigure(source.activityId) };
        case 'activity_and_deliverable_done':
          return { kind: 'activity_and_deliverable_done', activity: activityFigure(source.activityId), deliverable: deliverableFigure(source.deliverableId) };
        case 'crosswalk_gcm_coverage':
          return coverage as ComputedReadinessFigures;
        case 'indicator_baselines':
          return baselines as ComputedReadinessFigures;
      }
    };
  }

  private readTitled(manager: EntityManager, name: string, sources: Parameters<typeof withStatesAt>[0], parameters: unknown[], ids: string[]): Promise<TitledStateRow[]> {
    return manager.query<TitledStateRow[]>(
      `${withStatesAt(sources)} SELECT id, state->>'title' AS title, state->>'status' AS status FROM ${name} WHERE id = ANY($3::uuid[])`,
      [...parameters, ids],
    );
  }

  /** Which of the GCM objectives a link of the network's crosswalk reaches. */
  private async readCoverage(manager: EntityManager, parameters: unknown[]): Promise<ComputedReadinessFigures> {
    const rows = await manager.query<{ number: number; is_linked: boolean }[]>(
      `${withStatesAt({ link_at: crosswalkLinkStates })}
       SELECT g.number, EXISTS (SELECT 1 FROM link_at l WHERE l.state->>'targetKey' = 'gcm_objective:' || g.number) AS is_linked
         FROM gcm_objective g
        ORDER BY g.number`,
      parameters,
    );
    return {
      kind: 'crosswalk_gcm_coverage',
      linkedObjectiveCount: rows.filter((row) => row.is_linked).length,
      objectiveCount: rows.length,
      unlinkedObjectiveNumbers: rows.filter((row) => !row.is_linked).map((row) => row.number),
    };
  }

  private async readBaselineFigures(manager: EntityManager, parameters: unknown[]): Promise<ComputedReadinessFigures> {
    const [row] = await manager.query<{ aligned: number; with_baseline: number; with_gap: number; without: number }[]>(
      `${withStatesAt({ indicator_at: indicatorStates, baseline_at: baselineStates })}, ${classifiedIndicatorsCte}
       SELECT count(*)::int AS aligned,
              count(*) FILTER (WHERE has_baseline)::int AS with_baseline,
              count(*) FILTER (WHERE NOT has_baseline AND has_gap)::int AS with_gap,
              count(*) FILTER (WHERE NOT has_baseline AND NOT has_gap)::int AS without
         FROM classified_indicator
        WHERE jsonb_array_length(coalesce(state->'gcmObjectiveNumbers', '[]'::jsonb)) > 0`,
      parameters,
    );
    return {
      kind: 'indicator_baselines',
      alignedIndicatorCount: row?.aligned ?? 0,
      withBaselineCount: row?.with_baseline ?? 0,
      withDataGapCount: row?.with_gap ?? 0,
      withoutBaselineCount: row?.without ?? 0,
    };
  }
}
