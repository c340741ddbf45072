import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, makeFixtureRoot, type FixtureRoot } from '../support/fixture-root';

// Inputs that look odd but are harmless (a BOM, CRLF line endings, tabs, Unicode letters,
// emoji) must build into correct pages. One full build of the real content with every file in
// tests/fixtures/harmless-content/ added; each page must show the fixture's text as written.
const fixturesDir = resolve(import.meta.dirname, '../fixtures/harmless-content');
const fixtures = readdirSync(fixturesDir).flatMap((collection) =>
  readdirSync(join(fixturesDir, collection)).map((file) => ({
    collection,
    file,
    text: readFileSync(join(fixturesDir, collection, file), 'utf8'),
  })),
);

const pageOf: Record<string, string> = {
  actors: 'aktoerer',
  cases: 'cases',
  pathways: 'forloeb',
};

let root: FixtureRoot | undefined;
let status: number | null = null;
let output = '';

beforeAll(() => {
  root = makeFixtureRoot();
  for (const { collection, file, text } of fixtures) {
    root.write(`content/${collection}/${file}`, text);
  }
  ({ status, output } = buildFixture(root.dir));
});
afterAll(() => root?.remove());

/** The text of a built page with tags removed and entities for & and quotes decoded. */
/** The visible text of an entry's page; `subpage` reads e.g. a pathway's `baggrund/` page. */
function pageText(collection: string, id: string, subpage = ''): string {
  const html = readFileSync(
    join(root?.dir ?? '', 'dist', pageOf[collection] ?? '', id, subpage, 'index.html'),
    'utf8',
  );
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"');
}

/** The value of the first `name:`/`title:` line of a fixture, as the page should show it. */
function nameIn(text: string): string {
  return /^(?:name|title): (.*?)\r?$/m.exec(text.replace(/^\uFEFF/, ''))?.[1] ?? '';
}

describe('a build with harmless oddities in the content', () => {
  it('succeeds', () => {
    expect(output).toContain('Indholdet er i orden');
    expect(status).toBe(0);
  });

  it.each(fixtures)('shows the name or title of $collection/$file exactly as written', (f) => {
    const id = f.file.replace(/\.[^.]+$/, '');
    const name = nameIn(f.text);
    expect(name).not.toBe('');
    expect(pageText(f.collection, id)).toContain(name);
  });

  it('keeps the body of a pathway written with CRLF line endings', () => {
    // A pathway's body is its background page.
    const text = pageText('pathways', 'crlf', 'baggrund');
    expect(text).toContain('Baggrund');
    expect(text).toContain('fremhævning');
  });

  it('keeps a tab inside a value as a space a reader sees', () => {
    expect(pageText('actors', 'tabs-in-values')).toMatch(/En\s+aktør med tabulator/);
  });
});
