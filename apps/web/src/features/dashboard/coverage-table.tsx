import type { CoverageCounts } from '@compact-tracker/domain';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type CoverageTableRow = CoverageCounts & {
  id: string;
  /** The row's name (a link where the row drills down). */
  header: ReactNode;
  /** Cells after the four counts, matching `extraColumns`. */
  extraCells?: ReactNode[];
  isFlagged?: boolean;
};

type CoverageTableProps = {
  caption: string;
  rowHeading: string;
  rows: CoverageTableRow[];
  extraColumns?: string[];
};

/**
 * The figures behind a coverage chart, one row per framework item: its linked indicators, then those with a
 * baseline, with a data gap and with neither. Its caption names it for assistive technology and for tests.
 */
export const CoverageTable = ({ caption, rowHeading, rows, extraColumns = [] }: CoverageTableProps) => {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    // A group rather than a region: the panel around it is already a region, often of the same name.
    <div className="table-scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table dashboard-table dashboard-table--coverage">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col" className="dashboard-table__count">{t('dashboard.linkedIndicators')}</th>
            <th scope="col" className="dashboard-table__count">{t('dashboard.withBaseline')}</th>
            <th scope="col" className="dashboard-table__count">{t('dashboard.withGap')}</th>
            <th scope="col" className="dashboard-table__count">{t('dashboard.withNeither')}</th>
            {extraColumns.map((column) => <th key={column} scope="col" className="dashboard-table__count">{column}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-flagged={row.isFlagged || undefined}>
              <th scope="row">{row.header}</th>
              <td className="dashboard-table__count">{row.linkedIndicatorCount}</td>
              <td className="dashboard-table__count">{row.withBaselineCount}</td>
              <td className="dashboard-table__count">{row.withGapCount}</td>
              <td className="dashboard-table__count">{row.withNeitherCount}</td>
              {(row.extraCells ?? []).map((cell, index) => <td key={extraColumns[index] ?? index} className="dashboard-table__count">{cell}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
