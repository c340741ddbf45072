import { existsSync, lstatSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSnapshot, snapshotSite } from '../../../tools/site-snapshot.mjs';

const projectRoot = resolve(import.meta.dirname, '../../..');

describe('snapshotSite', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("copies the site's code and config but not its content", () => {
    dir = join(mkdtempSync(join(tmpdir(), 'snapshot-test-')), 'site');
    snapshotSite(dir);
    for (const name of ['src/content.config.ts', 'public', 'astro.config.mjs', 'package.json']) {
      expect(existsSync(join(dir, name)), name).toBe(true);
    }
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });

  it("links the project's node_modules instead of copying them", () => {
    dir = join(mkdtempSync(join(tmpdir(), 'snapshot-test-')), 'site');
    snapshotSite(dir);
    expect(lstatSync(join(dir, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(realpathSync(join(dir, 'node_modules'))).toBe(
      realpathSync(join(projectRoot, 'node_modules')),
    );
  });

  it('empties the folder first, so no file of an earlier snapshot is left', () => {
    dir = join(mkdtempSync(join(tmpdir(), 'snapshot-test-')), 'site');
    snapshotSite(dir);
    writeFileSync(join(dir, 'src', 'left-over.ts'), '');
    snapshotSite(dir);
    expect(existsSync(join(dir, 'src', 'left-over.ts'))).toBe(false);
  });
});

describe('buildSnapshot', () => {
  it('gives each snapshot folder a cache of its own, kept in node_modules between runs', () => {
    const first = buildSnapshot('unit-test-a');
    const second = buildSnapshot('unit-test-b');
    try {
      expect(first.cacheDir).not.toBe(second.cacheDir);
      expect(first.cacheDir.startsWith(join(projectRoot, 'node_modules'))).toBe(true);
      expect(buildSnapshot('unit-test-a').cacheDir).toBe(first.cacheDir);
    } finally {
      rmSync(first.root, { recursive: true, force: true });
      rmSync(second.root, { recursive: true, force: true });
    }
  });
});
