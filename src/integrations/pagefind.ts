/**
 * The Astro integration that builds the Pagefind search index when `astro build` is done,
 * through Pagefind's documented Node API (`createIndex`, `addHTMLFile`, `writeFiles`).
 * Registered in astro.config.mjs; `astro dev` builds no index.
 *
 * Only content pages are indexed: BaseLayout puts `data-pagefind-body` on <main> for pages
 * that pass a `searchType`. The build fails when the 404 or search page carries the mark, and
 * when Pagefind indexes any other set of pages than the expected one. Danish is forced, so
 * stemming always applies. URLs are stored without the base; the search page adds it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SynonymGroup } from '../search/index-terms';
import { readSynonyms } from './synonym-files';

/** Runs `indexSite` (./pagefind-index.ts) in a worker thread; resolves with the page count. */
function indexInWorker(siteDir: string, synonyms: readonly SynonymGroup[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-worker.mjs', import.meta.url), {
      workerData: { siteDir, synonyms },
    });
    worker.once('message', (pages: number) => resolve(pages));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Søgeindekset stoppede med kode ${code}`));
    });
  });
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'rehab-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The scale build (tools/build-scale.mjs) only weighs pages; it needs no index.
        if (process.env['SEARCH_INDEX'] === 'off') {
          logger.info('Søgeindeks: ikke bygget (SEARCH_INDEX=off)');
          return;
        }
        const contentRoot = process.env['CONTENT_ROOT'] ?? './content';
        const synonyms = await readSynonyms(contentRoot);
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const pages = await indexInWorker(siteDir, synonyms);
        // `npm run bench` reads the time from this line.
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Søgeindeks: ${pages} sider indekseret på ${seconds} s i ${siteDir}pagefind`);
      },
    },
  };
}
