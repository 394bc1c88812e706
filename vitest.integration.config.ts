import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The feedback store's integration tests: real SQLite files and a real PostgreSQL server
// (tests/integration/postgres.ts finds or starts one). `npm run test:integration`.
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/integration/postgres.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The files start servers and databases of their own: one at a time on two cores.
    fileParallelism: false,
  },
});
