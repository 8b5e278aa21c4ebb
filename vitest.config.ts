import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['{analysis,storage,components,entrypoints,utils,cli,tests/unit}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Generous per-test time: a loaded 2-core CI machine runs some render tests several times slower.
    testTimeout: 30_000,
  },
});
