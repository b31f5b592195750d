import { defineConfig } from '@playwright/test';
import benchConfig from './playwright.bench.config.js';

/** `npm run bench:dashboard`: the indicator-dashboard benchmark alone, with the benchmarks' browser and settings. */
export default defineConfig({
  ...benchConfig,
  testMatch: 'indicator-dashboard.benchmark.ts',
  timeout: 60 * 60_000,
});
