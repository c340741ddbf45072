import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
