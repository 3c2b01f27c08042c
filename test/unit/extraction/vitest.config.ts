/** The extraction tests need no local AWS stand-ins: this config runs them without the global setup. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/extraction/**/*.test.ts'],
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
