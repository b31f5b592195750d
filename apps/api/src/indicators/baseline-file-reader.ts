import { Readable } from 'node:stream';
import { isBlankBaselineImportRow, isDomainError, maxBaselineImportRows, type BaselineImportCell } from '@compact-tracker/domain';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { restoreNeutralisedFormula } from '../exports/table-file.js';
import type { BaselineFile } from './baseline-file-body.js';
import { ignoreImportProgress, ImportAbandoned, rowsPerProgressStep, type ReportImportProgress } from './baseline-import-progress.js';
import { refuseFile } from './baseline-import-refusal.js';

/** A file's first row, and each non-blank row after it with the number a spreadsheet shows for it. */
export type BaselineSheet = { header: BaselineImportCell[]; rows: { row: number; cells: BaselineImportCell[] }[] };

/** Rows read so far, once a step of them is complete and another row follows, so that the last report is the total. */
const reportStep = async (rowsRead: number, report: ReportImportProgress): Promise<void> => {
  if (rowsRead > 0 && rowsRead % rowsPerProgressStep === 0) await report('reading', rowsRead, null);
};

const tooManyRows = () => refuseFile(`The file has more than ${maxBaselineImportRows.toLocaleString('en')} baseline rows; split it into smaller files`);

const assertUtf8 = (content: Buffer): void => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw refuseFile('The CSV file is not UTF-8 text; save it as "CSV UTF-8 (comma delimited)"');
  }
};

/** The file goes to the parser in slices, so that rows come out, and progress is told, while it parses. */
const csvSliceBytes = 64 * 1024;

function* sliceContent(content: Buffer): Generator<Buffer> {
  for (let start = 0; start < content.length; start += csvSliceBytes) yield content.subarray(start, start + csvSliceBytes);
}

const readCsv = async (content: Buffer, report: ReportImportProgress): Promise<BaselineSheet> => {
  assertUtf8(content);
  const records = Readable.from(sliceContent(content)).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
  let header: string[] | undefined;
  const rows: BaselineSheet['rows'] = [];
  // Record n (the header is record 1) is the row a spreadsheet program shows when it opens the file.
  let recordNumber = 0;
  try {
    for await (const cells of records as AsyncIterable<string[]>) {
      recordNumber += 1;
      if (header === undefined) {
        if (cells.length === 1 && /[;\t]/.test(cells[0] ?? '')) {
          throw refuseFile('The header row is one column: separate the columns with commas, not semicolons or tabs (save as "CSV UTF-8 (comma delimited)")');
        }
        header = cells;
        continue;
      }
      const row = { row: recordNumber, cells: cells.map(restoreNeutralisedFormula) };
      if (isBlankBaselineImportRow(row.cells)) continue;
      if (rows.length === maxBaselineImportRows) throw tooManyRows();
      await reportStep(rows.length, report);
      rows.push(row);
    }
  } catch (error) {
    if (error instanceof CsvError) throw refuseFile(`The CSV file cannot be read: ${error.message}`);
    throw error;
  }
  return { header: header ?? [], rows };
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
const readXlsx = async (content: Buffer, report: ReportImportProgress): Promise<BaselineSheet> => {
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
        if (header === undefined) {
          header = cells;
          continue;
        }
        if (rows.length === maxBaselineImportRows) throw tooManyRows();
        await reportStep(rows.length, report);
        rows.push({ row: row.number, cells });
      }
      return { header: header ?? [], rows };
    }
  } catch (error) {
    if (isDomainError(error) || error instanceof ImportAbandoned) throw error;
    throw refuseFile('The file cannot be read as an XLSX workbook; save it from your spreadsheet program as "Excel Workbook (.xlsx)"');
  }
  throw refuseFile('The workbook has no worksheet');
};

/** Reports no total while reading (a file's rows are counted by reading it), then the rows read as the total. */
export const readBaselineFile = async (file: BaselineFile, report: ReportImportProgress = ignoreImportProgress): Promise<BaselineSheet> => {
  await report('reading', 0, null);
  const sheet = await (file.kind === 'csv' ? readCsv(file.content, report) : readXlsx(file.content, report));
  await report('reading', sheet.rows.length, sheet.rows.length);
  return sheet;
};
