import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * A small "table → CSV / XLSX" writer. A table is a list of rows and a list of columns that say how to read each
 * row; exporting another list (the action points, say) is one more column list, nothing else.
 */
export type ColumnFormat =
  /** One line of text. */
  | 'text'
  /** Several values, one per line in the cell. */
  | 'lines'
  /** A calendar day YYYY-MM-DD: text in the CSV, a real date cell in the spreadsheet. */
  | 'day'
  | 'number';

export type CellValue = string | number | readonly string[] | null;

export type TableColumn<Row> = {
  header: string;
  /** Width in the spreadsheet, in characters. */
  width: number;
  format: ColumnFormat;
  value: (row: Row) => CellValue;
};

export type Table<Row> = { sheetName: string; columns: readonly TableColumn<Row>[]; rows: readonly Row[] };

/** A table with every cell read, so tables of different rows can go into one workbook. */
export type RenderedTable = {
  sheetName: string;
  columns: { header: string; width: number; format: ColumnFormat }[];
  rows: (string | number | null)[][];
};

const toCell = (value: CellValue, format: ColumnFormat): string | number | null => {
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return format === 'lines' ? value.join('\n') : value.join(', ');
};

export const renderTable = <Row>(table: Table<Row>): RenderedTable => ({
  sheetName: table.sheetName,
  columns: table.columns.map(({ header, width, format }) => ({ header, width, format })),
  rows: table.rows.map((row) => table.columns.map((column) => toCell(column.value(row), column.format))),
});

/**
 * A spreadsheet program opening a CSV runs a cell that starts with =, +, -, @ (or a tab or carriage return) as a
 * formula; such text is written with a leading apostrophe, which the program shows as text (OWASP "CSV injection").
 */
export const neutraliseFormula = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The inverse, for a CSV read back in: an export imported again keeps its text as it was. */
export const restoreNeutralisedFormula = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** RFC 4180: CRLF between records, every field with a comma, quote or line break quoted; UTF-8 with a BOM for Excel. */
export const writeCsv = (table: RenderedTable): Buffer => {
  const header = table.columns.map((column) => column.header);
  const rows = table.rows.map((row) =>
    row.map((cell, index) => {
      if (cell === null) return '';
      const format = table.columns[index]?.format;
      return typeof cell === 'string' && (format === 'text' || format === 'lines') ? neutraliseFormula(cell) : cell;
    }),
  );
  const csv = stringify([header, ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  return Buffer.from(csv, 'utf8');
};

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };

const toSpreadsheetValue = (cell: string | number | null, format: ColumnFormat): ExcelJS.CellValue => {
  if (cell === null) return null;
  // A calendar day is midnight UTC: Excel's serial day numbers have no time zone.
  if (format === 'day' && typeof cell === 'string') return new Date(`${cell}T00:00:00Z`);
  return cell;
};

/** One sheet per table: a bold header row frozen in place with a filter, widths per column, wrapped lines, real dates. */
export const writeXlsx = async (tables: readonly RenderedTable[], options: { creator: string; created: Date }): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator;
  workbook.created = options.created;
  workbook.modified = options.created;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: {
        alignment: { vertical: 'top', wrapText: column.format === 'lines' || column.width >= 30 },
        ...(column.format === 'day' ? { numFmt: 'yyyy-mm-dd' } : {}),
      },
    }));
    for (const row of table.rows) sheet.addRow(row.map((cell, index) => toSpreadsheetValue(cell, table.columns[index]?.format ?? 'text')));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = headerFill;
    header.alignment = { vertical: 'middle', wrapText: true };
    if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
