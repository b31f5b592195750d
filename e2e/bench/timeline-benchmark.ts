import { type Browser, test } from '@playwright/test';
import { startBenchApp } from './bench-app.js';
import { seedActivities } from './seed-activities.js';

/**
 * Timeline benchmark: the workplan page in Chromium with the seeded 4-activity plan and with a plan of 2,000
 * activities (varied precisions, statuses, kinds, lead organisations), each loaded BENCH_RUNS times in a fresh
 * browser context. Reports the time to the first timeline row painted, LCP, DOM size, JS heap, frame times while
 * scrolling the whole list, and the time a zoom change and a filter take to show.
 *
 * Run: npm run bench:timeline   (BENCH_RUNS=5, BENCH_ACTIVITIES=2000 by default)
 */

const runs = Number(process.env.BENCH_RUNS ?? 5);
const activityTotal = Number(process.env.BENCH_ACTIVITIES ?? 2000);
const viewport = { width: 1360, height: 900 };
/** Pixels scrolled per frame: a brisk, steady fling through the list. */
const scrollStep = 240;
/** Frames measured at least, so a list too short to scroll still yields a frame cadence to compare with. */
const minimumScrollFrames = 60;

type LoadFigures = {
  firstRowPaintedMs: number;
  rowsInDomMs: number;
  fcpMs: number;
  lcpMs: number;
  workplanResponseEndMs: number;
  workplanResponseKb: number;
  domElements: number;
  timelineElements: number;
  renderedRows: number;
  ariaRowCount: number;
  domNodesCdp: number;
  jsHeapMb: number;
  loadLongTasks: number;
};

type ScrollFigures = {
  frameMedianMs: number;
  frameP95Ms: number;
  frameMaxMs: number;
  frames: number;
  framesOver50Ms: number;
  scrollLongTasks: number;
  scrolledPx: number;
  maxRowsInDom: number;
};

type InteractionFigures = { zoomToThreeYearsMs: number; filterByStatusMs: number };

type RunFigures = LoadFigures & ScrollFigures & InteractionFigures;

type BenchWindow = Window & {
  __timelineBench: { longTasks: number[]; lcp?: number; rowsInDom?: number; firstRowPainted?: number };
};

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return (sorted[lower] as number) + ((sorted[upper] as number) - (sorted[lower] as number)) * (position - lower);
};

const measureRun = async (browser: Browser, baseUrl: string, isWarmUp = false): Promise<RunFigures | undefined> => {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const marks: BenchWindow['__timelineBench'] = { longTasks: [] };
      (window as unknown as BenchWindow).__timelineBench = marks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) marks.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        if (last) marks.lcp = last.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      // The first activity row in the DOM, then two frames: the second callback runs after the frame that painted it.
      const observer = new MutationObserver(() => {
        if (marks.rowsInDom !== undefined || !document.querySelector('[role="row"][data-row-index]')) return;
        marks.rowsInDom = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => {
          marks.firstRowPainted = performance.now();
        }));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__timelineBench.firstRowPainted !== undefined, undefined, { timeout: 60_000 });
    // Let late requests and LCP settle before counting; networkidle waits for 500 ms without requests.
    await page.waitForLoadState('networkidle');

    const load = await page.evaluate(() => {
      const marks = (window as unknown as BenchWindow).__timelineBench;
      const grid = document.querySelector('[role="grid"]');
      const workplanEntry = performance
        .getEntriesByType('resource')
        .find((entry): entry is PerformanceResourceTiming => /\/api\/workplans\/[0-9a-f-]{36}/.test(entry.name));
      return {
        firstRowPaintedMs: marks.firstRowPainted ?? Number.NaN,
        rowsInDomMs: marks.rowsInDom ?? Number.NaN,
        fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        lcpMs: marks.lcp ?? Number.NaN,
        workplanResponseEndMs: workplanEntry?.responseEnd ?? Number.NaN,
        workplanResponseKb: (workplanEntry?.decodedBodySize ?? Number.NaN) / 1024,
        domElements: document.getElementsByTagName('*').length,
        timelineElements: grid?.getElementsByTagName('*').length ?? 0,
        renderedRows: grid?.querySelectorAll('[data-row-index]').length ?? 0,
        ariaRowCount: Number(grid?.getAttribute('aria-rowcount') ?? 0),
        loadLongTasks: marks.longTasks.length,
      };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
    if (isWarmUp) return undefined;

    const scroll = await page.evaluate(
      async ({ step, minimumFrames }) => {
        const scroller = document.querySelector<HTMLElement>('.ct-timeline__viewport');
        if (!scroller) throw new Error('no timeline viewport');
        const longTasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
        const frames: number[] = [];
        let maxRowsInDom = 0;
        let last = await nextFrame();
        for (let frame = 0; frame < 20_000; frame += 1) {
          const bottom = scroller.scrollHeight - scroller.clientHeight;
          const isAtBottom = scroller.scrollTop >= bottom - 1;
          if (isAtBottom && frames.length >= minimumFrames) break;
          scroller.scrollTop = Math.min(bottom, scroller.scrollTop + step);
          const now = await nextFrame();
          frames.push(now - last);
          last = now;
          maxRowsInDom = Math.max(maxRowsInDom, scroller.querySelectorAll('[data-row-index]').length);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
        observer.disconnect();
        return { frames, longTasks, scrolledPx: scroller.scrollTop, maxRowsInDom };
      },
      { step: scrollStep, minimumFrames: minimumScrollFrames },
    );

    const interactions = await page.evaluate(async () => {
      const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const time = async (act: () => void, isDone: () => boolean) => {
        const start = performance.now();
        act();
        while (!isDone()) await new Promise((resolve) => setTimeout(resolve, 0));
        await settle();
        return performance.now() - start;
      };
      const grid = () => document.querySelector('[role="grid"]');
      const zoomButton = [...document.querySelectorAll<HTMLButtonElement>('.segmented__button')].find((button) => button.textContent === '3 years');
      const zoomToThreeYearsMs = await time(
        () => zoomButton?.click(),
        () => (grid()?.querySelectorAll('[role="columnheader"]').length ?? 0) > 36,
      );
      const statusMenu = document.querySelector<HTMLDetailsElement>('.filter-menu');
      if (statusMenu) statusMenu.open = true;
      const before = document.querySelector('.timeline-filters__count')?.textContent;
      const doneBox = [...document.querySelectorAll<HTMLLabelElement>('.filter-menu__option')]
        .find((option) => option.textContent?.startsWith('Done'))
        ?.querySelector('input');
      const filterByStatusMs = await time(
        () => doneBox?.click(),
        () => document.querySelector('.timeline-filters__count')?.textContent !== before,
      );
      return { zoomToThreeYearsMs, filterByStatusMs };
    });

    return {
      ...load,
      domNodesCdp: metric('Nodes'),
      jsHeapMb: metric('JSHeapUsedSize') / (1024 * 1024),
      frameMedianMs: quantile(scroll.frames, 0.5),
      frameP95Ms: quantile(scroll.frames, 0.95),
      frameMaxMs: Math.max(...scroll.frames),
      frames: scroll.frames.length,
      framesOver50Ms: scroll.frames.filter((duration) => duration > 50).length,
      scrollLongTasks: scroll.longTasks.length,
      scrolledPx: scroll.scrolledPx,
      maxRowsInDom: scroll.maxRowsInDom,
      ...interactions,
    };
  } finally {
    await context.close();
  }
};

const measureSeries = async (browser: Browser, baseUrl: string, title: string): Promise<RunFigures[]> => {
  // One unmeasured load warms the server (first queries, JIT) and the OS file cache.
  await measureRun(browser, baseUrl, true);
  const results: RunFigures[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const result = await measureRun(browser, baseUrl);
    if (!result) continue;
    results.push(result);
    console.log(
      `${title}, run ${run}/${runs}: first row painted ${result.firstRowPaintedMs.toFixed(0)} ms, ${result.domElements} elements, ` +
        `scroll median/p95 ${result.frameMedianMs.toFixed(1)}/${result.frameP95Ms.toFixed(1)} ms over ${result.frames} frames`,
    );
  }
  return results;
};

const rowsToReport: { key: keyof RunFigures; label: string; digits: number }[] = [
  { key: 'firstRowPaintedMs', label: 'first timeline row painted (ms from navigation)', digits: 0 },
  { key: 'rowsInDomMs', label: 'first row in the DOM (ms)', digits: 0 },
  { key: 'workplanResponseEndMs', label: 'workplan API response complete (ms)', digits: 0 },
  { key: 'workplanResponseKb', label: 'workplan API response (KiB, decoded)', digits: 0 },
  { key: 'fcpMs', label: 'first contentful paint (ms)', digits: 0 },
  { key: 'lcpMs', label: 'largest contentful paint (ms)', digits: 0 },
  { key: 'loadLongTasks', label: 'long tasks during load (>50 ms)', digits: 0 },
  { key: 'domElements', label: 'DOM elements on the page', digits: 0 },
  { key: 'timelineElements', label: 'DOM elements inside the timeline grid', digits: 0 },
  { key: 'renderedRows', label: 'activity rows in the DOM', digits: 0 },
  { key: 'ariaRowCount', label: 'aria-rowcount of the grid', digits: 0 },
  { key: 'domNodesCdp', label: 'DOM nodes incl. text (CDP)', digits: 0 },
  { key: 'jsHeapMb', label: 'JS heap used after GC (MB)', digits: 1 },
  { key: 'frames', label: 'scroll: frames measured', digits: 0 },
  { key: 'scrolledPx', label: 'scroll: distance (px)', digits: 0 },
  { key: 'frameMedianMs', label: 'scroll: median frame (ms)', digits: 1 },
  { key: 'frameP95Ms', label: 'scroll: p95 frame (ms)', digits: 1 },
  { key: 'frameMaxMs', label: 'scroll: longest frame (ms)', digits: 1 },
  { key: 'framesOver50Ms', label: 'scroll: frames over 50 ms', digits: 0 },
  { key: 'scrollLongTasks', label: 'scroll: long tasks', digits: 0 },
  { key: 'maxRowsInDom', label: 'scroll: most rows in the DOM at once', digits: 0 },
  { key: 'zoomToThreeYearsMs', label: 'zoom year → 3 years shown (ms)', digits: 0 },
  { key: 'filterByStatusMs', label: 'status filter "Done" shown (ms)', digits: 0 },
];

const summarise = (values: number[], digits: number) => {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return 'n/a';
  const format = (value: number) => value.toFixed(digits);
  return `${format(quantile(finite, 0.5))} (${format(Math.min(...finite))}–${format(Math.max(...finite))})`;
};

const printTable = (series: { title: string; results: RunFigures[] }[]) => {
  const labelWidth = Math.max(...rowsToReport.map((row) => row.label.length));
  const cells = rowsToReport.map((row) => series.map(({ results }) => summarise(results.map((result) => result[row.key]), row.digits)));
  const columnWidths = series.map(({ title }, column) => Math.max(title.length, ...cells.map((line) => (line[column] as string).length)));
  const line = (label: string, values: string[]) => `${label.padEnd(labelWidth)} | ${values.map((value, i) => value.padStart(columnWidths[i] as number)).join(' | ')}`;
  const output = [
    '',
    `Timeline benchmark · Chromium ${viewport.width}×${viewport.height} · ${runs} runs each, median (min–max)`,
    line('', series.map(({ title }) => title)),
    '-'.repeat(labelWidth + columnWidths.reduce((sum, width) => sum + width + 3, 0)),
    ...rowsToReport.map((row, index) => line(row.label, cells[index] as string[])),
    '',
  ];
  console.log(output.join('\n'));
};

test('timeline benchmark: 2,000 activities against the 4 of the seed', async ({ browser }) => {
  // Scrolling 2,000 rows takes about a minute a run on a slow machine.
  test.setTimeout((runs + 1) * 4 * 60_000);
  const app = await startBenchApp();
  try {
    console.log(`Chromium ${browser.version()} · app at ${app.baseUrl}`);
    const seedTitle = '4 activities (seed)';
    const seedResults = await measureSeries(browser, app.baseUrl, seedTitle);
    const added = await seedActivities(app.databaseUrl, activityTotal);
    console.log(`Seeded ${added} activities (the workplan now holds ${activityTotal}).`);
    const largeTitle = `${activityTotal.toLocaleString('en-GB')} activities`;
    const largeResults = await measureSeries(browser, app.baseUrl, largeTitle);
    printTable([
      { title: largeTitle, results: largeResults },
      { title: seedTitle, results: seedResults },
    ]);
  } finally {
    await app.stop();
  }
});
