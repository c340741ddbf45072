import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, makeFixtureRoot, type FixtureRoot } from '../support/fixture-root';

/**
 * Every file in tests/fixtures/invalid-content/<collection>/ is valid content with exactly
 * one mistake, described by its `# expect-field:` and `# expect-message:` header lines.
 * Each is dropped into a copy of the real content and must make the content check fail
 * with a message that names the file and the field.
 */
const fixturesDir = resolve(import.meta.dirname, '../fixtures/invalid-content');
const fixtures = readdirSync(fixturesDir).flatMap((collection) =>
  readdirSync(join(fixturesDir, collection)).map((file) => {
    const text = readFileSync(join(fixturesDir, collection, file), 'utf8');
    const header = (key: string) =>
      new RegExp(`^# ${key}: ?(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
    return {
      name: `${collection}/${file}`,
      target: `content/${collection}/${file}`,
      text,
      field: header('expect-field'),
      message: header('expect-message'),
    };
  }),
);

let root: FixtureRoot | undefined;
afterEach(() => root?.remove());

describe('the content check', () => {
  it('has at least 25 invalid fixtures to run', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it('accepts the real content as it is', () => {
    root = makeFixtureRoot();
    const result = checkContent(root.dir);
    expect(result.output).toContain('Indholdet er i orden');
    expect(result.status).toBe(0);
  });

  it.each(fixtures)('rejects $name naming the file and the field', (fixture) => {
    root = makeFixtureRoot();
    root.write(fixture.target, fixture.text);
    const result = checkContent(root.dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain(fixture.target);
    if (fixture.field !== '') expect(result.output).toContain(fixture.field);
    if (fixture.message !== '') expect(result.output).toContain(fixture.message);
  });
});
