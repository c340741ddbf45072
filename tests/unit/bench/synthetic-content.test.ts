import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../../tools/bench/generate.mjs';

const contentDir = resolve(import.meta.dirname, '../../../content');
const workDir = mkdtempSync(join(tmpdir(), 'rehab-synthetic-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('writeSyntheticContent', () => {
  it('copies every collection folder it does not generate, also one added later', () => {
    const realDir = join(workDir, 'real');
    cpSync(contentDir, realDir, { recursive: true });
    mkdirSync(join(realDir, 'notes'));
    writeFileSync(join(realDir, 'notes', 'en-note.yaml'), 'title: En note\n');
    const targetDir = join(workDir, 'target');
    writeSyntheticContent({ realContentDir: realDir, targetDir, entries: 4 });
    expect(readdirSync(targetDir).sort()).toEqual(readdirSync(realDir).sort());
    expect(readdirSync(join(targetDir, 'notes'))).toEqual(['en-note.yaml']);
    expect(readdirSync(join(targetDir, 'synonyms')).sort()).toEqual(
      readdirSync(join(realDir, 'synonyms')).sort(),
    );
  });
});
