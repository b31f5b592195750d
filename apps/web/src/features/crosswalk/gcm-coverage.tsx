import type { CrosswalkMatrixView } from '@compact-tracker/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One sentence: every GCM objective is linked, or how many and which are not. */
export const CoverageSummary = ({ matrix, id }: { matrix: CrosswalkMatrixView; id: string }) => {
  const { t } = useTranslation();
  const total = matrix.gcmCoverage.length;
  const unlinked = matrix.unlinkedGcmObjectives;
  return (
    <p id={id} className={unlinked.length > 0 ? 'coverage-summary coverage-summary--gaps' : 'coverage-summary'}>
      {unlinked.length === 0
        ? t('crosswalk.allLinked', { total })
        : t('crosswalk.unlinkedSummary', { count: unlinked.length, total, numbers: unlinked.map((objective) => objective.number).join(', ') })}
    </p>
  );
};

/**
 * How many strategy objectives link to each of the 23 GCM objectives. An objective with no link is said in words
 * ("No link") as well as marked by colour, so it stands out for everyone.
 */
export const GcmCoverage = ({ matrix }: { matrix: CrosswalkMatrixView }) => {
  const { t } = useTranslation();
  const summaryId = useId();
  const captionId = useId();
  const total = matrix.gcmCoverage.length;

  return (
    <>
      <CoverageSummary matrix={matrix} id={summaryId} />
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table coverage-table" aria-describedby={summaryId}>
          <caption id={captionId}>{t('crosswalk.coverageCaption', { total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('crosswalk.gcmObjective')}</th>
              <th scope="col" className="coverage-table__count">{t('crosswalk.linkedObjectives')}</th>
              <th scope="col">{t('crosswalk.coverageState')}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.gcmCoverage.map((row) => {
              const isUnlinked = row.linkedStrategyObjectiveCount === 0;
              return (
                <tr key={row.number} data-unlinked={isUnlinked || undefined}>
                  <th scope="row">
                    <span className="coverage-table__number">{row.number}.</span> {row.title}
                  </th>
                  <td className="coverage-table__count">{row.linkedStrategyObjectiveCount}</td>
                  <td>
                    {isUnlinked ? (
                      <span className="ct-badge coverage-badge coverage-badge--none">{t('crosswalk.noLink')}</span>
                    ) : (
                      <span className="ct-badge coverage-badge">{t('crosswalk.linked')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
};
