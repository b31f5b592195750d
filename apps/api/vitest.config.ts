import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Every file boots its own app on its own or a read-only database, and no test touches module state, so the
    // files can share a worker's loaded modules: Nest, TypeORM and swagger load once per worker, not once per file.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
