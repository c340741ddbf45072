// Builds the Pagefind search index over the built site (run by `npm run build` after `astro build`).
//
// Only content pages are indexed: BaseLayout puts `data-pagefind-body` on <main> for pages that
// pass a `searchType`, and this script hands Pagefind exactly those files. Utility pages (404,
// the search page itself, lists) never reach the index, even while no page opts in yet (Pagefind
// on its own would then index every page). Danish is forced so stemming always applies.
//
// The index is written to `<outDir>/pagefind/` by the installed, pinned pagefind package, so the
// index format and the UI files the search page loads from that folder always match.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

/** Files that must never be searchable, whatever their markup says. */
const NEVER_INDEXED = new Set(['404.html', 'soeg/index.html']);

/**
 * True when a built HTML file is a content page that should be searchable.
 * @param {string} relativePath path of the file inside the built site, e.g. `forloeb/x/index.html`
 * @param {string} html the file's content
 * @returns {boolean}
 */
export function isIndexable(relativePath, html) {
  const path = relativePath.split(sep).join('/');
  if (NEVER_INDEXED.has(path) || path.startsWith('pagefind/')) return false;
  return /<main\b[^>]*\sdata-pagefind-body[\s=>]/.test(html);
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

/**
 * Indexes `siteDir` into `siteDir/pagefind` and returns the number of pages indexed.
 * @param {string} siteDir
 * @returns {Promise<number>}
 */
export async function indexSite(siteDir) {
  const root = resolve(siteDir);
  const outputPath = join(root, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const path of await htmlFiles(root)) {
      const content = await readFile(join(root, path), 'utf8');
      if (!isIndexable(path, content)) continue;
      // The URL is the site path without the base; the search page passes the base to Pagefind.
      const url = `/${path.split(sep).join('/')}`.replace(/index\.html$/, '');
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`${path}: ${added.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return pages;
  } finally {
    await pagefind.close();
  }
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
