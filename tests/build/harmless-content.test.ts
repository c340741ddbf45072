import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems, inlineAttributeProblems } from '../support/page-policy';
import { cspPolicies, elementAttributes, readHtml } from '../support/site-scan';
import { SCALE_SITE_DIR } from '../support/site-dirs';

// Inputs that look odd but are harmless (a BOM, CRLF line endings, tabs, Unicode letters,
// emoji) must build into correct pages. The scale build (`npm run build:scale`) adds every
// file in tests/fixtures/harmless-content/ to its generated content, so one build proves both
// (the build fails, and the suite stops, if any of them is refused); each page must show the
// fixture's text as written and pass the page policy. Markdown the build renders in its own way
// (footnotes, aligned table columns, headings whose text gives no slug) is read in the HTML.
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

  it.each(fixtures)('builds $collection/$file into pages that pass the page policy', (f) => {
    const id = f.file.replace(/\.[^.]+$/, '');
    const pages = ['', 'baggrund']
      .map((subpage) => pageFile(f.collection, id, subpage))
      .filter((file) => existsSync(file));
    const problems = pages.flatMap((file) => {
      const root = readHtml(SCALE_SITE_DIR, file.slice(SCALE_SITE_DIR.length + 1));
      return [
        ...cspProblems(cspPolicies(root)),
        ...inlineAttributeProblems(elementAttributes(root)),
      ];
    });
    expect(pages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('labels footnotes in Danish, for screen readers too', () => {
    const html = readFileSync(pageFile('pathways', 'footnote', 'baggrund'), 'utf8');
    expect(html).toMatch(/<h2[^>]*id="footnote-label"[^>]*>Fodnoter<\/h2>/);
    expect(html).toContain('aria-label="Tilbage til henvisning 1"');
    expect(html).toContain('aria-label="Tilbage til henvisning 2"');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
  });

  it('aligns Markdown table columns with classes, never a style attribute', () => {
    const root = readHtml(SCALE_SITE_DIR, 'forloeb/aligned-table/baggrund/index.html');
    const cells = root.querySelectorAll('.prose th, .prose td');
    expect(cells.map((cell) => cell.getAttribute('class'))).toEqual([
      ...['cell-align-left', 'cell-align-right', 'cell-align-center'],
      ...['cell-align-left', 'cell-align-right', 'cell-align-center'],
      ...['cell-align-left', 'cell-align-right', 'cell-align-center'],
    ]);
    expect(cells.filter((cell) => cell.hasAttribute('style'))).toEqual([]);
  });

  it('gives every heading an id, numbering a heading made only of an emoji', () => {
    const root = readHtml(SCALE_SITE_DIR, 'forloeb/emoji-heading/baggrund/index.html');
    const ids = root.querySelectorAll('.prose h2').map((heading) => heading.getAttribute('id'));
    expect(ids).toEqual(['overskrift-1', 'overskrift-2', 'træning-']);
  });
});
