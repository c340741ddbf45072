import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentRoot } from '../../../src/content/check/read-root';
import { checkWithFiles } from '../../support/fixture-root';

/**
 * Every file in tests/fixtures/invalid-content/<collection>/ is valid content with exactly
 * one mistake, described by its `# expect-field:` and `# expect-message:` header lines (a
 * fixture may also give `# expect-file:` when the problem is reported for another path, e.g. an
 * empty collection's folder, with `# expect-remove:` naming the collection to empty). Each is added to the real content, in-process, and the check must
 * refuse it with a message that names the file and the field.
 *
 * Files in tests/fixtures/harmless-content/ hold inputs that look odd but are fine (a BOM, CRLF
 * line endings, tabs, emoji); the check must accept them.
 */
const fixturesRoot = resolve(import.meta.dirname, '../../fixtures');

function readFixtures(folder: string) {
  const dir = join(fixturesRoot, folder);
  return readdirSync(dir).flatMap((collection) =>
    readdirSync(join(dir, collection)).map((file) => {
      const text = readFileSync(join(dir, collection, file), 'utf8');
      const header = (key: string) =>
        new RegExp(`^# ${key}: ?(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
      // A fixture's own file name may not be a valid path in git (an emptied collection), so
      // `# expect-path:` can place it elsewhere.
      const path = header('expect-path') || `${collection}/${file}`;
      return {
        name: `${collection}/${file}`,
        path,
        text,
        file: header('expect-file') || `content/${path}`,
        field: header('expect-field'),
        removed: header('expect-remove'),
        message: header('expect-message'),
      };
    }),
  );
}

const invalid = readFixtures('invalid-content');
const harmless = readFixtures('harmless-content');

describe('the content check', () => {
  it('has at least 60 invalid fixtures to run', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(60);
  });

  it('accepts the real content as it is', () => {
    expect(checkWithFiles([])).toEqual({ ok: true, report: '' });
  });

  it.each(invalid)('rejects $name naming the file and the field', (fixture) => {
    // `# expect-remove: datasets` empties a real collection; the fixture itself is then not added.
    const { ok, report } = fixture.removed
      ? checkWithFiles([], [fixture.removed])
      : checkWithFiles([{ path: fixture.path, text: fixture.text }]);
    expect(ok).toBe(false);
    const lines = report.split('\n').filter((line) => line.startsWith(`${fixture.file}: ${fixture.field}`));
    expect(lines).toContainEqual(expect.stringContaining(fixture.message));
  });

  it.each(harmless)('accepts $name', (fixture) => {
    expect(checkWithFiles([{ path: fixture.path, text: fixture.text }])).toEqual({
      ok: true,
      report: '',
    });
  });
});

// Content a committed fixture cannot hold: links (git would store them as links, and a fixture
// is read as text) and a file of megabytes. Each is made here and checked like the others.
describe('the content check, on files made for the test', () => {
  it('refuses a symbolic link to a file and one to a folder by name, following neither', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-links-'));
    try {
      mkdirSync(join(dir, 'actors'));
      symlinkSync(resolve(fixturesRoot, '../../package.json'), join(dir, 'actors/pakke.yaml'));
      symlinkSync(resolve(fixturesRoot, '../../src'), join(dir, 'actors/mappe.yaml'));
      const found = readContentRoot(dir);
      expect(found.map((file) => file.path)).toEqual(['actors/mappe.yaml', 'actors/pakke.yaml']);
      const { report } = checkWithFiles(found);
      for (const name of ['mappe', 'pakke']) {
        expect(report).toContain(`content/actors/${name}.yaml: fil: filen er en symbolsk genvej (symlink)`);
      }
      expect(report.split('\n')).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a 5 MB body by its size before parsing it, within the time of a normal check', () => {
    const valid = readFileSync(join(fixturesRoot, 'invalid-content/pathways/ftp-link.mdx'), 'utf8');
    const paragraph = 'Borgeren træner i kommunen og følger op hos egen læge. '.repeat(20);
    const text = valid.replace(/\n\nEn kort tekst[\s\S]*$/, `\n\n${`${paragraph}\n\n`.repeat(4700)}`);
    expect(text.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const { report } = checkWithFiles([{ path: 'pathways/stor.mdx', text }]);
    const seconds = (performance.now() - started) / 1000;
    expect(report).toMatch(/^content\/pathways\/stor\.mdx: filstørrelse: filen fylder 5,\d MB/m);
    expect(report).toContain('højst fylde 200 KB');
    // The real content checks in about a second; a parsed 5 MB body took minutes.
    expect(seconds).toBeLessThan(3);
  });
});
