import type { BaselineImportView } from '@compact-tracker/domain';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../indicators/number-format';

type BaselineImportRowView = BaselineImportView['rows'][number];

const RowValue = ({ row }: { row: BaselineImportRowView }) => {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  if (row.isDataGap) return <span className="ct-badge gap-badge">{t('indicators.baselines.gapBadge')}</span>;
  if (row.value !== null) return <>{formatNumber(row.value)}</>;
  return <>{row.narrative}</>;
};

/** A big file's rows are many: drawn once, not again on each progress report while they are imported. */
const PreviewRows = memo(({ rows }: { rows: readonly BaselineImportRowView[] }) => (
  <tbody>
    {rows.map((row) => (
      <tr key={row.row}>
        <th scope="row">{row.row}</th>
        <td>{row.indicatorCode}</td>
        <td>{row.referenceYear}</td>
        <td><RowValue row={row} /></td>
        <td>{row.area ?? <span className="muted">—</span>}</td>
      </tr>
    ))}
  </tbody>
));

type ImportPreviewProps = { preview: BaselineImportView; fileName: string; isImporting: boolean; onImport: () => void };

/** What a dry run found: every row as it would be saved, and the one button that saves them all. */
export const ImportPreview = ({ preview, fileName, isImporting, onImport }: ImportPreviewProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t('baselineImport.previewHeading')}</h2>
        <p className="panel__sub">{t('baselineImport.previewSummary', { count: preview.rowCount, file: fileName })}</p>
      </div>
      {preview.rows.length === 0 ? <p className="muted">{t('baselineImport.noRows')}</p> : (
        <div className="table-scroll import-preview" role="region" aria-label={t('baselineImport.previewCaption')} tabIndex={0}>
          <table className="data-table">
            <caption className="ct-visually-hidden">{t('baselineImport.previewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('baselineImport.row')}</th>
                <th scope="col">{t('baselineImport.indicator')}</th>
                <th scope="col">{t('indicators.baselineForm.referenceYear')}</th>
                <th scope="col">{t('baselineImport.valueColumn')}</th>
                <th scope="col">{t('indicators.baselineForm.area')}</th>
              </tr>
            </thead>
            <PreviewRows rows={preview.rows} />
          </table>
        </div>
      )}
      {preview.rowCount > 0 ? (
        <div className="form__actions">
          <button type="button" className="button button--primary" disabled={isImporting} onClick={onImport}>
            {t('baselineImport.commit', { count: preview.rowCount })}
          </button>
          <span className="muted">{t('baselineImport.allOrNothing')}</span>
        </div>
      ) : null}
    </section>
  );
};
