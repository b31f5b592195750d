import { Readable } from 'node:stream';
import { isBlankBaselineImportRow, isDomainError, maxBaselineImportRows, type BaselineImportCell } from '@compact-tracker/domain';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { restoreNeutralisedFormula } from '../exports/table-file.js';
import type { BaselineFile } from './baseline-file-body.js';
import { refuseFile } from './baseline-import-refusal.js';

/** A file's first row, and each non-blank row after it with the number a spreadsheet shows for it. */
export type BaselineSheet = { header: BaselineImportCell[]; rows: { row: number; cells: BaselineImportCell[] }[] };

const tooManyRows = () => refuseFile(`The file has more than ${maxBaselineImportRows.toLocaleString('en')} baseline rows; split it into smaller files`);

const decodeUtf8 = (content: Buffer): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw refuseFile('The CSV file is not UTF-8 text; save it as "CSV UTF-8 (comma delimited)"');
  }
};

const readCsv = (content: Buffer): BaselineSheet => {
  let records: string[][];
  try {
    records = parse(decodeUtf8(content), { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) throw refuseFile(`The CSV file cannot be read: ${error.message}`);
    throw error;
  }
  const [header = [], ...dataRecords] = records;
  if (header.length === 1 && /[;\t]/.test(header[0] ?? '')) {
    throw refuseFile('The header row is one column: separate the columns with commas, not semicolons or tabs (save as "CSV UTF-8 (comma delimited)")');
  }
  // Record n (the header is record 1) is the row a spreadsheet program shows when it opens the file.
  const rows = dataRecords
    .map((cells, index) => ({ row: index + 2, cells: cells.map(restoreNeutralisedFormula) }))
    .filter(({ cells }) => !isBlankBaselineImportRow(cells));
  if (rows.length > maxBaselineImportRows) throw tooManyRows();
  return { header, rows };
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A spreadsheet cell as the import reads it: a formula as its computed result, a date as YYYY-MM-DD, rich text as text. */
const toCell = (value: unknown): BaselineImportCell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Spreadsheet dates are days without a zone; ExcelJS gives them as midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (!isRecord(value)) return null;
  if (Array.isArray(value.richText)) return value.richText.map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('');
  if ('formula' in value || 'sharedFormula' in value) return toCell(value.result);
  if ('text' in value) return toCell(value.text);
  if (typeof value.error === 'string') return value.error;
  return null;
};

/** The first worksheet (the first tab), read as a stream so that a huge sheet is refused without being held whole. */
const readXlsx = async (content: Buffer): Promise<BaselineSheet> => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      const firstTab = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets?.[0]?.name;
      if (firstTab !== undefined && (worksheet as unknown as { name?: string }).name !== firstTab) continue;
      let header: BaselineImportCell[] | undefined;
      const rows: BaselineSheet['rows'] = [];
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, index) => toCell(values[index + 1]));
        if (isBlankBaselineImportRow(cells)) continue;
        if (header === undefined) header = cells;
        else rows.push({ row: row.number, cells });
        if (rows.length > maxBaselineImportRows) throw tooManyRows();
      }
      return { header: header ?? [], rows };
    }
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw refuseFile('The file cannot be read as an XLSX workbook; save it from your spreadsheet program as "Excel Workbook (.xlsx)"');
  }
  throw refuseFile('The workbook has no worksheet');
};

export const readBaselineFile = (file: BaselineFile): Promise<BaselineSheet> =>
  file.kind === 'csv' ? Promise.resolve(readCsv(file.content)) : readXlsx(file.content);
