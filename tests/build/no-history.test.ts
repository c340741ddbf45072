import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../support/built-pages';
import { contentIds } from '../support/content-entries';
import { buildFixture, makeFixtureRoot, type FixtureRoot } from '../support/fixture-root';
import { findEditorWords } from '../support/reader-text';

// A host that builds from a shallow clone, or from a copy without git, has no change history.
// The fixture root is a copy of the project outside any git repository, and its build reads the
// history of that copy's content (CONTENT_ROOT), so it has none.
let root: FixtureRoot;
let pages: string[] = [];
const read = (page: string) => readFileSync(join(root.dir, 'dist', page), 'utf8');

beforeAll(() => {
  root = makeFixtureRoot();
  const result = buildFixture(root.dir, { CONTENT_ROOT: join(root.dir, 'content') });
  expect(result.status, result.output).toBe(0);
  pages = listHtmlFiles(join(root.dir, 'dist'));
});
afterAll(() => root.remove());

describe('a build without the change history', () => {
  it('builds the content pages', () => {
    const pathways = contentIds('pathways', join(root.dir, 'content'));
    expect(pathways.length, 'the fixture root has no pathways').toBeGreaterThan(0);
    expect(pages).toEqual(expect.arrayContaining(pathways.map((id) => `forloeb/${id}/index.html`)));
  });

  it('leaves the «Senest ændret» line out of every page', () => {
    expect(pages.filter((page) => read(page).includes('Senest ændret'))).toEqual([]);
  });

  it('never tells a reader how the site was built', () => {
    const found = pages.flatMap((page) =>
      findEditorWords(read(page)).map((hit) => `${page}: «${hit.word}» in «${hit.context}»`),
    );
    expect(found).toEqual([]);
  });
});
