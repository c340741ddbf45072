import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isIndexable } from '../../src/search/indexed-page';
import { SITE_DIR, SUBPATH_SITE_DIR } from '../support/site-dirs';

// Reads the Pagefind index that `npm run build` (astro build with the Pagefind integration,
// src/integrations/pagefind.ts) leaves in the built site, for the root build and the sub-path build.

const installedPagefind = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../node_modules/pagefind/package.json'), 'utf8'),
) as { version: string };

interface PagefindEntry {
  version: string;
  languages: Record<string, { page_count: number }>;
}

/** Every built HTML file, relative to the site folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** The URLs of the indexed pages, read from Pagefind's (gzipped) fragment files. */
function indexedUrls(dir: string): string[] {
  const fragments = join(dir, 'pagefind/fragment');
  return readdirSync(fragments)
    .map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'))
    .map((text) => (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url)
    .sort();
}

/** The site URL (without base) Pagefind gives a built file. */
function urlOf(path: string): string {
  return `/${path.split('\\').join('/')}`.replace(/index\.html$/, '');
}

describe.each([
  ['root', SITE_DIR],
  ['sub-path', SUBPATH_SITE_DIR],
])('the search index of the %s build', (_label, dir) => {
  const entryPath = join(dir, 'pagefind/pagefind-entry.json');
  const entry = () => JSON.parse(readFileSync(entryPath, 'utf8')) as PagefindEntry;

  it('is written into the site by the installed, pinned Pagefind version', () => {
    expect(existsSync(entryPath)).toBe(true);
    expect(entry().version).toBe(installedPagefind.version);
  });

  it('is one Danish index, so Danish stemming applies to every page', () => {
    expect(Object.keys(entry().languages)).toEqual(['da']);
  });

  it('holds exactly the pages whose main carries data-pagefind-body', () => {
    const expected = htmlFiles(dir)
      .filter((path) => isIndexable(path, readFileSync(join(dir, path), 'utf8')))
      .map(urlOf)
      .sort();
    expect(indexedUrls(dir)).toEqual(expected);
    expect(entry().languages['da']?.page_count).toBe(expected.length);
  });

  it('leaves out the 404 page and the search page', () => {
    for (const page of ['404.html', 'soeg/index.html']) {
      expect(readFileSync(join(dir, page), 'utf8')).not.toMatch(/data-pagefind-body/);
    }
    const urls = indexedUrls(dir);
    expect(urls).not.toContain('/404.html');
    expect(urls).not.toContain('/soeg/');
  });

  it('ships the search engine the search page loads, and no Pagefind UI it does not use', () => {
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    const page = readFileSync(join(dir, 'soeg/index.html'), 'utf8');
    expect(page).not.toMatch(/pagefind-(component-)?ui/);
  });

  it('keeps the index-only words out of the built pages', () => {
    const page = readFileSync(join(dir, 'forloeb/osteoporose-regionale-tilbud/index.html'), 'utf8');
    expect(page).not.toContain('knogleskørhed');
    expect(page).not.toMatch(/data-pagefind-meta="(emne|rolle|soegeord)/);
  });
});
