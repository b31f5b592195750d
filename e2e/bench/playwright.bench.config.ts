import { defineConfig } from '@playwright/test';
import e2eConfig from '../playwright.config.js';

/**
 * Benchmarks run only through `npm run bench:timeline` (never in `npm test`): same browser and flags as the e2e
 * journeys, one worker, no retries; the benchmark sets its own time limit from the number of runs.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*-benchmark.ts',
  outputDir: '../test-results/bench',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30 * 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'en-GB',
    launchOptions: e2eConfig.use?.launchOptions ?? {},
  },
});
