// The generated build that shows the site at scale: one place for its size and folders, read by
// tools/build-scale.mjs and by the tests.

/** Entries generated for the scale build (pathways, cases, tables and datasets together). */
export const SCALE_ENTRIES = 2000;

/** Where the generated content is written (relative to the project root). */
export const SCALE_CONTENT_DIR = '.tmp/scale-content';

/** The scale build's output folder unless `SCALE_SITE_DIR` says otherwise. */
export const SCALE_OUT_DIR = process.env['SCALE_SITE_DIR'] ?? 'dist-scale';

/**
 * The test files that read the scale build. `npm test` (tools/test.mjs) runs them once the scale
 * build is done and every other build-output and browser test as soon as `dist/` and
 * `dist-rehab/` are; tests/unit/tools/test-plan.test.ts keeps this list complete.
 */
export const SCALE_TEST_FILES = [
  'tests/browser/catalogue-scale.test.ts',
  'tests/browser/lists.test.ts',
  'tests/build/harmless-content.test.ts',
  'tests/build/lists.test.ts',
  'tests/build/page-weight.test.ts',
];
