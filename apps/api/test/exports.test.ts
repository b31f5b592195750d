import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeededIds, request, startTestApp, type SeededIds } from './support/test-app.js';

const englishHeader = [
  'Title',
  'Kind',
  'Status',
  'Date (as written)',
  'Date precision',
  'Earliest start',
  'Latest end',
  'Lead organisations',
  'Participating organisations',
  'Objectives',
  'Expected deliverables',
  'Quality flags',
];

const georgianHeader = [
  'სათაური',
  'ტიპი',
  'სტატუსი',
  'თარიღი (როგორც ჩაწერილია)',
  'თარიღის სიზუსტე',
  'უადრესი დაწყება',
  'უგვიანესი დასრულება',
  'წამყვანი ორგანიზაციები',
  'მონაწილე ორგანიზაციები',
  'ამოცანები',
  'მოსალოდნელი შედეგები',
  'ხარისხის შენიშვნები',
];

const iomAndRco = "International Organization for Migration (IOM)\nUN Resident Coordinator's Office, Georgia (RCO)";

describe('workplan exports', () => {
  let app: NestFastifyApplication;
  let ids: SeededIds;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await findSeededIds(app);
  });
  afterAll(() => app.close());

  const download = (path: string) => app.inject({ method: 'GET', url: `/api/workplans/${ids.workplanId}/${path}` });

  describe('GET /api/workplans/:id/export.csv', () => {
    it('answers RFC 4180 CSV in UTF-8 with a BOM, as an attachment', async () => {
      const response = await download('export.csv?asOf=2021-05-01');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="workplan-2021.csv"');
      expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // Records end in CRLF; line breaks inside a quoted cell stay LF.
      expect(response.body.startsWith('\uFEFFTitle,Kind,Status,Date (as written),')).toBe(true);
      expect(response.body).toContain('Quality flags\r\n');
      expect(response.body.endsWith('\r\n')).toBe(true);
    });

    it('has one row per activity in calendar order, dates at their precision, flags as of the day asked', async () => {
      const rows = parse((await download('export.csv?asOf=2021-05-01')).body, { bom: true }) as string[][];
      expect(rows[0]).toEqual(englishHeader);
      expect(rows).toHaveLength(5);
      const byColumn = rows.slice(1).map((row) => Object.fromEntries(englishHeader.map((header, index) => [header, row[index]])));
      expect(byColumn.map((row) => [row.Kind, row.Status, row['Date (as written)'], row['Date precision'], row['Earliest start'], row['Latest end']])).toEqual([
        ['Workshop', 'Done', 'Tuesday, 16 March 2021', 'Exact day', '2021-03-16', '2021-03-16'],
        ['Expert engagement', 'Planned', 'April through June 2021', 'Range of months', '2021-04-01', '2021-06-30'],
        ['Webinar', 'Planned', 'Thursday, 22 April 2021, 14:00–17:00 (GMT+4)', 'Day and time', '2021-04-22', '2021-04-22'],
        ['Meeting', 'Planned', 'June/July 2021', 'Undecided choice of months (tentative)', '2021-06-01', '2021-07-31'],
      ]);
      expect(byColumn.map((row) => row['Quality flags'])).toEqual(['', 'Still planned after its start', 'Still planned after its start', '']);
      const [workshop, expert, webinar] = byColumn;
      expect(workshop?.Title).toBe(
        'United Nations Network on Migration and Georgian Civil Society Organizations’ Engagement in the Global Compact for Safe, Orderly and Regular Migration process',
      );
      expect(workshop?.['Lead organisations']).toBe(iomAndRco);
      expect(workshop?.Objectives).toBe('Update CSOs about the GCM and CSOs role\nEncourage their participation');
      expect(expert?.['Expected deliverables']).toBe(
        [
          'Concrete linkages between the national Migration Strategy, GCM, and the SDGs (Pending)',
          'Aligned indicators identified (Pending)',
          'A baseline for Georgia’s future possible GCM reporting (Pending)',
        ].join('\n'),
      );
      expect(webinar?.['Participating organisations']?.split('\n')).toHaveLength(6);
    });

    it('checks the flags as of today when no day is given', async () => {
      const rows = parse((await download('export.csv')).body, { bom: true }) as string[][];
      expect(rows).toHaveLength(5);
      // Long after 2021, the still-planned activities are all flagged.
      expect(rows.slice(1).map((row) => row[11])).toEqual(['', 'Still planned after its start', 'Still planned after its start', 'Still planned after its start']);
    });

    it('writes the header and the labels in Georgian with lang=ka', async () => {
      const response = await download('export.csv?lang=ka&asOf=2021-05-01');
      expect(response.headers['content-disposition']).toBe('attachment; filename="workplan-2021-ka.csv"');
      const rows = parse(response.body, { bom: true }) as string[][];
      expect(rows[0]).toEqual(georgianHeader);
      expect(rows.slice(1).map((row) => [row[1], row[2], row[3], row[4]])).toEqual([
        ['სემინარი', 'დასრულებული', 'სამშაბათი, 16 მარტი, 2021', 'ზუსტი დღე'],
        ['ექსპერტის ჩართვა', 'დაგეგმილი', 'აპრილი – ივნისი 2021', 'თვეების პერიოდი'],
        ['ვებინარი', 'დაგეგმილი', 'ხუთშაბათი, 22 აპრილი, 2021, 14:00–17:00 (GMT+4)', 'დღე და დრო'],
        ['შეხვედრა', 'დაგეგმილი', 'ივნისი/ივლისი 2021', 'თვე ჯერ არ არის გადაწყვეტილი (წინასწარი)'],
      ]);
      expect(rows[2]?.[11]).toBe('დაწყების შემდეგაც დაგეგმილია');
      expect(rows[2]?.[10]).toContain('Aligned indicators identified (მოსალოდნელი)');
    });
  });

  describe('GET /api/workplans/:id/export.xlsx', () => {
    const readWorkbook = async (path: string) => {
      const response = await download(path);
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      return { workbook, response };
    };
    const rowValues = (sheet: ExcelJS.Worksheet, rowNumber: number) => (sheet.getRow(rowNumber).values as unknown[]).slice(1);

    it('answers a workbook with the Workplan and Agenda sheets, as an attachment', async () => {
      const { workbook, response } = await readWorkbook('export.xlsx?asOf=2021-05-01');
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers['content-disposition']).toBe('attachment; filename="workplan-2021.xlsx"');
      expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Workplan', 'Agenda']);
      expect(workbook.creator).toBe('Compact Tracker');
    });

    it('has a bold, frozen header row and one row per activity with real date cells', async () => {
      const { workbook } = await readWorkbook('export.xlsx?asOf=2021-05-01');
      const sheet = workbook.getWorksheet('Workplan') as ExcelJS.Worksheet;
      expect(rowValues(sheet, 1)).toEqual(englishHeader);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.rowCount).toBe(5);
      expect(sheet.getColumn(1).width).toBe(50);
      expect([2, 3, 4, 5].map((row) => [sheet.getCell(row, 2).value, sheet.getCell(row, 4).value])).toEqual([
        ['Workshop', 'Tuesday, 16 March 2021'],
        ['Expert engagement', 'April through June 2021'],
        ['Webinar', 'Thursday, 22 April 2021, 14:00–17:00 (GMT+4)'],
        ['Meeting', 'June/July 2021'],
      ]);
      expect(sheet.getCell(2, 6).value).toEqual(new Date('2021-03-16T00:00:00Z'));
      expect(sheet.getCell(5, 7).value).toEqual(new Date('2021-07-31T00:00:00Z'));
      expect(sheet.getCell(5, 7).numFmt).toBe('yyyy-mm-dd');
      expect(sheet.getCell(2, 8).value).toBe(iomAndRco);
      expect(sheet.getCell(2, 8).alignment?.wrapText).toBe(true);
      expect(sheet.getCell(3, 12).value).toBe('Still planned after its start');
    });

    it("lists the webinar's nine agenda items with times in the event zone and in CEST", async () => {
      const { workbook } = await readWorkbook('export.xlsx');
      const sheet = workbook.getWorksheet('Agenda') as ExcelJS.Worksheet;
      expect(rowValues(sheet, 1)).toEqual([
        'Event',
        'Date',
        'Event time zone',
        'Time (event zone)',
        'Time (Central Europe)',
        'Minutes',
        'Kind',
        'Item',
        'Speakers',
        'Q&A',
      ]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.rowCount).toBe(10);
      expect(rowValues(sheet, 2)).toEqual([
        'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation',
        '22 April 2021',
        'Asia/Tbilisi (GMT+4)',
        '14:00–14:15',
        '12:00–12:15 CEST',
        15,
        'Opening',
        'Opening remarks',
        [
          'Dr. Sabine Machl (UN Resident Coordinator, Georgia, RCO), 5 min',
          'Ms. Sanja Celebic Lukovac (IOM Chief of Mission, Georgia), 5 min',
          'Mr. George Jashi (Executive Secretary of the State Commission on Migration Issues of Georgia, SCMI), 5 min',
        ].join('\n'),
        'No',
      ]);
      const items = [2, 3, 4, 5, 6, 7, 8, 9, 10].map((row) => [sheet.getCell(row, 4).value, sheet.getCell(row, 5).value, sheet.getCell(row, 8).value]);
      expect(items.map(([eventTime]) => eventTime)).toEqual([
        '14:00–14:15',
        '14:15–14:30',
        '14:30–14:50',
        '14:50–15:30',
        '15:30–15:50',
        '15:50–16:10',
        '16:10–16:20',
        '16:20–16:40',
        '16:40–16:55',
      ]);
      expect(items[8]).toEqual(['16:40–16:55', '14:40–14:55 CEST', 'Closing remarks']);
      expect(sheet.getCell(5, 10).value).toBe('Yes');
    });

    it('names the sheets and headers in Georgian with lang=ka', async () => {
      const { workbook } = await readWorkbook('export.xlsx?lang=ka');
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['სამუშაო გეგმა', 'დღის წესრიგი']);
      expect(rowValues(workbook.worksheets[0] as ExcelJS.Worksheet, 1)).toEqual(georgianHeader);
      const agenda = workbook.worksheets[1] as ExcelJS.Worksheet;
      expect(agenda.getCell(1, 9).value).toBe('მომხსენებლები');
      expect(agenda.getCell(2, 2).value).toBe('22 აპრილი, 2021');
      expect(agenda.getCell(8, 7).value).toBe('შესვენება');
    });
  });

  describe('bad input', () => {
    const paths = ['export.csv', 'export.xlsx', 'print.pdf'];

    it.each(paths)('%s refuses an unknown language, naming lang', async (path) => {
      expect(await request(app, `/api/workplans/${ids.workplanId}/${path}?lang=fr`)).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', message: 'Invalid query parameters: lang', fields: [{ path: 'lang', message: 'must be one of en, ka' }] },
      });
    });

    it.each(paths)('%s refuses a day that is not a calendar day, naming asOf', async (path) => {
      expect(await request(app, `/api/workplans/${ids.workplanId}/${path}?asOf=2021-02-30`)).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', message: 'Invalid query parameters: asOf', fields: [{ path: 'asOf', message: 'must be a real calendar day' }] },
      });
    });

    it.each(paths)('%s refuses an unknown query parameter and a malformed id', async (path) => {
      expect(await request(app, `/api/workplans/${ids.workplanId}/${path}?language=ka`)).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', fields: [{ path: 'language', message: 'is not allowed' }] },
      });
      expect(await request(app, `/api/workplans/not-a-uuid/${path}`)).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', fields: [{ path: 'id', message: 'must be a UUID' }] },
      });
    });

    it.each(paths)('%s answers 404 JSON for an unknown workplan', async (path) => {
      const unknownId = '6f1c1d4e-0000-4000-8000-000000000000';
      const response = await request(app, `/api/workplans/${unknownId}/${path}?lang=ka`);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ code: 'not_found', message: `No workplan with id ${unknownId}` });
    });
  });
});
