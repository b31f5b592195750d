import {
  baselineImportColumns,
  toBaselineImportRow,
  type BaselineImportColumn,
  type CrosswalkLinkView,
  type IndicatorBaselineInput,
  type IndicatorView,
  type Locale,
} from '@compact-tracker/domain';
import { indicatorExportLabels } from './indicator-export-labels.js';
import type { ColumnFormat, Table, TableColumn } from './table-file.js';

export const getIndicatorTable = (indicators: readonly IndicatorView[], locale: Locale): Table<IndicatorView> => {
  const labels = indicatorExportLabels[locale];
  const columns = labels.indicatorColumns;
  return {
    sheetName: labels.sheets.indicators,
    rows: indicators,
    columns: [
      { header: columns.code, width: 12, format: 'text', value: (indicator) => indicator.code },
      { header: columns.name, width: 40, format: 'text', value: (indicator) => indicator.name },
      { header: columns.definition, width: 60, format: 'text', value: (indicator) => indicator.definition },
      { header: columns.measure, width: 16, format: 'text', value: (indicator) => labels.measure[indicator.measure] },
      { header: columns.unit, width: 12, format: 'text', value: (indicator) => indicator.unit },
      { header: columns.direction, width: 14, format: 'text', value: (indicator) => labels.direction[indicator.direction] },
      { header: columns.disaggregationDimensions, width: 24, format: 'text', value: (indicator) => indicator.disaggregationDimensions },
      { header: columns.custodian, width: 24, format: 'text', value: (indicator) => indicator.custodian },
      { header: columns.frequency, width: 12, format: 'text', value: (indicator) => indicator.frequency },
      { header: columns.gcmObjectives, width: 14, format: 'text', value: (indicator) => indicator.gcmObjectiveNumbers.map(String) },
      { header: columns.gcmPrinciples, width: 14, format: 'text', value: (indicator) => indicator.gcmPrincipleNumbers.map(String) },
      { header: columns.sdgIndicators, width: 14, format: 'text', value: (indicator) => indicator.sdgIndicatorCodes },
      { header: columns.targets, width: 24, format: 'lines', value: (indicator) => indicator.targets.map((target) => `${target.year}: ${target.value}`) },
    ],
  };
};

/** One baseline of a file: the code of its indicator, and the baseline. */
export type BaselineFileRow = { indicatorCode: string; baseline: IndicatorBaselineInput };

const baselineColumnFormats: Partial<Record<BaselineImportColumn, { format: ColumnFormat; width: number }>> = {
  indicator_code: { format: 'text', width: 14 },
  reference_year: { format: 'number', width: 14 },
  reference_date: { format: 'day', width: 14 },
  is_data_gap: { format: 'text', width: 12 },
  value: { format: 'number', width: 12 },
  total: { format: 'number', width: 12 },
  disaggregation: { format: 'text', width: 36 },
  nature_of_data: { format: 'text', width: 16 },
  confidence: { format: 'text', width: 12 },
};

/**
 * Baselines as a file the import reads: its column names as headers in every language, machine-readable values
 * (true/false, codes, `sex:female=48.2; sex:male=51.8`). Only the sheet's name follows the language.
 */
export const getBaselineFileTable = (rows: readonly BaselineFileRow[], locale: Locale): Table<BaselineFileRow> => ({
  sheetName: indicatorExportLabels[locale].sheets.baselines,
  rows,
  columns: baselineImportColumns.map(
    (column): TableColumn<BaselineFileRow> => ({
      header: column,
      width: baselineColumnFormats[column]?.width ?? 30,
      format: baselineColumnFormats[column]?.format ?? 'text',
      value: (row) => toBaselineImportRow(row.indicatorCode, row.baseline)[column],
    }),
  ),
});

/** One link of the crosswalk, or a strategy objective with no link yet (so its gap shows too). */
export type CrosswalkRow = { goalTitle: string; objectiveTitle: string; link: CrosswalkLinkView | null };

export const getCrosswalkTable = (rows: readonly CrosswalkRow[], locale: Locale): Table<CrosswalkRow> => {
  const labels = indicatorExportLabels[locale];
  const columns = labels.crosswalkColumns;
  return {
    sheetName: labels.sheets.crosswalk,
    rows,
    columns: [
      { header: columns.strategyGoal, width: 40, format: 'text', value: (row) => row.goalTitle },
      { header: columns.strategyObjective, width: 40, format: 'text', value: (row) => row.objectiveTitle },
      { header: columns.targetKind, width: 16, format: 'text', value: (row) => (row.link ? labels.targetKind[row.link.target.kind] : null) },
      { header: columns.target, width: 14, format: 'text', value: (row) => row.link?.target.reference ?? null },
      { header: columns.targetWording, width: 50, format: 'text', value: (row) => row.link?.target.label ?? null },
      { header: columns.fit, width: 12, format: 'text', value: (row) => (row.link ? labels.fit[row.link.fit] : null) },
      { header: columns.rationale, width: 60, format: 'text', value: (row) => row.link?.rationale ?? null },
    ],
  };
};
