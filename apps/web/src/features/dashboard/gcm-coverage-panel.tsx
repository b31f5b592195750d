import { isUnlinkedObjective, type GcmObjectiveCoverage } from '@compact-tracker/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CoverageChart } from './coverage-chart';
import { CoverageTable } from './coverage-table';

export const objectivePath = (objectiveNumber: number) => `/dashboard/objectives/${objectiveNumber}`;

/**
 * Coverage of the 23 GCM objectives: a stacked bar per objective and the same figures in a table whose rows open the
 * objective's drill-down. An objective with no indicator and no crosswalk link is marked in red on the chart and says
 * "No link" in the table.
 */
export const GcmCoveragePanel = ({ objectives }: { objectives: GcmObjectiveCoverage[] }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const unlinked = objectives.filter(isUnlinkedObjective);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t('dashboard.gcmHeading')}</h2>
        <p className="panel__sub">{t('dashboard.gcmIntro')}</p>
      </div>
      <p className={unlinked.length > 0 ? 'dashboard-callout dashboard-callout--warning' : 'dashboard-callout'}>
        {unlinked.length === 0
          ? t('dashboard.allObjectivesLinked')
          : t('dashboard.unlinkedObjectivesList', { count: unlinked.length, numbers: unlinked.map((objective) => objective.number).join(', ') })}
      </p>
      <CoverageChart
        orientation="columns"
        height={320}
        rows={objectives.map((objective) => ({
          key: String(objective.number),
          label: t('dashboard.objectiveName', { number: objective.number, title: objective.title }),
          isFlagged: isUnlinkedObjective(objective),
          ...objective,
        }))}
        onSelect={(row) => void navigate(objectivePath(Number(row.key)))}
      />
      <CoverageTable
        caption={t('dashboard.gcmCaption')}
        rowHeading={t('dashboard.gcmObjective')}
        extraColumns={[t('dashboard.crosswalkLinks')]}
        rows={objectives.map((objective) => {
          const isUnlinked = isUnlinkedObjective(objective);
          return {
            ...objective,
            id: String(objective.number),
            isFlagged: isUnlinked,
            header: (
              <>
                <Link to={objectivePath(objective.number)}>{t('dashboard.objectiveName', { number: objective.number, title: objective.title })}</Link>
                {isUnlinked ? <> <span className="ct-badge dashboard-badge dashboard-badge--unlinked">{t('dashboard.noLink')}</span></> : null}
              </>
            ),
            extraCells: [objective.crosswalkLinkCount],
          };
        })}
      />
    </section>
  );
};
