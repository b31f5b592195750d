import type { ReadinessGridCellView, ReadinessGridView } from '@compact-tracker/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { readinessGridQueryOptions } from './api';
import { withAsOf } from './readiness-as-of';
import { usePrincipleName } from './principle-name';

const isEmpty = (cell: ReadinessGridCellView | undefined) => !cell || cell.activityCount + cell.indicatorWithBaselineCount + cell.withoutBaselineCount === 0;

const GridTable = ({ grid, asOf, captionId }: { grid: ReadinessGridView; asOf: string | undefined; captionId: string }) => {
  const { t } = useTranslation();
  const principleName = usePrincipleName();
  const cellsOf = new Map(grid.cells.map((cell) => [`${cell.objectiveNumber}:${cell.principleNumber}`, cell]));
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="readiness-grid">
        <caption id={captionId} className="ct-visually-hidden">{t('readiness.grid.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('readiness.grid.objective')}</th>
            {grid.principles.map((principle) => (
              <th key={principle.number} scope="col" className="readiness-grid__principle">
                <span aria-hidden="true">P{principle.number}</span>
                <span className="ct-visually-hidden">{principleName(principle)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.objectives.map((objective) => (
            <tr key={objective.number}>
              <th scope="row" className="readiness-grid__objective">
                {t('readiness.grid.objectiveTitle', { number: objective.number, title: objective.title })}
              </th>
              {grid.principles.map((principle) => {
                const cell = cellsOf.get(`${objective.number}:${principle.number}`);
                if (!cell || isEmpty(cell)) {
                  return (
                    <td key={principle.number} className="readiness-grid__cell" data-empty>
                      <span aria-hidden="true">–</span>
                      <span className="ct-visually-hidden">{t('readiness.grid.nothing')}</span>
                    </td>
                  );
                }
                const label = t('readiness.grid.cellLabel', {
                  activities: cell.activityCount,
                  baselines: cell.indicatorWithBaselineCount,
                  withoutBaseline: cell.withoutBaselineCount,
                  objective: objective.number,
                  principle: principleName(principle),
                });
                return (
                  <td key={principle.number} className="readiness-grid__cell" data-has-gap={cell.withoutBaselineCount > 0 || undefined}>
                    <Link to={withAsOf(`/readiness/grid/${objective.number}/${principle.number}`, asOf)} aria-label={label}>
                      {cell.activityCount}·{cell.indicatorWithBaselineCount}·{cell.withoutBaselineCount}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** The 23 GCM objectives × 10 guiding principles, each cell counting what is tagged with both, with drill-down. */
export const ReadinessGrid = ({ networkId, asOf }: { networkId: string; asOf: string | undefined }) => {
  const { t } = useTranslation();
  const principleName = usePrincipleName();
  const grid = useQuery(readinessGridQueryOptions(networkId, asOf));
  const headingId = useId();
  const captionId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('readiness.grid.heading')}</h2>
      <p className="panel__sub">{t('readiness.grid.intro')}</p>
      {grid.isPending ? <LoadingState /> : null}
      {grid.isError ? <ErrorState error={grid.error} headingLevel={3} onRetry={() => void grid.refetch()} /> : null}
      {grid.isSuccess ? (
        <>
          <GridTable grid={grid.data} asOf={asOf} captionId={captionId} />
          <ol className="readiness-grid__legend" aria-label={t('readiness.grid.principles')}>
            {grid.data.principles.map((principle) => (
              <li key={principle.number}><strong>P{principle.number}</strong> {principleName(principle)}</li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
};
