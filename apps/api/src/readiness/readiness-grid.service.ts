import { activityStatusSchema, DomainError, type ReadinessGridCellDetailView, type ReadinessGridView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { GcmGuidingPrincipleEntity, GcmObjectiveEntity } from '../crosswalk/reference-framework.entities.js';
import { activityStates, baselineStates, indicatorStates, withStatesAt } from './as-of-states.js';
import { classifiedIndicatorsCte } from './readiness-snapshot.js';
import { ReadinessService } from './readiness.service.js';

const tagsOf = (alias: string, field: 'gcmObjectiveNumbers' | 'gcmPrincipleNumbers') => `coalesce(${alias}.state->'${field}', '[]'::jsonb)`;

/** Activities and indicators with their framework tags as they stood at $2; cancelled activities are no evidence. */
const taggedRecords = `
  ${withStatesAt({ activity_at: activityStates, indicator_at: indicatorStates, baseline_at: baselineStates })},
  ${classifiedIndicatorsCte},
  counted_activity AS (SELECT a.id, a.state FROM activity_at a WHERE a.state->>'status' <> 'cancelled')`;

type CellRow = { objective_number: number; principle_number: number; activity_count: number; indicator_with_baseline_count: number; without_baseline_count: number };

/**
 * The readiness grid: the 23 GCM objectives × 10 guiding principles, each cell counting what is tagged with both, as
 * it stood at the as-of instant. The counts are the database's.
 */
@Injectable()
export class ReadinessGridService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readiness: ReadinessService,
  ) {}

  async getGrid(actor: Actor, networkId: string, asOf: string | undefined): Promise<ReadinessGridView> {
    const manager = this.dataSource.manager;
    const review = await this.readiness.requireReadableReview(manager, actor, networkId);
    const resolved = this.readiness.resolveAsOf(review, asOf);
    const [objectives, principles, cells] = await Promise.all([
      manager.find(GcmObjectiveEntity, { order: { number: 'ASC' } }),
      manager.find(GcmGuidingPrincipleEntity, { order: { position: 'ASC' } }),
      manager.query<CellRow[]>(
        `${taggedRecords},
         activity_tag AS (
           SELECT o.value::int AS objective_number, p.value::int AS principle_number
             FROM counted_activity a
             CROSS JOIN LATERAL jsonb_array_elements_text(${tagsOf('a', 'gcmObjectiveNumbers')}) o(value)
             CROSS JOIN LATERAL jsonb_array_elements_text(${tagsOf('a', 'gcmPrincipleNumbers')}) p(value)
         ),
         indicator_tag AS (
           SELECT o.value::int AS objective_number, p.value::int AS principle_number, i.has_baseline
             FROM classified_indicator i
             CROSS JOIN LATERAL jsonb_array_elements_text(${tagsOf('i', 'gcmObjectiveNumbers')}) o(value)
             CROSS JOIN LATERAL jsonb_array_elements_text(${tagsOf('i', 'gcmPrincipleNumbers')}) p(value)
         )
         SELECT g.number AS objective_number, p.position AS principle_number,
                (SELECT count(*) FROM activity_tag t WHERE t.objective_number = g.number AND t.principle_number = p.position)::int AS activity_count,
                (SELECT count(*) FROM indicator_tag t WHERE t.objective_number = g.number AND t.principle_number = p.position AND t.has_baseline)::int AS indicator_with_baseline_count,
                (SELECT count(*) FROM indicator_tag t WHERE t.objective_number = g.number AND t.principle_number = p.position AND NOT t.has_baseline)::int AS without_baseline_count
           FROM gcm_objective g CROSS JOIN gcm_guiding_principle p
          ORDER BY g.number, p.position`,
        [networkId, new Date(resolved.instant)],
      ),
    ]);
    return {
      networkId,
      asOf: resolved,
      objectives: objectives.map(({ number, title }) => ({ number, title })),
      principles: principles.map(({ position, name }) => ({ number: position, name })),
      cells: cells.map((row) => ({
        objectiveNumber: row.objective_number,
        principleNumber: row.principle_number,
        activityCount: row.activity_count,
        indicatorWithBaselineCount: row.indicator_with_baseline_count,
        withoutBaselineCount: row.without_baseline_count,
      })),
    };
  }

  /** What one cell counts: the activities and the indicators tagged with both, each indicator with its baseline state. */
  async getCell(actor: Actor, networkId: string, objectiveNumber: number, principleNumber: number, asOf: string | undefined): Promise<ReadinessGridCellDetailView> {
    const manager = this.dataSource.manager;
    const review = await this.readiness.requireReadableReview(manager, actor, networkId);
    const resolved = this.readiness.resolveAsOf(review, asOf);
    const [objective, principle] = await Promise.all([
      manager.findOneBy(GcmObjectiveEntity, { number: objectiveNumber }),
      manager.findOneBy(GcmGuidingPrincipleEntity, { position: principleNumber }),
    ]);
    if (!objective || !principle) throw new DomainError('not_found', `No GCM objective ${objectiveNumber} or guiding principle ${principleNumber}`);
    const parameters = [networkId, new Date(resolved.instant), objectiveNumber, principleNumber];
    const isTaggedWithBoth = (alias: string) => `${tagsOf(alias, 'gcmObjectiveNumbers')} @> to_jsonb($3::int) AND ${tagsOf(alias, 'gcmPrincipleNumbers')} @> to_jsonb($4::int)`;
    const [activities, indicators] = await Promise.all([
      manager.query<{ id: string; title: string; status: string }[]>(
        `${taggedRecords}
         SELECT a.id, a.state->>'title' AS title, a.state->>'status' AS status
           FROM counted_activity a WHERE ${isTaggedWithBoth('a')}
          ORDER BY a.state->>'title', a.id`,
        parameters,
      ),
      manager.query<{ id: string; code: string; name: string; baseline: 'baseline' | 'data_gap' | 'missing' }[]>(
        `${taggedRecords}
         SELECT i.id, i.state->>'code' AS code, i.state->>'name' AS name,
                CASE WHEN i.has_baseline THEN 'baseline' WHEN i.has_gap THEN 'data_gap' ELSE 'missing' END AS baseline
           FROM classified_indicator i WHERE ${isTaggedWithBoth('i')}
          ORDER BY i.state->>'code', i.id`,
        parameters,
      ),
    ]);
    return {
      networkId,
      asOf: resolved,
      objective: { number: objective.number, title: objective.title },
      principle: { number: principle.position, name: principle.name },
      counts: {
        objectiveNumber,
        principleNumber,
        activityCount: activities.length,
        indicatorWithBaselineCount: indicators.filter((indicator) => indicator.baseline === 'baseline').length,
        withoutBaselineCount: indicators.filter((indicator) => indicator.baseline !== 'baseline').length,
      },
      activities: activities.map((activity) => ({ id: activity.id, title: activity.title, status: activityStatusSchema.parse(activity.status) })),
      indicators,
    };
  }
}
