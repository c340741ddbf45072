import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles, readContentRoot } from '../../../../src/content/check/read-root';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readContentRoot', () => {
  it('reads every file at any depth, hidden files included, with / separated paths', () => {
    dir = mkdtempSync(join(tmpdir(), 'read-root-'));
    mkdirSync(join(dir, 'actors/old'), { recursive: true });
    writeFileSync(join(dir, 'actors/kommune.yaml'), 'name: K\n');
    writeFileSync(join(dir, 'actors/old/x.yaml'), 'x');
    writeFileSync(join(dir, 'actors/.DS_Store'), '');
    expect(readContentRoot(dir)).toEqual([
      { path: 'actors/.DS_Store', text: '' },
      { path: 'actors/kommune.yaml', text: 'name: K\n' },
      { path: 'actors/old/x.yaml', text: 'x' },
    ]);
  });
  it('lists nothing for a folder that does not exist', () => {
    dir = join(tmpdir(), 'read-root-missing');
    expect(listFiles(dir)).toEqual([]);
  });
});
