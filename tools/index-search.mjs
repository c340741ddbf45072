// Builds the Pagefind search index over the built site (run by `npm run build` after `astro build`).
//
// Only content pages are indexed: BaseLayout puts `data-pagefind-body` on <main> for pages that
// pass a `searchType`, and Pagefind leaves out every page without it. Pagefind reads the built
// folder itself (`addDirectory`): handing it one file at a time through its Node API took three
// times as long (22 s against 6 s for 4,800 pages; docs/performance.md). This script first checks
// the pages the way it used to choose them: it fails if the 404 or search page carries the
// attribute, skips indexing while no page opts in (Pagefind would then index every page), and
// afterwards checks that Pagefind indexed exactly the expected pages. Danish is forced so
// stemming always applies.
//
// The index is written to `<outDir>/pagefind/` by the installed, pinned pagefind package, so the
// index format and the UI files the search page loads from that folder always match.
import { open, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

/** Files that must never be searchable, whatever their markup says. */
const NEVER_INDEXED = new Set(['404.html', 'soeg/index.html']);

/**
 * True when the page's <main> carries data-pagefind-body (the mark Pagefind indexes by).
 * @param {string} html
 * @returns {boolean}
 */
function hasPagefindBody(html) {
  return /<main\b[^>]*\sdata-pagefind-body[\s=>]/.test(html);
}

/**
 * True when a built HTML file is a content page that should be searchable.
 * @param {string} relativePath path of the file inside the built site, e.g. `forloeb/x/index.html`
 * @param {string} html the file's content
 * @returns {boolean}
 */
export function isIndexable(relativePath, html) {
  const path = relativePath.split(sep).join('/');
  if (NEVER_INDEXED.has(path) || path.startsWith('pagefind/')) return false;
  return hasPagefindBody(html);
}

/**
 * Every `.html` file below `dir`, as paths relative to `dir`.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Bytes read from the start of each page to find its <main> tag (it comes after the header). */
const HEAD_BYTES = 64 * 1024;

/**
 * The start of a built page, up to and including its <main> tag; the whole file when the tag
 * is not within the first HEAD_BYTES.
 * @param {string} file
 * @returns {Promise<string>}
 */
async function pageStart(file) {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const start = buffer.subarray(0, bytesRead).toString('utf8');
    const main = /<main\b[^>]*>/.exec(start);
    if (main || bytesRead < HEAD_BYTES) return start;
  } finally {
    await handle.close();
  }
  return readFile(file, 'utf8');
}

/**
 * The pages that should be searchable, by the site's own rule; fails when a page that must
 * never be searchable carries data-pagefind-body (Pagefind would index it).
 * @param {string} root
 * @returns {Promise<string[]>}
 */
async function expectedPages(root) {
  const expected = [];
  for (const path of await htmlFiles(root)) {
    const start = await pageStart(join(root, path));
    if (isIndexable(path, start)) expected.push(path);
    else if (hasPagefindBody(start)) {
      throw new Error(
        `${path} har data-pagefind-body, men siden må aldrig kunne søges frem (fjern searchType, eller sæt noindex)`,
      );
    }
  }
  return expected;
}

/**
 * Indexes `siteDir` into `siteDir/pagefind` and returns the number of pages indexed.
 * @param {string} siteDir
 * @returns {Promise<number>}
 */
export async function indexSite(siteDir) {
  const root = resolve(siteDir);
  const outputPath = join(root, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  const expected = await expectedPages(root);

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // URLs are the site paths without the base; the search page passes the base to Pagefind.
    if (expected.length > 0) {
      const added = await index.addDirectory({ path: root, glob: '**/*.html' });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
  const indexed = Object.values(entry.languages ?? {}).reduce(
    (sum, language) => sum + Number(language.page_count ?? 0),
    0,
  );
  if (indexed !== expected.length) {
    throw new Error(
      `Pagefind indekserede ${indexed} sider, men ${expected.length} sider har data-pagefind-body`,
    );
  }
  return indexed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const siteDir = process.env.ASTRO_OUT_DIR ?? 'dist';
  try {
    const pages = await indexSite(siteDir);
    console.log(`Søgeindeks: ${pages} sider indekseret i ${join(siteDir, 'pagefind')}`);
  } catch (error) {
    console.error('Søgeindekset kunne ikke bygges:', error);
    process.exit(1);
  }
}
