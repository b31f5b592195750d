import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadinessView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

/** What a reader's PDF viewer extracts through the fonts' ToUnicode maps (poppler's pdftotext), one string per page. */
const extractPages = (pdf: Buffer, directory: string): string[] => {
  const file = join(directory, `report-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((text) => text.trim().length > 0)
    .map((text) => text.replace(/\s+/g, ' '));
};

/** Page 1 as poppler renders it to PNG: width and height from the PNG's IHDR chunk. */
const renderFirstPage = (pdf: Buffer, directory: string, name: string): { png: Buffer; width: number; height: number } => {
  const file = join(directory, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', file, join(directory, name)]);
  const png = readFileSync(join(directory, `${name}.png`));
  return { png, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe('GET /api/networks/:id/readiness/report.pdf', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let networkId: string;
  let viewer: string;
  let directory: string;

  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_readiness_report');
    app = harness.app;
    ids = await findSeededIds(app);
    directory = mkdtempSync(join(tmpdir(), 'compact-tracker-readiness-report-'));
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    const organisations = (await request(app, '/api/organisations')).body as { id: string; shortName: string }[];
    const iom = organisations.find((organisation) => organisation.shortName === 'IOM')?.id as string;
    const [coChair, expert, reviewer] = await Promise.all([signIn(app, 'co_chair'), signIn(app, 'expert'), signIn(app, 'scmi_reviewer')]);
    viewer = await signIn(app, 'viewer');
    const send = async (method: 'POST' | 'PATCH', url: string, cookie: string, payload: unknown, extra: Record<string, string> = {}) => {
      const response = await request(app, { method, url, headers: asUser(cookie, extra), payload: payload as Record<string, unknown> });
      expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
      return response.body as { id: string; version: number };
    };

    // An indicator of objective 1 and the human-rights principle with only a data gap: in the grid and the register.
    const indicator = await send('POST', `/api/networks/${networkId}/indicators`, expert, {
      code: 'GE-RR1',
      name: 'Returning migrants registered with a service',
      definition: 'Returning migrants registered with a reintegration service in the year',
      measure: 'number',
      direction: 'increase',
      disaggregationDimensions: [],
      gcmObjectiveNumbers: [1],
      gcmPrincipleNumbers: [6],
      sdgIndicatorCodes: [],
    });
    await send('POST', `/api/indicators/${indicator.id}/baselines`, expert, { referenceYear: 2020, isDataGap: true, gapReason: 'No register of returning migrants exists yet' });
    // The webinar serves objective 23 with international cooperation, and left an action point still open.
    const webinar = (await request(app, `/api/activities/${ids.webinarId}`)).body as { version: number };
    await send('PATCH', `/api/activities/${ids.webinarId}`, coChair, { gcmObjectiveNumbers: [23], gcmPrincipleNumbers: [2] }, { 'if-match': `"${webinar.version}"` });
    await send('POST', `/api/activities/${ids.webinarId}/action-points`, coChair, { title: 'Share the IMRF pledging guidance with SCMI members', ownerOrganisationId: iom, dueDate: '2022-03-31' });
    // SCMI returns the voluntary review criterion with a reason.
    const summary = (await request(app, { method: 'GET', url: `/api/networks/${networkId}/readiness`, headers: { cookie: viewer } })).body as ReadinessView;
    const voluntaryReview = summary.criteria.find((criterion) => criterion.key === 'voluntary_review_report');
    await send('POST', `/api/readiness/criteria/${voluntaryReview?.id}/review`, reviewer, { decision: 'return', reason: 'No draft exists yet: attach the outline' }, {
      'if-match': `"${voluntaryReview?.version}"`,
    });
  });
  afterAll(async () => {
    await harness.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const report = (query: string, cookie: string | null = viewer) =>
    app.inject({ method: 'GET', url: `/api/networks/${networkId}/readiness/report.pdf${query}`, headers: cookie ? { cookie } : {} });

  it('is for the readers of the readiness summary, and names a bad query field', async () => {
    expect((await report('', null)).statusCode).toBe(401);
    const badLanguage = await report('?lang=de');
    expect(badLanguage.statusCode).toBe(400);
    expect(badLanguage.json()).toMatchObject({ code: 'validation_failed', fields: [{ path: 'lang' }] });
    expect((await report('?asOf=22.04.2021')).json()).toMatchObject({ code: 'validation_failed', fields: [{ path: 'asOf' }] });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await app.inject({ method: 'GET', url: `/api/networks/${unknown}/readiness/report.pdf`, headers: { cookie: viewer } });
    expect(missing.statusCode).toBe(404);
  });

  it('answers an A4 PDF named by its day, with the summary, criteria, grid, gaps, action points and the outline marked DRAFT on every page', async () => {
    const response = await report('');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="readiness-report-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');

    const pages = extractPages(pdf, directory);
    const text = pages.join(' ');
    expect(text).toContain('UN Network on Migration in Georgia');
    expect(text).toContain('Readiness report for the International Migration Review Forum');
    expect(text).toContain('The IMRF (17–20 May 2022) has taken place');
    expect(text).toMatch(/As of \d{1,2} [A-Z][a-z]+ \d{4} Summary/);
    expect(text).not.toContain('The history of these records begins');
    // The workshop is done, and the one aligned indicator has a justified gap: two met.
    expect(text).toMatch(/Summary 7 criteria: 2 met, 0 partly met, 5 not met; \d overdue/);
    expect(text).toContain('Review: in review: 0 accepted, 1 returned, 6 open or answered');
    expect(text).toContain('Cannot be signed off while a criterion is returned');
    expect(text).toContain('Readiness criteria');
    expect(text).toContain('Whole-of-society consultation held');
    expect(text).toContain('Computed from live data');
    expect(text).toContain('Met International Organization for Migration (IOM)');
    expect(text).toContain('Due 16 March 2021');
    expect(text).toContain('0 of 23 GCM objectives linked to the strategy');
    expect(text).toContain('Aligned indicators: 1 (0 with a baseline, 1 with a justified data gap, 0 with neither)');
    expect(text).toContain('Returned Last return: No draft exists yet: attach the outline');
    expect(text).toContain('Readiness grid: GCM objectives × guiding principles');
    expect(text).toContain('activities / with baseline / without a baseline');
    expect(text).toMatch(/1\. Collect and utilize accurate and disaggregated data as a basis for evidence-based policies – – – – – 0\/0\/1 – – – –/);
    expect(text).toMatch(/23\. Strengthen international cooperation and global partnerships for safe, orderly and regular migration – 1\/0\/0 – – – – – – – –/);
    expect(text).toContain('P6: Human rights');
    expect(text).toContain('Data-gap register');
    expect(text).toContain('GE-RR1 Returning migrants registered with a service 2020 No register of returning migrants exists yet');
    expect(text).toContain('Action points still open');
    expect(text).toContain('Share the IMRF pledging guidance with SCMI members IOM 31 March 2022');
    expect(text).not.toContain('as they stand now');

    const outlineStart = pages.findIndex((page) => page.includes('Draft outline for a voluntary GCM review'));
    expect(outlineStart).toBeGreaterThan(0);
    const outlinePages = pages.slice(outlineStart);
    for (const page of outlinePages) expect(page).toContain('DRAFT: section names unverified');
    for (const page of pages.slice(0, outlineStart)) expect(page).not.toContain('DRAFT');
    const outline = outlinePages.join(' ');
    expect(outline).toContain('Placeholder outline: the section names are unverified');
    expect(outline).toContain('1. Methodology and preparation of the review');
    expect(outline).toContain('Whole-of-society consultation held: Met');
    expect(outline).toContain('5. Next steps');
    expect(outline).toContain('Voluntary GCM review report drafted: Not met');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('shows a past day from the audit trail, counting down from it, and says the register and action points are current', async () => {
    const response = await report('?asOf=2021-04-22');
    expect(response.headers['content-disposition']).toBe('attachment; filename="readiness-report-2021-04-22.pdf"');
    const text = extractPages(response.rawPayload, directory).join(' ');
    expect(text).toContain('390 days to the IMRF (17–20 May 2022)');
    expect(text).toContain('As of 22 April 2021: criteria, review and grid as they stood then, rebuilt from the audit trail');
    expect(text).not.toContain('Last return');
    expect(text).toContain('The data-gap register and the action points are shown as they stand now.');
  });

  it('says, for a day before the history began, when it begins and that the records are shown as first recorded', async () => {
    const summary = (await request(app, { method: 'GET', url: `/api/networks/${networkId}/readiness?asOf=2021-04-22`, headers: { cookie: viewer } })).body as ReadinessView;
    expect(summary.asOf.isBeforeHistory).toBe(true);
    const historyBegins = DateTime.fromISO(summary.asOf.historyBeginsAt, { setZone: true });

    const english = extractPages((await report('?asOf=2021-04-22')).rawPayload, directory).join(' ');
    expect(english).toContain(`The history of these records begins on ${historyBegins.setLocale('en-GB').toFormat('d MMMM yyyy')}; for earlier days they are shown as first recorded.`);
    // The seeded criteria as first recorded: the workshop is done; the indicator added since did not exist yet.
    expect(english).toContain('Summary 7 criteria: 1 met, 0 partly met, 6 not met');
    expect(english).toContain('Whole-of-society consultation held');

    const georgian = extractPages((await report('?lang=ka&asOf=2021-04-22')).rawPayload, directory).join(' ');
    expect(georgian).toContain('ამ ჩანაწერების ისტორია იწყება:');
    expect(georgian).toContain('უფრო ადრეული დღეებისთვის ისინი ნაჩვენებია ისე, როგორც პირველად ჩაიწერა.');
  });

  it('prints in Georgian with lang=ka, in the embedded Noto Sans Georgian, and renders page 1 to PNG', async () => {
    const response = await report('?lang=ka');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="readiness-report-\d{4}-\d{2}-\d{2}-ka\.pdf"$/);
    const raw = response.rawPayload.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansGeorgian-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansGeorgian-Bold/);
    expect(raw).toContain('/Lang (ka-GE)');

    const pages = extractPages(response.rawPayload, directory);
    const text = pages.join(' ');
    expect(text).toContain('მზადყოფნის ანგარიში მიგრაციის საერთაშორისო მიმოხილვის ფორუმისთვის');
    expect(text).toContain('IMRF (17–20 მაისი, 2022) უკვე ჩატარდა');
    expect(text).toContain('შეჯამება');
    expect(text).toContain('ჩატარდა კონსულტაცია მთლიანი საზოგადოების მიდგომით');
    expect(text).toContain('შესრულებულია');
    expect(text).toContain('დაბრუნებულია');
    expect(text).toContain('მზადყოფნის ბადე: GCM-ის მიზნები × სახელმძღვანელო პრინციპები');
    expect(text).toContain('P6: ადამიანის უფლებები');
    expect(text).toContain('მონაცემთა ხარვეზების რეესტრი');
    expect(text).toContain('ჯერ კიდევ ღია სამოქმედო პუნქტები');
    expect(text).toContain(`გვერდი 1 / ${pages.length}`);
    const outlineStart = pages.findIndex((page) => page.includes('ნებაყოფლობითი GCM მიმოხილვის სამუშაო მონახაზი'));
    expect(outlineStart).toBeGreaterThan(0);
    for (const page of pages.slice(outlineStart)) expect(page).toContain('DRAFT · სამუშაო ვერსია: ნაწილების სახელები გადაუმოწმებელია');
    expect(text).toContain('მიმოხილვის მეთოდოლოგია და მომზადება');
    // No glyph fell back to a face without it: pdftotext would show those as U+FFFD or drop them.
    expect(text).not.toContain('\uFFFD');

    const page = renderFirstPage(response.rawPayload, directory, 'readiness-report-ka');
    expect(page.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // A4 at 110 dpi: 8.27 × 11.69 inches, give or take poppler's rounding.
    expect(Math.abs(page.width - 909.5)).toBeLessThanOrEqual(1);
    expect(Math.abs(page.height - 1286.2)).toBeLessThanOrEqual(1);
  });
});
