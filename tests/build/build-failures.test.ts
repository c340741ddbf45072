import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture, makeFixtureRoot, type FixtureRoot } from '../support/fixture-root';

// Full builds of broken content prove the wiring: the build runs the content check itself
// (src/content/check/integration.mjs, in astro:config:setup), stops before Astro loads the
// collections, names every file and field, and leaves no pages behind. Every kind of mistake
// is covered in-process by tests/unit/content/invalid-content.test.ts.
const fixtures = resolve(import.meta.dirname, '../fixtures/invalid-content');
const fixture = (path: string) => readFileSync(join(fixtures, path), 'utf8');

let root: FixtureRoot | undefined;
afterEach(() => root?.remove());

describe('astro build', () => {
  it('fails on a reference to a missing actor, naming the file, the field and the id', () => {
    root = makeFixtureRoot();
    root.write('content/pathways/unknown-actor.mdx', fixture('pathways/unknown-actor.mdx'));
    const result = buildFixture(root.dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/pathways/unknown-actor.mdx: steps[0].actors[0]');
    expect(result.output).toContain('«laege-paa-maanen»');
    expect(existsSync(join(root.dir, 'dist/index.html'))).toBe(false);
  });

  it('reports mistakes in several files at once, in Danish, before Astro reads any of them', () => {
    root = makeFixtureRoot();
    root.write('content/cases/score-5.mdx', fixture('cases/score-5.mdx'));
    root.write(
      'content/pathways/meta-refresh.mdx',
      fixture('pathways/meta-refresh-split-over-lines.mdx'),
    );
    root.write('content/actors/kommune.gammel.yaml', fixture('actors/backup-copy.yaml'));
    const result = buildFixture(root.dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Indholdet har 3 fejl');
    expect(result.output).toContain('content/cases/score-5.mdx: assessment.theory.score');
    expect(result.output).toMatch(
      /content\/pathways\/meta-refresh\.mdx: brødtekst, linje \d+: HTML-elementet <meta>/,
    );
    expect(result.output).toContain('content/actors/kommune.gammel.yaml: id (filnavn)');
    // Astro's own schema errors would be English; the check stopped the build before them.
    expect(result.output).not.toMatch(/Invalid|Expected/);
    expect(existsSync(join(root.dir, 'dist/index.html'))).toBe(false);
  });

  it('stops with the file named, in Danish, on Markdown nested deep enough to crash it and a YAML tag', () => {
    // Before the check knew them, the first made the build die of a segmentation fault with no
    // file named, and the second stopped it with Astro's English YAML error.
    root = makeFixtureRoot();
    root.write('content/pathways/dyb.mdx', fixture('pathways/blockquote-1000-deep.mdx'));
    root.write('content/actors/tag.yaml', fixture('actors/yaml-include-tag.yaml'));
    const result = buildFixture(root.dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('Indholdet har 2 fejl');
    expect(result.output).toContain(
      'content/pathways/dyb.mdx: brødtekst, linje 39: teksten er indlejret 1000 niveauer',
    );
    expect(result.output).toContain(
      'content/actors/tag.yaml: YAML, linje 6: YAML-mærket «!include»',
    );
    expect(existsSync(join(root.dir, 'dist/index.html'))).toBe(false);
  });
});
