import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCALE_SITE_DIR } from '../support/site-dirs';

// Inputs that look odd but are harmless (a BOM, CRLF line endings, tabs, Unicode letters,
// emoji) must build into correct pages. The scale build (`npm run build:scale`) adds every
// file in tests/fixtures/harmless-content/ to its generated content, so one build proves both
// (the build fails, and the suite stops, if any of them is refused); each page must show the
// fixture's text as written.
const fixturesDir = resolve(import.meta.dirname, '../fixtures/harmless-content');
const pageOf: Record<string, string> = {
  actors: 'aktoerer',
  cases: 'cases',
  pathways: 'forloeb',
};

// Datasets have no page of their own (a pathway shows them); the build passing proves them.
const fixtures = readdirSync(fixturesDir)
  .filter((collection) => collection in pageOf)
  .flatMap((collection) =>
    readdirSync(join(fixturesDir, collection)).map((file) => ({
      collection,
      file,
      text: readFileSync(join(fixturesDir, collection, file), 'utf8'),
    })),
  );

/** The built page of an entry; `subpage` reads e.g. a pathway's `baggrund/` page. */
function pageFile(collection: string, id: string, subpage = ''): string {
  return join(SCALE_SITE_DIR, pageOf[collection] ?? '', id, subpage, 'index.html');
}

/** The visible text of an entry's page with tags removed and entities for & and quotes decoded. */
function pageText(collection: string, id: string, subpage = ''): string {
  return readFileSync(pageFile(collection, id, subpage), 'utf8')
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
  it('builds a page for every fixture', () => {
    const missing = fixtures
      .map((f) => pageFile(f.collection, f.file.replace(/\.[^.]+$/, '')))
      .filter((file) => !existsSync(file));
    expect(missing, 'run npm run build:scale').toEqual([]);
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
