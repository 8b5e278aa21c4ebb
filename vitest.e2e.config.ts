import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/) in Debian's Chromium and Firefox ESR; see tests/e2e/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
