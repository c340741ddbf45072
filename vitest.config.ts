/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects, run in this order by `npm test`:
// - unit: pure functions and schemas (needs Astro's virtual modules, hence getViteConfig)
// - build: reads the built site in dist/ (and dist-rehab/ for the sub-path build)
// - browser: drives the person's Chromium, Chrome or Edge (tools/find-browser.mjs; Chromium's
//   headless shell where installed) through playwright-core against a local static server
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // `npm test` runs the unit tests beside type and lint checks on two cores; a test over
          // every content file (tests/unit/cms/yaml-patch.test.ts) can then exceed 5 s.
          testTimeout: 20_000,
          globalSetup: ['tests/support/sync-content.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two test files at a time, one Chromium each: the machine has two cores, and a browser
          // test spends much of its time waiting for pages, so two halve the wall time.
          maxWorkers: 2,
        },
      },
    ],
  },
});
