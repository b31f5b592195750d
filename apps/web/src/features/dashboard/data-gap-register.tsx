import type { DataGapGroup } from '@compact-tracker/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The indicators whose standing is a data gap, with the gap's reference year and reason, grouped by GCM objective. */
export const DataGapRegister = ({ groups }: { groups: DataGapGroup[] }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t('dashboard.gapHeading')}</h2>
        <p className="panel__sub">{t('dashboard.gapIntro')}</p>
      </div>
      {groups.length === 0 ? (
        <p className="muted">{t('dashboard.noGaps')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table dashboard-table dashboard-gaps">
            <caption id={captionId}>{t('dashboard.gapCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.indicatorCode')}</th>
                <th scope="col">{t('dashboard.indicatorName')}</th>
                <th scope="col">{t('dashboard.referenceYear')}</th>
                <th scope="col">{t('dashboard.gapReason')}</th>
              </tr>
            </thead>
            {groups.map((group) => {
              const groupName = group.objective ? t('dashboard.objectiveName', group.objective) : t('dashboard.untagged');
              return (
                <tbody key={group.objective?.number ?? 'untagged'}>
                  <tr className="dashboard-gaps__group">
                    <th scope="colgroup" colSpan={4}>
                      {groupName} <span className="muted">({t('dashboard.gapCount', { count: group.gaps.length })})</span>
                    </th>
                  </tr>
                  {group.gaps.map((gap) => (
                    <tr key={gap.indicatorId}>
                      <th scope="row"><Link to={`/indicators/${gap.indicatorId}`}>{gap.code}</Link></th>
                      <td>{gap.name}</td>
                      <td>{gap.referenceYear}</td>
                      <td>{gap.reason}</td>
                    </tr>
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </section>
  );
};
