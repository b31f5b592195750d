import { baselineImportColumns, maxBaselineFileBytes, type BaselineImportView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { countRows, findAuditRows } from './support/rows.js';
import { request, startWritableTestApp, type JsonResponse, type WritableTestApp } from './support/test-app.js';

type Indicator = { id: string; code: string };
type Baseline = { id: string; referenceYear: number; value: number | null; narrative: string | null; area: string | null } & Record<string, unknown>;
type ErrorBody = { code: string; message: string; fields: { path: string; message: string }[] };

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 4180 as a spreadsheet program saves it: quoted only where needed, CRLF between rows. */
const toCsv = (rows: readonly (readonly (string | number)[])[], options: { bom?: boolean } = {}): string =>
  (options.bom ? '\uFEFF' : '') +
  rows.map((row) => row.map((cell) => (/[",\r\n]/.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : String(cell))).join(',')).join('\r\n');

const toXlsx = async (rows: readonly (readonly ExcelJS.CellValue[])[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Baselines');
  for (const row of rows) sheet.addRow([...row]);
  workbook.addWorksheet('Notes').addRow(['indicator_code', 'not read']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const header = ['indicator_code', 'reference_year', 'value', 'narrative', 'is_data_gap', 'gap_reason', 'disaggregation', 'total', 'area', 'source_provider', 'notes'];

/** Row 2: a percentage with disaggregation; row 3: a qualitative narrative; row 4: a data gap; row 5 blank and skipped; row 6: a number. */
const goodRows = [
  header,
  ['GE-1', '2020', '41.5', '', 'false', '', 'sex:female=44; sex:male=39', '41.5', 'Georgia (national)', 'Geostat', 'Projected, "2014 census"'],
  ['GE-2', '2020', '', 'A referral mechanism is in place', '', '', '', '', '', '', ''],
  ['GE-1', '2019', '', '', 'yes', 'No survey that year', '', '', '', '', ''],
  ['', '', '', '', '', '', '', '', '', '', ''],
  ['GE-3', '2020', '12500', '', 'no', '', '', '', 'Tbilisi', 'Public Service Development Agency', ''],
];

describe('baseline import from CSV and XLSX', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let expert: string;
  let networkId: string;
  const indicators = new Map<string, Indicator>();

  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_baseline_import');
    app = harness.app;
    expert = await signIn(app, 'expert');
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    const definitions = [
      { code: 'GE-1', measure: 'percentage', disaggregationDimensions: ['sex'] },
      { code: 'GE-2', measure: 'qualitative', disaggregationDimensions: [] },
      { code: 'GE-3', measure: 'number', disaggregationDimensions: [] },
    ];
    for (const definition of definitions) {
      const created = await request(app, {
        method: 'POST',
        url: `/api/networks/${networkId}/indicators`,
        headers: asUser(expert),
        payload: { ...definition, name: `Indicator ${definition.code}`, definition: 'As the national statistics define it', direction: 'increase', gcmObjectiveNumbers: [1], sdgIndicatorCodes: [] },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      indicators.set(definition.code, created.body as Indicator);
    }
  });
  afterAll(() => harness.close());

  const upload = (content: string | Buffer, options: { dryRun: boolean; contentType?: string; headers?: Record<string, string>; cookie?: string }): Promise<JsonResponse> =>
    request(app, {
      method: 'POST',
      url: `/api/networks/${networkId}/baseline-imports?dryRun=${options.dryRun}`,
      headers: asUser(options.cookie ?? expert, { 'content-type': options.contentType ?? 'text/csv', ...options.headers }),
      payload: content,
    });
  const countWrites = async () => {
    const counts = await countRows(harness.dataSource, ['indicator_baseline', 'audit_entry', 'idempotency_record']);
    return { baselines: counts.indicator_baseline ?? 0, audit: counts.audit_entry ?? 0, idempotency: counts.idempotency_record ?? 0 };
  };
  const listBaselines = async (code: string) => (await request(app, `/api/indicators/${indicators.get(code)?.id}/baselines`)).body as Baseline[];
  const problems = (response: JsonResponse) => (response.body as ErrorBody).fields;

  it('previews a good CSV on a dry run, row by row with spreadsheet row numbers, and writes nothing', async () => {
    const before = await countWrites();
    const response = await upload(toCsv(goodRows, { bom: true }), { dryRun: true });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({
      dryRun: true,
      rowCount: 4,
      created: 0,
      rows: [
        { row: 2, indicatorCode: 'GE-1', referenceYear: 2020, isDataGap: false, value: 41.5, narrative: null, area: 'Georgia (national)' },
        { row: 3, indicatorCode: 'GE-2', referenceYear: 2020, isDataGap: false, value: null, narrative: 'A referral mechanism is in place', area: null },
        { row: 4, indicatorCode: 'GE-1', referenceYear: 2019, isDataGap: true, value: null, narrative: null, area: null },
        { row: 6, indicatorCode: 'GE-3', referenceYear: 2020, isDataGap: false, value: 12500, narrative: null, area: 'Tbilisi' },
      ],
    } satisfies BaselineImportView);
    expect(await countWrites()).toEqual(before);
  });

  it('refuses a file with one bad row whole, naming the row and column, on a dry run and on a commit alike', async () => {
    const bad = goodRows.map((row) => [...row]);
    (bad[2] as string[])[2] = 'about 40';
    (bad[2] as string[])[0] = 'GE-1';
    (bad[2] as string[])[3] = '';
    const before = await countRows(harness.dataSource);
    for (const dryRun of [true, false]) {
      const response = await upload(toCsv(bad), { dryRun });
      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        code: 'validation_failed',
        message: 'The file was not imported: 1 problem in 1 of its 4 rows; nothing was written',
        fields: [{ path: 'rows.3.value', message: 'Row 3, value: must be a number for a percentage indicator' }],
      });
    }
    expect(await countRows(harness.dataSource)).toEqual(before);
  });

  it('lists every problem of every row: unknown code, a gap without reason, text in a number, a baseline given twice', async () => {
    const before = await countWrites();
    const response = await upload(
      toCsv([
        ['indicator_code', 'reference_year', 'value', 'is_data_gap', 'gap_reason', 'area'],
        ['GE-9', '2020', '1', '', '', ''],
        ['GE-1', '2018', '', 'true', '', ''],
        ['GE-3', 'last year', 'many', '', '', ''],
        ['GE-3', '2017', '5', '', '', 'Kutaisi'],
        ['GE-3', '2017', '6', '', '', 'Kutaisi'],
      ]),
      { dryRun: true },
    );
    expect(response.status).toBe(422);
    expect(problems(response)).toEqual([
      { path: 'rows.2.indicator_code', message: 'Row 2, indicator_code: no indicator has the code GE-9 in your network' },
      { path: 'rows.3.gap_reason', message: 'Row 3, gap_reason: is required for a data gap: say why there is no baseline' },
      { path: 'rows.4.reference_year', message: 'Row 4, reference_year: must be a year, e.g. 2020' },
      { path: 'rows.4.value', message: 'Row 4, value: must be a number for a number indicator' },
      { path: 'rows.6.reference_year', message: 'Row 6, reference_year: GE-3 already has a baseline for 2017 (Kutaisi) in row 5; give each baseline once' },
    ]);
    expect(await countWrites()).toEqual(before);
  });

  it('lists at most 1,000 problems, then says how many more there are', async () => {
    const rows = [['indicator_code', 'reference_year', 'value'], ...Array.from({ length: 1_200 }, (_, index) => ['GE-1', String(2000 + (index % 50)), `${index},5`])];
    const response = await upload(toCsv(rows), { dryRun: true });
    expect(response.status).toBe(422);
    const fields = problems(response);
    expect(fields).toHaveLength(1_001);
    expect(fields[0]).toEqual({ path: 'rows.2.value', message: 'Row 2, value: must be a number for a percentage indicator; write plain digits with . as the decimal mark, such as 1250 or 48.2' });
    expect(fields.at(-1)).toEqual({ path: 'rows', message: '…and 200 more problems' });
    expect((response.body as ErrorBody).message).toBe('The file was not imported: 1200 problems in 1200 of its 1200 rows; nothing was written');
  });

  it('commits the fixed file in one go: every row recorded with one audit entry each, readable in its history', async () => {
    const before = await countWrites();
    const response = await upload(toCsv(goodRows, { bom: true }), { dryRun: false });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ dryRun: false, rowCount: 4, created: 4 });
    expect(await countWrites()).toEqual({ ...before, baselines: before.baselines + 4, audit: before.audit + 4 });

    const [percentage2020, gap2019] = await listBaselines('GE-1');
    expect(percentage2020).toMatchObject({
      referenceYear: 2020,
      value: 41.5,
      total: 41.5,
      disaggregation: [
        { dimension: 'sex', category: 'female', value: 44 },
        { dimension: 'sex', category: 'male', value: 39 },
      ],
      area: 'Georgia (national)',
      source: { provider: 'Geostat', dataset: null, link: null },
      notes: 'Projected, "2014 census"',
      recordedBy: { displayName: expect.any(String) },
    });
    expect(gap2019).toMatchObject({ referenceYear: 2019, isDataGap: true, gapReason: 'No survey that year', value: null });
    expect(await listBaselines('GE-2')).toMatchObject([{ narrative: 'A referral mechanism is in place', value: null }]);

    const audit = await findAuditRows(harness.dataSource, percentage2020?.id as string);
    expect(audit).toMatchObject([{ entity_type: 'indicator_baseline', action: 'create', before: null, after: { referenceYear: 2020, value: 41.5, area: 'Georgia (national)' } }]);
    const history = await request(app, { method: 'GET', url: `/api/audit/indicator_baseline/${percentage2020?.id}`, headers: { cookie: expert } });
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject([{ entityType: 'indicator_baseline', entityId: percentage2020?.id, action: 'create', before: null, after: { referenceYear: 2020, value: 41.5 } }]);
  });

  it('refuses to record a baseline again: edit it instead', async () => {
    const before = await countWrites();
    const response = await upload(toCsv([goodRows[0] as string[], goodRows[4] as string[], goodRows[1] as string[]]), { dryRun: false });
    expect(response.status).toBe(422);
    expect(problems(response)).toEqual([{ path: 'rows.3.reference_year', message: 'Row 3, reference_year: GE-1 already has a baseline for 2020 (Georgia (national)); edit it instead' }]);
    expect(await countWrites()).toEqual(before);
  });

  it('reads the first worksheet of an XLSX workbook the same way, with typed cells', async () => {
    const rows: ExcelJS.CellValue[][] = [
      ['reference_year', 'indicator_code', 'value', 'reference_date', 'is_data_gap', 'gap_reason', 'narrative', 'source_link', 'source_provider'],
      [2021, 'GE-1', 47.25, new Date('2021-06-30T00:00:00Z'), false, null, null, { text: 'https://www.geostat.ge', hyperlink: 'https://www.geostat.ge' }, 'Geostat'],
      [2021, 'GE-2', null, null, null, null, { richText: [{ text: 'A policy ' }, { text: 'was adopted', font: { bold: true } }] }, null, null],
      [2021, 'GE-3', { formula: '2*1000', result: 2000 }, null, null, null, null, null, null],
      [2018, 'GE-3', null, null, true, 'No register before 2019', null, null, null],
    ];
    const bad = await toXlsx([...rows, [2021, 'GE-1', 'forty', null, null, null, null, null, null]]);
    const before = await countWrites();
    const refused = await upload(bad, { dryRun: true, contentType: xlsxType });
    expect(refused.status).toBe(422);
    expect(problems(refused)).toEqual([{ path: 'rows.6.value', message: 'Row 6, value: must be a number for a percentage indicator' }]);
    expect(await countWrites()).toEqual(before);

    const good = await toXlsx(rows);
    const preview = await upload(good, { dryRun: true, contentType: xlsxType });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect((preview.body as BaselineImportView).rows.map(({ row, indicatorCode, value, narrative }) => [row, indicatorCode, value, narrative])).toEqual([
      [2, 'GE-1', 47.25, null],
      [3, 'GE-2', null, 'A policy was adopted'],
      [4, 'GE-3', 2000, null],
      [5, 'GE-3', null, null],
    ]);
    const committed = await upload(good, { dryRun: false, contentType: xlsxType });
    expect(committed.body).toMatchObject({ dryRun: false, created: 4 });
    expect((await listBaselines('GE-1'))[0]).toMatchObject({ referenceYear: 2021, referenceDate: '2021-06-30', value: 47.25, source: { provider: 'Geostat', link: 'https://www.geostat.ge' } });
  });

  it('refuses a header it cannot read: an unknown column named, a required one missing, a file with no rows', async () => {
    const before = await countWrites();
    const unknown = await upload(toCsv([['indicator_code', 'reference_year', 'valeu'], ['GE-3', '2016', '1']]), { dryRun: true });
    expect(unknown.status).toBe(422);
    expect(problems(unknown)).toEqual([{ path: 'columns.valeu', message: `Column valeu: is not a column of a baseline file; the columns are ${baselineImportColumns.join(', ')}` }]);
    const missing = await upload(toCsv([['reference_year', 'value'], ['2016', '1']]), { dryRun: false });
    expect(problems(missing)).toEqual([{ path: 'columns.indicator_code', message: 'Column indicator_code: is missing: the header row must name it' }]);
    for (const content of ['', toCsv([header]), '\uFEFF']) {
      const empty = await upload(content, { dryRun: false });
      expect({ status: empty.status, code: (empty.body as ErrorBody).code, paths: problems(empty).map((field) => field.path) }).toEqual({ status: 422, code: 'validation_failed', paths: ['file'] });
    }
    const semicolons = await upload('indicator_code;reference_year\r\nGE-3;2016', { dryRun: true });
    expect(problems(semicolons)[0]?.message).toMatch(/separate the columns with commas/);
    expect(await countWrites()).toEqual(before);
  });

  it('takes only CSV and XLSX, up to 20 MB, and a CSV nowhere else', async () => {
    const before = await countWrites();
    const json = await request(app, { method: 'POST', url: `/api/networks/${networkId}/baseline-imports?dryRun=true`, headers: asUser(expert), payload: { rows: [] } });
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({ code: 'unsupported_media_type', message: expect.stringContaining('text/csv') });
    expect((await upload('a,b', { dryRun: true, contentType: 'text/plain' })).status).toBe(415);
    expect((await upload('a,b', { dryRun: true, contentType: 'application/vnd.ms-excel' })).status).toBe(415);
    const tooLarge = await upload(Buffer.alloc(maxBaselineFileBytes + 1, 'x'), { dryRun: true });
    expect({ status: tooLarge.status, code: (tooLarge.body as ErrorBody).code }).toEqual({ status: 413, code: 'payload_too_large' });
    const elsewhere = await request(app, { method: 'POST', url: `/api/networks/${networkId}/indicators`, headers: asUser(expert, { 'content-type': 'text/csv' }), payload: 'code,name' });
    expect(elsewhere.body).toEqual({ code: 'unsupported_media_type', message: 'Send the request body as application/json' });
    expect((await upload(Buffer.from('not a zip'), { dryRun: true, contentType: xlsxType })).status).toBe(422);
    expect((await upload(Buffer.from([0x69, 0x6e, 0xff, 0x2c]), { dryRun: true })).status).toBe(422);
    expect(problems(await upload('indicator_code,reference_year\r\n"GE-3,2016', { dryRun: true }))[0]?.message).toMatch(/^The CSV file cannot be read: /);
    expect(await countWrites()).toEqual(before);
  });

  it('answers a retried commit with the same Idempotency-Key from the first, writing once', async () => {
    const file = toCsv([['indicator_code', 'reference_year', 'value'], ['GE-3', '2015', '100']]);
    const key = { 'idempotency-key': 'baseline-import-2015' };
    const before = await countWrites();
    const first = await upload(file, { dryRun: false, headers: key });
    const retry = await upload(file, { dryRun: false, headers: key });
    expect(first.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await countWrites()).toEqual({ baselines: before.baselines + 1, audit: before.audit + 1, idempotency: before.idempotency + 1 });
    const other = await upload(toCsv([['indicator_code', 'reference_year', 'value'], ['GE-3', '2014', '100']]), { dryRun: false, headers: key });
    expect(other.status).toBe(422);
    expect((other.body as ErrorBody).code).toBe('idempotency_key_reused');
  });

  it('hands out a template: the header row and an example row for the first indicator, which imports as it is', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/networks/${networkId}/baseline-imports/template.csv`, headers: { cookie: expert } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="baselines-template.csv"');
    const [templateHeader, example] = parse(response.body, { bom: true }) as string[][];
    expect(templateHeader).toEqual([...baselineImportColumns]);
    expect(example?.slice(0, 2)).toEqual(['GE-1', '2020']);
    const preview = await upload(response.rawPayload, { dryRun: true });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
  });

  it('imports 10,000 rows in one transaction: dry run and commit', async () => {
    const rows = [['indicator_code', 'reference_year', 'value', 'area', 'source_provider', 'method', 'nature_of_data', 'confidence']];
    for (let index = 0; index < 10_000; index += 1) {
      rows.push(['GE-3', String(1990 + (index % 100)), String(index * 1.5), `Municipality ${Math.floor(index / 100)}`, 'Geostat', 'Administrative register count', 'country', 'high']);
    }
    const file = toCsv(rows);
    const before = await countWrites();
    const dryRunStarted = performance.now();
    const preview = await upload(file, { dryRun: true });
    const dryRunMs = performance.now() - dryRunStarted;
    expect(preview.status, JSON.stringify(preview.body).slice(0, 500)).toBe(200);
    expect((preview.body as BaselineImportView).rowCount).toBe(10_000);
    expect(await countWrites()).toEqual(before);
    const commitStarted = performance.now();
    const committed = await upload(file, { dryRun: false });
    const commitMs = performance.now() - commitStarted;
    expect(committed.status).toBe(200);
    expect((committed.body as BaselineImportView).created).toBe(10_000);
    expect(await countWrites()).toEqual({ ...before, baselines: before.baselines + 10_000, audit: before.audit + 10_000 });
    console.info(`10,000-row CSV (${(file.length / 1024 / 1024).toFixed(1)} MB): dry run ${Math.round(dryRunMs)} ms, commit ${Math.round(commitMs)} ms`);
  });
});
