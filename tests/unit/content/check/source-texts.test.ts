import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceTextReader, sourceTextsDir } from '../../../../src/content/check/index';

const root = mkdtempSync(join(tmpdir(), 'rehab-texts-'));
const project = join(root, 'projekt');
mkdirSync(project);
mkdirSync(join(root, 'shared/seeds'), { recursive: true });
writeFileSync(join(root, 'shared/seeds/004_a.txt'), 'Kildens tekst');
writeFileSync(join(root, 'hemmelig.txt'), 'uden for mappen');

describe('sourceTextsDir', () => {
  it('uses ../shared/seeds beside the project when it exists', () => {
    expect(sourceTextsDir(project, {})).toBe(join(root, 'shared/seeds'));
  });
  it('uses SOURCE_TEXTS_DIR when it is set, and none when it is off or missing', () => {
    expect(sourceTextsDir(project, { SOURCE_TEXTS_DIR: root })).toBe(root);
    expect(sourceTextsDir(project, { SOURCE_TEXTS_DIR: 'off' })).toBeUndefined();
    expect(sourceTextsDir(project, { SOURCE_TEXTS_DIR: 'findes-ikke' })).toBeUndefined();
  });
});

describe('sourceTextReader', () => {
  const read = sourceTextReader(join(root, 'shared/seeds'));
  it('reads a text by its file name', () => {
    expect(read('004_a.txt')).toBe('Kildens tekst');
  });
  it('gives nothing for a missing file or a name that leaves the folder', () => {
    expect([read('005_b.txt'), read('../../hemmelig.txt')]).toEqual([undefined, undefined]);
  });
});
