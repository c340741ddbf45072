/**
 * Builds the Pagefind index of a built site folder (`<site>/pagefind/`), through Pagefind's
 * documented Node API. Each searchable page gets its index-only words
 * (`src/search/index-terms.ts`) as metadata in a copy written to a staging folder, which
 * Pagefind then reads itself (`addDirectory`); the files on disk stay as Astro wrote them.
 * Staging is about twice as fast as handing Pagefind one page at a time (`addHTMLFile`):
 * Pagefind reads and parses a folder's files in parallel (docs/performance.md).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { searchTypeLabels } from '../i18n/search';
import {
  buildVocabulary,
  pageSearchTerms,
  type SearchVocabulary,
  type SynonymGroup,
} from '../search/index-terms';
import {
  hasPagefindBody,
  indexedText,
  isIndexable,
  pageAttributeValues,
  pageTitle,
  indexablePage,
  withSearchTerms,
} from '../search/indexed-page';
import { pageOffers } from '../search/page-offers';

/**
 * Parts of <main> that are navigation, not content (the «← Alle forløb» link, breadcrumbs,
 * «På siden»), left out of the index so excerpts start with the page's own words.
 */
const EXCLUDED_CLASSES = ['no-print'] as const;

/** Built pages read, and staged files written, at the same time. */
const READ_BATCH = 32;
const WRITE_BATCH = 64;

interface BuiltPage {
  path: string;
  /** The part of the page the index reads (`indexablePage`). */
  html: string;
  /**
   * The page's own words, without the names of the pages it links to (those are on their own
   * pages). Together they are the site's vocabulary.
   */
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
  const paths = await htmlFiles(root);
  // Read side by side: one file after another waits on the disk thousands of times.
  for (let start = 0; start < paths.length; start += READ_BATCH) {
    const batch = paths.slice(start, start + READ_BATCH);
    const htmls = await Promise.all(batch.map((path) => readFile(join(root, path), 'utf8')));
    batch.forEach((path, i) => {
      const html = htmls[i] ?? '';
      if (isIndexable(path, html)) {
        const indexable = indexablePage(html, EXCLUDED_CLASSES);
        pages.push({
          path,
          html: indexable,
          ownText: indexedText(indexable, [], { links: false }),
        });
      } else if (hasPagefindBody(html)) {
        throw new Error(
          `${path} har data-pagefind-body, men siden må aldrig kunne søges frem (fjern searchType, eller sæt noindex)`,
        );
      }
    });
  }
  return pages;
}

/** The index-only words of one page. */
function termsOf(page: BuiltPage, vocabulary: SearchVocabulary) {
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
  // The catalogue's tool pages are also about what they offer (ranking, comparing, the download).
  const offers = pageOffers(page.path);
  return offers === '' ? terms : { ...terms, topic: `${terms.topic} ${offers}`.trim() };
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
    pages.map((page) => page.ownText),
    synonyms,
  );

  const staging = await mkdtemp(join(tmpdir(), 'rehab-pagefind-'));
  try {
    const folders = [...new Set(pages.map((page) => dirname(join(staging, page.path))))];
    await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
    // Each batch is written while the next one's words are worked out, so the disk and the
    // processor work at the same time.
    const writes: Promise<void>[] = [];
    for (let start = 0; start < pages.length; start += WRITE_BATCH) {
      const batch = pages.slice(start, start + WRITE_BATCH).map((page) => ({
        file: join(staging, page.path),
        html: withSearchTerms(page.html, termsOf(page, vocabulary)),
      }));
      writes.push(...batch.map(({ file, html }) => writeFile(file, html)));
      // Let the batch's writes start before the next batch is worked out.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(writes);
    const count = await writeIndex(staging, outputPath);
    if (count !== pages.length) {
      throw new Error(
        `Pagefind indekserede ${count} sider, men ${pages.length} sider har data-pagefind-body`,
      );
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return pages.length;
}

/** Lets Pagefind index every page in `folder` and write the index; returns its page count. */
async function writeIndex(folder: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'da',
    excludeSelectors: EXCLUDED_CLASSES.map((name) => `.${name}`),
  });
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: folder });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
