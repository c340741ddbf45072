/**
 * Builds the Pagefind index of a built site folder (`<site>/pagefind/`), through Pagefind's
 * documented Node API. Each searchable page is handed to Pagefind with its index-only words
 * (`src/search/index-terms.ts`) as metadata; the files on disk stay as Astro wrote them.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { searchTypeLabels } from '../i18n/search';
import { buildVocabulary, pageSearchTerms, type SynonymGroup } from '../search/index-terms';
import {
  hasPagefindBody,
  indexedText,
  isIndexable,
  pageAttributeValues,
  pageTitle,
  pageUrl,
  withSearchTerms,
} from '../search/indexed-page';

/**
 * Parts of <main> that are navigation, not content (the «← Alle forløb» link, breadcrumbs,
 * «På siden»), left out of the index so excerpts start with the page's own words.
 */
const EXCLUDED_CLASSES = ['no-print'] as const;

/** Pages handed to Pagefind at the same time. */
const BATCH = 64;

interface BuiltPage {
  path: string;
  url: string;
  html: string;
  /** Everything Pagefind indexes: the site's vocabulary. */
  text: string;
  /** The page's own words, without the names of the pages it links to. */
  ownText: string;
}

/** Every `.html` file below `dir`, as sorted paths relative to `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The pages that should be searchable, by the site's own rule; fails when a page that must
 * never be searchable carries data-pagefind-body.
 */
async function searchablePages(root: string): Promise<BuiltPage[]> {
  const pages: BuiltPage[] = [];
  for (const path of await htmlFiles(root)) {
    const html = await readFile(join(root, path), 'utf8');
    if (isIndexable(path, html)) {
      pages.push({
        path,
        url: pageUrl(path),
        html,
        text: indexedText(html, EXCLUDED_CLASSES),
        ownText: indexedText(html, EXCLUDED_CLASSES, { links: false }),
      });
    } else if (hasPagefindBody(html)) {
      throw new Error(
        `${path} har data-pagefind-body, men siden må aldrig kunne søges frem (fjern searchType, eller sæt noindex)`,
      );
    }
  }
  return pages;
}

/** Indexes `siteDir` into `siteDir/pagefind` with the synonym groups; returns the page count. */
export async function indexSite(
  siteDir: string,
  synonyms: readonly SynonymGroup[],
): Promise<number> {
  const root = resolve(siteDir);
  const outputPath = join(root, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  const pages = await searchablePages(root);
  const vocabulary = buildVocabulary(
    pages.map((page) => page.text),
    synonyms,
  );

  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'da',
    excludeSelectors: EXCLUDED_CLASSES.map((name) => `.${name}`),
  });
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  const indexed: string[] = [];
  try {
    for (let start = 0; start < pages.length; start += BATCH) {
      const batch = pages.slice(start, start + BATCH).map(async (page) => {
        const title = pageTitle(page.html);
        const topics = [...pageAttributeValues(page.html, 'data-pagefind-filter', 'sygdomsområde')];
        const type = pageAttributeValues(page.html, 'data-pagefind-meta', 'type');
        // An actor's name is a role: a page about a topic outranks it on the topic's words.
        const isRole = type.includes(searchTypeLabels.aktør);
        // A pathway's background and figures pages are part of the pathway, which owns the topic.
        const ownsTopic = !type.includes(searchTypeLabels.forløbsdel);
        const terms = pageSearchTerms(
          { title, topics, text: page.ownText, isRole, ownsTopic },
          vocabulary,
        );
        const added = await index.addHTMLFile({
          url: page.url,
          content: withSearchTerms(page.html, terms),
        });
        if (added.errors.length > 0) throw new Error(`${page.path}: ${added.errors.join('; ')}`);
        return added.file.url;
      });
      indexed.push(...(await Promise.all(batch)));
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  const expected = pages.map((page) => page.url).sort();
  const actual = [...indexed].sort();
  if (actual.length !== expected.length || actual.some((url, i) => url !== expected[i])) {
    throw new Error(
      `Pagefind indekserede ${actual.length} sider, men ${expected.length} sider har data-pagefind-body`,
    );
  }
  return actual.length;
}
