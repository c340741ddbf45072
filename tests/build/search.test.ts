import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isIndexable } from '../../src/search/indexed-page';
import {
  CONTENT_DIR,
  contentData,
  contentIds,
  SUBPATH_CONTENT_DIR,
} from '../support/content-entries';
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

/** The indexed pages, read from Pagefind's (gzipped) fragment files: URL and metadata. */
function indexedPages(dir: string): { url: string; meta: Record<string, string> }[] {
  const fragments = join(dir, 'pagefind/fragment');
  return readdirSync(fragments)
    .map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'))
    .map(
      (text) =>
        JSON.parse(text.replace(/^pagefind_dcd/, '')) as {
          url: string;
          meta?: Record<string, string>;
        },
    )
    .map(({ url, meta }) => ({ url, meta: meta ?? {} }));
}

/** The URLs of the indexed pages. */
function indexedUrls(dir: string): string[] {
  return indexedPages(dir)
    .map((page) => page.url)
    .sort();
}

/** Every file of a content folder but the synonym lists, as one lower-case text. */
function allContentText(contentDir: string): string {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.endsWith('synonyms'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')
    .toLowerCase();
}

/**
 * Synonyms the index gives a page although no content file writes them: a page, and a
 * one-word term of content/synonyms/ in the page's index-only words (meta `soegeord`).
 */
function indexOnlySynonyms(dir: string, contentDir: string): { url: string; word: string }[] {
  const written = allContentText(contentDir);
  const synonyms = contentIds('synonyms', contentDir)
    .flatMap((id) => contentData('synonyms', id, contentDir)['terms'] as string[])
    .map((term) => term.toLowerCase())
    .filter((term) => !term.includes(' ') && !written.includes(term));
  return indexedPages(dir).flatMap(({ url, meta }) => {
    const words = new Set((meta['soegeord'] ?? '').toLowerCase().split(/\s+/));
    return synonyms.filter((word) => words.has(word)).map((word) => ({ url, word }));
  });
}

/** The site URL (without base) Pagefind gives a built file. */
function urlOf(path: string): string {
  return `/${path.split('\\').join('/')}`.replace(/index\.html$/, '');
}

describe.each([
  ['root', SITE_DIR, CONTENT_DIR],
  ['sub-path', SUBPATH_SITE_DIR, SUBPATH_CONTENT_DIR],
])('the search index of the %s build', (_label, dir, contentDir) => {
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
    const found = indexOnlySynonyms(dir, contentDir);
    if (found.length === 0) {
      throw new Error(
        'No page is indexed by a synonym that no content file writes; one is needed.',
      );
    }
    for (const { url, word } of found) {
      const page = readFileSync(join(dir, url.replace(/^\/(rehab\/)?/, ''), 'index.html'), 'utf8');
      expect(page.toLowerCase(), `${url}: ${word}`).not.toContain(word);
      expect(page, url).not.toMatch(/data-pagefind-meta="(emne|rolle|soegeord)/);
    }
  });
});
