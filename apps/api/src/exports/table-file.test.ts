import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, renderTable, restoreNeutralisedFormula, writeCsv, writeXlsx, type Table, type TableColumn } from './table-file.js';

/** What the follow-up list will export: a second row type is one more column list, nothing else. */
type ActionPointRow = { title: string; owner: string; dueDate: string; status: string; feeds: string | null };

const actionPointColumns: TableColumn<ActionPointRow>[] = [
  { header: 'Title', width: 50, format: 'text', value: (row) => row.title },
  { header: 'Owner organisation', width: 30, format: 'text', value: (row) => row.owner },
  { header: 'Due date', width: 14, format: 'day', value: (row) => row.dueDate },
  { header: 'Status', width: 14, format: 'text', value: (row) => row.status },
  { header: 'Feeds activity', width: 40, format: 'text', value: (row) => row.feeds },
];

const actionPoints: Table<ActionPointRow> = {
  sheetName: 'Action points',
  columns: actionPointColumns,
  rows: [
    { title: 'Share the Hub\'s "good practices", with SCMI', owner: 'IOM', dueDate: '2021-05-15', status: 'Open', feeds: null },
    { title: '=HYPERLINK("http://example.test")', owner: 'RCO', dueDate: '2021-06-30', status: 'Done', feeds: 'Stock taking meeting' },
  ],
};

const listTable: Table<{ lines: string[]; count: number }> = {
  sheetName: 'Lists',
  columns: [
    { header: 'Lines', width: 40, format: 'lines', value: (row) => row.lines },
    { header: 'Count', width: 8, format: 'number', value: (row) => row.count },
  ],
  rows: [{ lines: ['first; one', 'second, two'], count: 2 }],
};

describe('writeCsv', () => {
  it('writes RFC 4180: BOM, CRLF records, quoted commas, quotes and line breaks', () => {
    const csv = writeCsv(renderTable(listTable)).toString('utf8');
    expect(csv).toBe('\uFEFFLines,Count\r\n"first; one\nsecond, two",2\r\n');
    expect(parse(csv, { bom: true })).toEqual([
      ['Lines', 'Count'],
      ['first; one\nsecond, two', '2'],
    ]);
  });

  it('exports another kind of row from its column list alone, with empty cells for nothing', () => {
    const rows = parse(writeCsv(renderTable(actionPoints)), { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Title', 'Owner organisation', 'Due date', 'Status', 'Feeds activity'],
      ['Share the Hub\'s "good practices", with SCMI', 'IOM', '2021-05-15', 'Open', ''],
      ['\'=HYPERLINK("http://example.test")', 'RCO', '2021-06-30', 'Done', 'Stock taking meeting'],
    ]);
  });
});

describe('neutraliseFormula', () => {
  it('keeps a spreadsheet from running text as a formula', () => {
    expect(['=1+1', '+49 30', '-2', '@SUM(A1)', 'plain', '2021-05-01'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+49 30",
      "'-2",
      "'@SUM(A1)",
      'plain',
      '2021-05-01',
    ]);
  });

  it('is undone when a CSV is read back in, and only then', () => {
    const texts = ['=1+1', '+49 30', '-2', "'quoted'", 'plain'];
    expect(texts.map(neutraliseFormula).map(restoreNeutralisedFormula)).toEqual(texts);
  });
});

describe('writeXlsx', () => {
  it('writes each table to its own sheet: bold frozen header, widths, real dates, text kept as text', async () => {
    const buffer = await writeXlsx([renderTable(actionPoints), renderTable(listTable)], { creator: 'Compact Tracker', created: new Date('2021-05-01T00:00:00Z') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Action points', 'Lists']);
    const sheet = workbook.getWorksheet('Action points') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Title', 'Owner organisation', 'Due date', 'Status', 'Feeds activity']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(50);
    expect(sheet.getCell(2, 3).value).toEqual(new Date('2021-05-15T00:00:00Z'));
    // Cells hold strings, never formulas, so nothing needs neutralising here.
    expect(sheet.getCell(3, 1).value).toBe('=HYPERLINK("http://example.test")');
    expect(sheet.getCell(2, 5).value).toBeNull();
    const lists = workbook.getWorksheet('Lists') as ExcelJS.Worksheet;
    expect(lists.getCell(2, 1).value).toBe('first; one\nsecond, two');
    expect(lists.getCell(2, 1).alignment?.wrapText).toBe(true);
    expect(lists.getCell(2, 2).value).toBe(2);
  });
});
