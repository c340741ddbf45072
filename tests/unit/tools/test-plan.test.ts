import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCALE_TEST_FILES } from '../../../tools/scale.mjs';

// tools/test.mjs runs the tests of the scale build only once that build is done; a test file
// that reads it but is missing from the list would run too early and fail.
const root = resolve(import.meta.dirname, '../../..');
const testFiles = ['tests/build', 'tests/browser'].flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${folder}/${name}`),
);

describe('the test plan of npm test', () => {
  it('waits for the scale build with every test file that reads it', () => {
    const readers = testFiles.filter((file) =>
      /SCALE_SITE_DIR|dist-scale/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(readers.filter((file) => !SCALE_TEST_FILES.includes(file))).toEqual([]);
  });

  it('lists only test files that exist', () => {
    expect(SCALE_TEST_FILES.filter((file) => !testFiles.includes(file))).toEqual([]);
  });
});
