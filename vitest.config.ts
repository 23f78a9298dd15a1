import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { prebuiltMatcher } from './lib/engine/prebuilt-plugin';

export default defineConfig({
  plugins: [WxtVitest(), prebuiltMatcher()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
