import { type Browser, test } from '@playwright/test';
import { startBenchApp } from './bench-app.js';
import { countBaselines, seedGeorgiaBaselines, seedOtherNetworks, type BaselineTotals } from './indicator-dashboard.seed.js';

/**
 * Indicator-dashboard benchmark, in two sizes on one fresh embedded database:
 * 1. Georgia with BENCH_GEORGIA_BASELINES (10,000) baselines and gaps;
 * 2. the same plus BENCH_NETWORKS - 1 (199) more country networks, up to BENCH_TOTAL_BASELINES (1,000,000) in all.
 * For each size: the dashboard API for Georgia, BENCH_API_REQUESTS (50) requests one after another, p50/p99 (and the
 * drill-down of GCM objective 1); then the page /dashboard in Chromium, BENCH_RUNS (5) loads in fresh contexts signed
 * in as Georgia's expert: first chart bar painted, the coverage table in the DOM, FCP, LCP, and any CSP violation.
 *
 * Run: npm run bench:dashboard
 */

const georgiaBaselines = Number(process.env.BENCH_GEORGIA_BASELINES ?? 10_000);
const totalBaselines = Number(process.env.BENCH_TOTAL_BASELINES ?? 1_000_000);
const networkCount = Number(process.env.BENCH_NETWORKS ?? 200);
const apiRequests = Number(process.env.BENCH_API_REQUESTS ?? 50);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const viewport = { width: 1360, height: 900 };
const expert = { email: 'expert@compact-tracker.example', password: 'georgia-2021-demo' };

type ApiFigures = { p50Ms: number; p99Ms: number; minMs: number; maxMs: number; responseKb: number };
type PaintFigures = {
  firstChartPaintedMs: number;
  coverageTableInDomMs: number;
  fcpMs: number;
  lcpMs: number;
  dashboardResponseEndMs: number;
  chartBars: number;
  domElements: number;
  cspViolations: number;
  consoleErrors: number;
};
type SizeFigures = { title: string; totals: BaselineTotals; dashboardApi: ApiFigures; drillDownApi: ApiFigures; paint: PaintFigures[] };

type BenchWindow = Window & {
  __dashboardBench: { lcp?: number; tableInDom?: number; chartPainted?: number; cspViolations: string[] };
};

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return (sorted[lower] as number) + ((sorted[upper] as number) - (sorted[lower] as number)) * (position - lower);
};

/** Sequential requests, each timed until its whole body has arrived, after a few unmeasured ones. */
const measureApi = async (url: string, count: number): Promise<ApiFigures> => {
  const fetchOnce = async () => {
    const start = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}: ${Buffer.from(body).toString('utf8')}`);
    return { ms: performance.now() - start, bytes: body.byteLength };
  };
  for (let warmUp = 0; warmUp < 5; warmUp += 1) await fetchOnce();
  const timings: number[] = [];
  let bytes = 0;
  for (let request = 0; request < count; request += 1) {
    const result = await fetchOnce();
    timings.push(result.ms);
    bytes = result.bytes;
  }
  return { p50Ms: quantile(timings, 0.5), p99Ms: quantile(timings, 0.99), minMs: Math.min(...timings), maxMs: Math.max(...timings), responseKb: bytes / 1024 };
};

const measurePaint = async (browser: Browser, baseUrl: string): Promise<PaintFigures> => {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  try {
    const signIn = await context.request.post(`${baseUrl}/api/auth/sign-in`, { headers: { 'x-requested-with': 'compact-tracker' }, data: expert });
    if (!signIn.ok()) throw new Error(`signing in as the expert answered ${signIn.status()}`);
    const page = await context.newPage();
    let consoleErrors = 0;
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors += 1;
    });
    await page.addInitScript(() => {
      const marks: BenchWindow['__dashboardBench'] = { cspViolations: [] };
      (window as unknown as BenchWindow).__dashboardBench = marks;
      document.addEventListener('securitypolicyviolation', (event) => marks.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        if (last) marks.lcp = last.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      // The first bar of a chart in the DOM, then two frames: the second callback runs after the frame that painted it.
      const observer = new MutationObserver(() => {
        if (marks.tableInDom === undefined && document.querySelector('table caption')?.textContent === 'Coverage of the 23 GCM objectives') {
          marks.tableInDom = performance.now();
        }
        if (marks.chartPainted !== undefined || !document.querySelector('.recharts-bar-rectangle')) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => {
          marks.chartPainted = performance.now();
        }));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl}/dashboard`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__dashboardBench.chartPainted !== undefined, undefined, { timeout: 60_000 });
    // Let late requests and LCP settle before reading; networkidle waits for 500 ms without requests.
    await page.waitForLoadState('networkidle');
    const figures = await page.evaluate(() => {
      const marks = (window as unknown as BenchWindow).__dashboardBench;
      const dashboardEntry = performance
        .getEntriesByType('resource')
        .find((entry): entry is PerformanceResourceTiming => /\/indicator-dashboard$/.test(entry.name));
      return {
        firstChartPaintedMs: marks.chartPainted ?? Number.NaN,
        coverageTableInDomMs: marks.tableInDom ?? Number.NaN,
        fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        lcpMs: marks.lcp ?? Number.NaN,
        dashboardResponseEndMs: dashboardEntry?.responseEnd ?? Number.NaN,
        chartBars: document.querySelectorAll('.recharts-bar-rectangle').length,
        domElements: document.getElementsByTagName('*').length,
        cspViolations: marks.cspViolations.length,
      };
    });
    return { ...figures, consoleErrors };
  } finally {
    await context.close();
  }
};

const measureSize = async (browser: Browser, baseUrl: string, georgiaId: string, title: string, totals: BaselineTotals): Promise<SizeFigures> => {
  const dashboardUrl = `${baseUrl}/api/networks/${georgiaId}/indicator-dashboard`;
  const dashboardApi = await measureApi(dashboardUrl, apiRequests);
  const drillDownApi = await measureApi(`${dashboardUrl}/objectives/1`, apiRequests);
  console.log(`${title}: dashboard API p50 ${dashboardApi.p50Ms.toFixed(1)} ms, p99 ${dashboardApi.p99Ms.toFixed(1)} ms over ${apiRequests} requests`);
  // One unmeasured load warms the server, the chart chunk and the OS file cache.
  await measurePaint(browser, baseUrl);
  const paint: PaintFigures[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const result = await measurePaint(browser, baseUrl);
    paint.push(result);
    console.log(`${title}, load ${run}/${runs}: first chart painted ${result.firstChartPaintedMs.toFixed(0)} ms, LCP ${result.lcpMs.toFixed(0)} ms, ${result.cspViolations} CSP violations`);
  }
  return { title, totals, dashboardApi, drillDownApi, paint };
};

const median = (values: number[], digits: number) => {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return 'n/a';
  return `${quantile(finite, 0.5).toFixed(digits)} (${Math.min(...finite).toFixed(digits)}–${Math.max(...finite).toFixed(digits)})`;
};

const printTable = (sizes: SizeFigures[]) => {
  const rows: [string, (size: SizeFigures) => string][] = [
    ['country networks', (size) => size.totals.networks.toLocaleString('en-GB')],
    ['indicators (all networks)', (size) => size.totals.indicators.toLocaleString('en-GB')],
    ['baselines and gaps (all networks)', (size) => size.totals.baselines.toLocaleString('en-GB')],
    ["Georgia's indicators", (size) => size.totals.georgiaIndicators.toLocaleString('en-GB')],
    ["Georgia's baselines and gaps", (size) => size.totals.georgiaBaselines.toLocaleString('en-GB')],
    [`dashboard API p50 (ms, ${apiRequests} requests)`, (size) => size.dashboardApi.p50Ms.toFixed(1)],
    ['dashboard API p99 (ms)', (size) => size.dashboardApi.p99Ms.toFixed(1)],
    ['dashboard API min–max (ms)', (size) => `${size.dashboardApi.minMs.toFixed(1)}–${size.dashboardApi.maxMs.toFixed(1)}`],
    ['dashboard API response (KiB)', (size) => size.dashboardApi.responseKb.toFixed(1)],
    ['drill-down objective 1 API p50 (ms)', (size) => size.drillDownApi.p50Ms.toFixed(1)],
    ['drill-down objective 1 API p99 (ms)', (size) => size.drillDownApi.p99Ms.toFixed(1)],
    ['drill-down response (KiB)', (size) => size.drillDownApi.responseKb.toFixed(1)],
    [`page: first chart painted (ms, median of ${runs})`, (size) => median(size.paint.map((run) => run.firstChartPaintedMs), 0)],
    ['page: coverage table in the DOM (ms)', (size) => median(size.paint.map((run) => run.coverageTableInDomMs), 0)],
    ['page: dashboard API response end (ms)', (size) => median(size.paint.map((run) => run.dashboardResponseEndMs), 0)],
    ['page: first contentful paint (ms)', (size) => median(size.paint.map((run) => run.fcpMs), 0)],
    ['page: largest contentful paint (ms)', (size) => median(size.paint.map((run) => run.lcpMs), 0)],
    ['page: chart bars drawn', (size) => median(size.paint.map((run) => run.chartBars), 0)],
    ['page: DOM elements', (size) => median(size.paint.map((run) => run.domElements), 0)],
    ['page: CSP violations (all loads)', (size) => String(size.paint.reduce((sum, run) => sum + run.cspViolations, 0))],
    ['page: console errors (all loads)', (size) => String(size.paint.reduce((sum, run) => sum + run.consoleErrors, 0))],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const cells = rows.map(([, value]) => sizes.map(value));
  const widths = sizes.map((size, column) => Math.max(size.title.length, ...cells.map((line) => (line[column] as string).length)));
  const line = (label: string, values: string[]) => `${label.padEnd(labelWidth)} | ${values.map((value, i) => value.padStart(widths[i] as number)).join(' | ')}`;
  console.log(
    [
      '',
      `Indicator-dashboard benchmark · Georgia's dashboard · Chromium ${viewport.width}×${viewport.height}`,
      line('', sizes.map((size) => size.title)),
      '-'.repeat(labelWidth + widths.reduce((sum, width) => sum + width + 3, 0)),
      ...rows.map(([label], index) => line(label, cells[index] as string[])),
      '',
    ].join('\n'),
  );
};

test('indicator-dashboard benchmark: 10,000 baselines in one network, then 1,000,000 across 200', async ({ browser }) => {
  test.setTimeout(60 * 60_000);
  const app = await startBenchApp();
  try {
    console.log(`Chromium ${browser.version()} · app at ${app.baseUrl}`);
    const networks = (await (await fetch(`${app.baseUrl}/api/networks`)).json()) as { id: string; countryCode: string }[];
    const georgiaId = networks.find((network) => network.countryCode === 'GE')?.id;
    if (!georgiaId) throw new Error('the app seeded no Georgia network');

    let started = performance.now();
    await seedGeorgiaBaselines(app.databaseUrl, georgiaId, georgiaBaselines);
    const smallTotals = await countBaselines(app.databaseUrl, georgiaId);
    console.log(`Seeded ${smallTotals.georgiaBaselines.toLocaleString('en-GB')} baselines for Georgia in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const small = await measureSize(browser, app.baseUrl, georgiaId, `${smallTotals.baselines.toLocaleString('en-GB')} baselines, 1 network`, smallTotals);

    started = performance.now();
    await seedOtherNetworks(app.databaseUrl, networkCount - 1, totalBaselines - smallTotals.baselines);
    const largeTotals = await countBaselines(app.databaseUrl, georgiaId);
    console.log(`Seeded ${(largeTotals.baselines - smallTotals.baselines).toLocaleString('en-GB')} baselines in ${networkCount - 1} more networks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const large = await measureSize(browser, app.baseUrl, georgiaId, `${largeTotals.baselines.toLocaleString('en-GB')} baselines, ${largeTotals.networks} networks`, largeTotals);

    printTable([small, large]);
  } finally {
    await app.stop();
  }
});
