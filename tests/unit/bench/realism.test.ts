import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../../tools/bench/generate.mjs';
import { compareProfiles, contentProfile } from '../../../tools/bench/realism.mjs';

// The benchmark is only worth its figures if the generated entries look like the real ones:
// every measure's median within a factor of 1.6 of the real content's (the real collections
// are small, so a closer bound would chase four pathways' quirks).
const TOLERANCE = 1.6;

const contentDir = resolve(import.meta.dirname, '../../../content');
const generatedDir = mkdtempSync(join(tmpdir(), 'rehab-realism-'));
writeSyntheticContent({ realContentDir: contentDir, targetDir: generatedDir, entries: 200 });
afterAll(() => rmSync(generatedDir, { recursive: true, force: true }));

const rows = compareProfiles(contentProfile(contentDir), contentProfile(generatedDir));

describe('generated benchmark content', () => {
  for (const row of rows) {
    it(`has ${row.collection} whose median ${row.measure} is within ${TOLERANCE}× of the real content's`, () => {
      expect(row.generated, `real ${row.real}, generated ${row.generated}`).toBeGreaterThan(
        row.real / TOLERANCE,
      );
      expect(row.generated, `real ${row.real}, generated ${row.generated}`).toBeLessThan(
        row.real * TOLERANCE,
      );
    });
  }
});
