import { baselineImportColumns, demoAccountPassword } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasswordHasher } from '../src/accounts/password-hasher.js';
import { UserEntity } from '../src/accounts/user.entity.js';
import { asUser, signIn } from './support/accounts.js';
import { createOtherNetwork } from './support/other-network.js';
import { request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const indicatorDefinitions = [
  {
    code: 'GE-1',
    name: 'Share of migrants with a residence permit',
    definition: 'Migrants holding a valid residence permit as a share of all migrants',
    measure: 'percentage',
    unit: 'PERCENT',
    direction: 'increase',
    disaggregationDimensions: ['sex', 'age'],
    custodian: 'Geostat',
    frequency: 'annual',
    gcmObjectiveNumbers: [1, 7],
    gcmPrincipleNumbers: [4, 9],
    sdgIndicatorCodes: ['10.7.2'],
  },
  {
    code: 'GE-2',
    name: 'Referral mechanism for victims of trafficking',
    definition: 'Whether a national referral mechanism is in place',
    measure: 'qualitative',
    direction: 'none',
    disaggregationDimensions: [],
    gcmObjectiveNumbers: [10],
    sdgIndicatorCodes: [],
  },
];

/** Every kind of value a baseline file carries, including text a spreadsheet would take for a formula. */
const baselineFile = [
  'indicator_code,reference_year,reference_date,is_data_gap,gap_reason,value,narrative,total,disaggregation,area,source_provider,source_dataset,source_link,method,nature_of_data,confidence,notes',
  'GE-1,2020,2020-12-31,false,,41.5,,41.5,sex:female=44; sex:male=39; age:15-24=30.25,Georgia (national),Geostat,Migration statistics 2020,https://www.geostat.ge,"Permits, divided by the stock",country_adjusted,medium,-5% on 2019',
  'GE-1,2019,,true,"No survey, none planned",,,,,,,,,,,,',
  'GE-2,2020,,false,,,"=A referral mechanism, with a ""hotline""",,,Adjara,,,,,,low,',
].join('\r\n');

const readCsv = (body: string): string[][] => parse(body, { bom: true });

const readXlsx = async (payload: Buffer): Promise<{ name: string; rows: unknown[][] }> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
};

describe('indicator, baseline and crosswalk exports', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let expert: string;
  let networkId: string;

  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_indicator_exports');
    app = harness.app;
    expert = await signIn(app, 'expert');
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    for (const definition of indicatorDefinitions) {
      expect((await request(app, { method: 'POST', url: `/api/networks/${networkId}/indicators`, headers: asUser(expert), payload: definition })).status).toBe(201);
    }
    const [indicator] = (await request(app, `/api/networks/${networkId}/indicators`)).body as { id: string; version: number }[];
    const targets = await request(app, {
      method: 'PUT',
      url: `/api/indicators/${indicator?.id}/targets`,
      headers: asUser(expert, { 'if-match': `"${indicator?.version}"` }),
      payload: { targets: [{ year: 2025, value: 50 }, { year: 2030, value: 60 }] },
    });
    expect(targets.status).toBe(200);
    const imported = await request(app, {
      method: 'POST',
      url: `/api/networks/${networkId}/baseline-imports?dryRun=false`,
      headers: asUser(expert, { 'content-type': 'text/csv' }),
      payload: baselineFile,
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const strategy = (await request(app, `/api/networks/${networkId}/strategy`)).body as { goals: { objectives: { id: string }[] }[] };
    const link = await request(app, {
      method: 'POST',
      url: '/api/crosswalk/links',
      headers: asUser(expert),
      payload: { strategyObjectiveId: strategy.goals[0]?.objectives[0]?.id, target: { kind: 'gcm_objective', number: 7 }, fit: 'partial', rationale: 'Both protect migrants in vulnerable situations' },
    });
    expect(link.status).toBe(201);
  });
  afterAll(() => harness.close());

  const download = async (path: string) => {
    const response = await app.inject({ method: 'GET', url: `/api/networks/${networkId}/${path}` });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };

  it('exports the indicators as CSV and XLSX, with headers and labels in English or Georgian', async () => {
    const csv = await download('indicators/export.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="indicators.csv"');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const [header, first, second] = readCsv(csv.body);
    expect(header).toEqual(['Code', 'Name', 'Definition', 'Measure', 'Unit', 'Direction of improvement', 'Disaggregation dimensions', 'Custodian or source agency', 'Frequency', 'GCM objectives', 'GCM guiding principles', 'SDG indicators', 'Targets']);
    expect(first).toEqual(['GE-1', 'Share of migrants with a residence permit', 'Migrants holding a valid residence permit as a share of all migrants', 'Percentage', 'PERCENT', 'Increase', 'sex, age', 'Geostat', 'annual', '1, 7', '4, 9', '10.7.2', '2025: 50\n2030: 60']);
    expect(second?.slice(0, 6)).toEqual(['GE-2', 'Referral mechanism for victims of trafficking', 'Whether a national referral mechanism is in place', 'Qualitative', '', 'None']);

    const georgian = await download('indicators/export.csv?lang=ka');
    expect(georgian.headers['content-disposition']).toBe('attachment; filename="indicators-ka.csv"');
    expect(readCsv(georgian.body)[0]?.slice(0, 4)).toEqual(['კოდი', 'დასახელება', 'განმარტება', 'გაზომვის სახე']);
    expect(readCsv(georgian.body)[1]?.[3]).toBe('პროცენტი');

    const xlsx = await readXlsx((await download('indicators/export.xlsx')).rawPayload);
    expect(xlsx.name).toBe('Indicators');
    expect(xlsx.rows[0]?.slice(0, 3)).toEqual(['Code', 'Name', 'Definition']);
    expect(xlsx.rows[1]?.slice(0, 4)).toEqual(['GE-1', 'Share of migrants with a residence permit', 'Migrants holding a valid residence permit as a share of all migrants', 'Percentage']);
  });

  it('exports the baselines with the import columns as headers in both languages, values machine-readable', async () => {
    for (const lang of ['en', 'ka']) {
      const csv = await download(`baselines/export.csv?lang=${lang}`);
      const [header, ...rows] = readCsv(csv.body);
      expect(header).toEqual([...baselineImportColumns]);
      expect(rows).toHaveLength(3);
    }
    const [, gap, percentage, qualitative] = readCsv((await download('baselines/export.csv')).body);
    expect(percentage).toEqual([
      'GE-1', '2020', '2020-12-31', 'false', '', '41.5', '', '41.5', 'sex:female=44; sex:male=39; age:15-24=30.25', 'Georgia (national)', 'Geostat',
      'Migration statistics 2020', 'https://www.geostat.ge', 'Permits, divided by the stock', 'country_adjusted', 'medium', "'-5% on 2019",
    ]);
    expect(gap?.slice(0, 6)).toEqual(['GE-1', '2019', '', 'true', 'No survey, none planned', '']);
    expect(qualitative?.[6]).toBe('\'=A referral mechanism, with a "hotline"');

    const xlsx = await readXlsx((await download('baselines/export.xlsx?lang=ka')).rawPayload);
    expect(xlsx.name).toBe('საბაზისო მაჩვენებლები');
    expect(xlsx.rows[0]).toEqual([...baselineImportColumns]);
    expect(xlsx.rows[2]?.slice(0, 6)).toEqual(['GE-1', 2020, new Date('2020-12-31T00:00:00Z'), 'false', undefined, 41.5]);
    expect(xlsx.rows[3]?.[6]).toBe('=A referral mechanism, with a "hotline"');
  });

  it('exports the crosswalk: one row per link, and one per strategy objective with no link yet', async () => {
    const [header, linked, unlinked, ...rest] = readCsv((await download('crosswalk/export.csv')).body);
    expect(header).toEqual(['Strategy goal', 'Strategy objective', 'Linked to', 'GCM objective / SDG target / SDG indicator', 'Title or wording', 'Fit', 'Rationale']);
    expect(linked?.slice(2)).toEqual(['GCM objective', '7', expect.stringMatching(/vulnerabilities/), 'Partial', 'Both protect migrants in vulnerable situations']);
    expect(linked?.[1]).toMatch(/^Objective 1\.1/);
    expect(unlinked?.slice(1)).toEqual([expect.stringMatching(/^Objective 1\.2/), '', '', '', '', '']);
    expect(rest).toHaveLength(4);

    const xlsx = await readXlsx((await download('crosswalk/export.xlsx?lang=ka')).rawPayload);
    expect(xlsx.name).toBe('შესაბამისობის ცხრილი');
    expect(xlsx.rows[0]?.[0]).toBe('სტრატეგიის მიზანი');
    expect(xlsx.rows[1]?.slice(2, 4)).toEqual(['GCM-ის მიზანი', '7']);
    expect(xlsx.rows[1]?.[5]).toBe('ნაწილობრივი');
  });

  it('answers 404 for a network that does not exist', async () => {
    for (const path of ['indicators/export.csv', 'baselines/export.xlsx', 'crosswalk/export.csv']) {
      const response = await request(app, `/api/networks/00000000-0000-4000-8000-000000000000/${path}`);
      expect(response.status).toBe(404);
    }
  });

  it('round-trips: baselines exported as CSV or XLSX import into another network with the same indicators, and export the same again', async () => {
    const other = await createOtherNetwork(harness.dataSource);
    const user = await harness.dataSource.manager.save(
      harness.dataSource.manager.create(UserEntity, {
        email: 'expert@armenia.example',
        displayName: 'Armenia expert',
        passwordHash: await new PasswordHasher().hash(demoAccountPassword),
        role: 'expert',
        organisationId: (await harness.dataSource.query('SELECT organisation_id FROM user_account WHERE id = $1', [other.users.admin.id]))[0].organisation_id,
        networkId: other.networkId,
        isActive: true,
      }),
    );
    const otherExpert = await signIn(app, { email: user.email, password: demoAccountPassword });
    for (const definition of indicatorDefinitions) {
      expect((await request(app, { method: 'POST', url: `/api/networks/${other.networkId}/indicators`, headers: asUser(otherExpert), payload: definition })).status).toBe(201);
    }
    const importInto = (payload: Buffer, contentType: string, dryRun: boolean) =>
      request(app, { method: 'POST', url: `/api/networks/${other.networkId}/baseline-imports?dryRun=${dryRun}`, headers: asUser(otherExpert, { 'content-type': contentType }), payload });

    const exportedCsv = (await download('baselines/export.csv')).rawPayload;
    const exportedXlsx = (await download('baselines/export.xlsx')).rawPayload;
    const xlsxPreview = await importInto(exportedXlsx, xlsxType, true);
    expect(xlsxPreview.status, JSON.stringify(xlsxPreview.body)).toBe(200);
    expect(xlsxPreview.body).toMatchObject({ rowCount: 3, created: 0 });
    const committed = await importInto(exportedCsv, 'text/csv', false);
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    expect(committed.body).toMatchObject({ rowCount: 3, created: 3 });

    const reExported = await app.inject({ method: 'GET', url: `/api/networks/${other.networkId}/baselines/export.csv` });
    expect(reExported.body).toBe(exportedCsv.toString('utf8'));
    const again = await importInto(exportedXlsx, xlsxType, true);
    expect(again.status).toBe(422);
  });
});
