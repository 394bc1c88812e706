import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // lib/ modules are marked server-only for Next; in unit tests they simply run in Node.
      'server-only': fileURLToPath(new URL('./tests/unit/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests draw preview images (next/og's first image in a process takes about 3 s) or
    // compare parsers on random documents: more than vitest's 5 s default on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
