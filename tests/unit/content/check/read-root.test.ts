import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../../src/content/check/limits';
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
  it('lists a symbolic link to a file or a folder as an entry, never reading or entering it', () => {
    dir = mkdtempSync(join(tmpdir(), 'read-root-'));
    mkdirSync(join(dir, 'actors'));
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside/secret.yaml'), 'name: Hemmelig\n');
    symlinkSync(join(dir, 'outside/secret.yaml'), join(dir, 'actors/file-link.yaml'));
    symlinkSync(join(dir, 'outside'), join(dir, 'actors/folder-link'));
    expect(readContentRoot(join(dir, 'actors'))).toEqual([
      { path: 'file-link.yaml', text: '', kind: 'symlink' },
      { path: 'folder-link', text: '', kind: 'symlink' },
    ]);
  });
  it('gives the size of a file over the limit instead of reading it', () => {
    dir = mkdtempSync(join(tmpdir(), 'read-root-'));
    writeFileSync(join(dir, 'big.mdx'), 'x'.repeat(MAX_FILE_BYTES + 1));
    expect(readContentRoot(dir)).toEqual([{ path: 'big.mdx', text: '', size: MAX_FILE_BYTES + 1 }]);
  });
  it('lists nothing for a folder that does not exist', () => {
    dir = join(tmpdir(), 'read-root-missing');
    expect(listFiles(dir)).toEqual([]);
  });
});
