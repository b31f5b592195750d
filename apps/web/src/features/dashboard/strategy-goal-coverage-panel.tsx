import type { StrategyGoalCoverage } from '@compact-tracker/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CoverageChart } from './coverage-chart';
import { CoverageTable } from './coverage-table';

/**
 * Coverage by goal of the national strategy: the indicators a goal reaches through its objectives' crosswalk links to
 * GCM objectives. Placeholder goals are marked as such.
 */
export const StrategyGoalCoveragePanel = ({ goals }: { goals: StrategyGoalCoverage[] }) => {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t('dashboard.goalHeading')}</h2>
        <p className="panel__sub">{t('dashboard.goalIntro')}</p>
      </div>
      {goals.length === 0 ? (
        <p className="muted">{t('dashboard.noGoals')}</p>
      ) : (
        <>
          <CoverageChart
            orientation="bars"
            height={60 + goals.length * 36}
            rows={goals.map((goal, index) => ({ key: t('dashboard.goalShort', { number: index + 1 }), label: goal.title, ...goal }))}
          />
          <CoverageTable
            caption={t('dashboard.goalCaption')}
            rowHeading={t('dashboard.goal')}
            extraColumns={[t('dashboard.linkedGcmObjectives')]}
            rows={goals.map((goal) => ({
              ...goal,
              id: goal.goalId,
              header: (
                <>
                  {goal.title}
                  {goal.isPlaceholder ? <> <span className="ct-badge dashboard-badge">{t('dashboard.placeholder')}</span></> : null}
                </>
              ),
              extraCells: [goal.linkedGcmObjectiveCount],
            }))}
          />
        </>
      )}
    </section>
  );
};
