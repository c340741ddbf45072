import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture, makeFixtureRoot, type FixtureRoot } from '../support/fixture-root';

// Full builds of broken content: the build itself (not only the content check) must stop,
// name the file and the field, and leave no pages behind.
const fixtures = resolve(import.meta.dirname, '../fixtures/invalid-content');

let root: FixtureRoot | undefined;
afterEach(() => root?.remove());

describe('astro build', () => {
  it('fails on a reference to a missing actor, naming the file, the field and the id', () => {
    root = makeFixtureRoot();
    root.write(
      'content/pathways/unknown-actor.mdx',
      readFileSync(join(fixtures, 'pathways/unknown-actor.mdx'), 'utf8'),
    );
    const result = buildFixture(root.dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/pathways/unknown-actor.mdx: steps[0].actors[0]');
    expect(result.output).toContain('«laege-paa-maanen»');
    expect(existsSync(join(root.dir, 'dist/index.html'))).toBe(false);
  });

  it('fails on a score of 5, naming the file and the field', () => {
    root = makeFixtureRoot();
    root.write(
      'content/cases/score-5.mdx',
      readFileSync(join(fixtures, 'cases/score-5.mdx'), 'utf8'),
    );
    const result = buildFixture(root.dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/cases/score-5.mdx');
    expect(result.output).toContain('assessment.theory.score');
    expect(existsSync(join(root.dir, 'dist/index.html'))).toBe(false);
  });

  it('fails on a script element in an MDX body, naming the file and the line', () => {
    root = makeFixtureRoot();
    const valid = readFileSync(
      resolve('content/pathways/kraeft-rehabilitering-palliation.mdx'),
      'utf8',
    );
    root.write(
      'content/pathways/kraeft-rehabilitering-palliation.mdx',
      `${valid}\n\n<script>alert('x')</script>\n`,
    );
    const result = buildFixture(root.dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/pathways\/kraeft-rehabilitering-palliation\.mdx: brødtekst, linje \d+: HTML-elementet <script>/,
    );
    expect(existsSync(join(root.dir, 'dist/index.html'))).toBe(false);
  });
});
