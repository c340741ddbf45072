// `npm run search:relevance`: runs the relevance test set (tests/search/relevance.yaml)
// against the built index through Pagefind's JS search API, with the same query handling
// (fillers dropped, pages matching most words after the all-words results:
// src/search/question-search.ts) and ranking as the search page, and prints the hit rates
// (first result, all expectations met in the first three) and every miss.
//
//   npm run search:relevance                     the root build in dist/
//   npm run search:relevance -- --site dist-rehab --json   another build, figures as JSON
//   npm run search:relevance -- --ranking '{"termSimilarity":2}'   try other ranking weights
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { importBundled } from '../src/integrations/import-bundled.mjs';
import { SEARCH_RANKING } from '../src/search/search-query.ts';
import { judge, rates, readCases } from './search-relevance/score.mjs';
import { serveStatic } from './static-server.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    site: { type: 'string', default: process.env.ASTRO_OUT_DIR ?? 'dist' },
    cases: { type: 'string', default: join(projectRoot, 'tests/search/relevance.yaml') },
    json: { type: 'boolean', default: false },
    // For trying other weights: Pagefind `ranking` options as JSON, instead of SEARCH_RANKING.
    ranking: { type: 'string' },
  },
});
const siteDir = resolve(values.site);
/** @type {typeof import('../src/search/question-search.ts')} */
const { searchQuestion } = await importBundled(
  projectRoot,
  join(projectRoot, 'src/search/question-search.ts'),
  'search-relevance',
);
const cases = readCases(parse(readFileSync(values.cases, 'utf8')));

// Pagefind's search runs in Node when it loads its index over HTTP, as in a browser.
/** @typedef {{ id: string, score: number, data(): Promise<{ url: string }> }} Result */

const site = await serveStatic(siteDir, '/');
const verdicts = [];
try {
  const pagefind = await import(pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href);
  await pagefind.options({
    basePath: `${site.url}pagefind/`,
    baseUrl: '/',
    ranking: values.ranking ? JSON.parse(values.ranking) : SEARCH_RANKING,
  });
  await pagefind.init();
  for (const test of cases) {
    /** @type {{ results: Result[], partial: Result[] } | null} */
    const found = await searchQuestion(pagefind, test.query);
    const data = await Promise.all(
      [...(found?.results ?? []), ...(found?.partial ?? [])].map((result) => result.data()),
    );
    const results = data.map((page) => page.url);
    verdicts.push({ ...test, results, ...judge(test, results) });
  }
  await pagefind.destroy();
} finally {
  await site.close();
}

const summary = rates(verdicts);
const misses = verdicts.filter((verdict) => !verdict.hit);
if (values.json) {
  console.log(
    JSON.stringify({
      ...summary,
      misses: misses.map(({ query, problems }) => ({ query, problems })),
    }),
  );
} else {
  /** @param {number} share */
  const percent = (share) => `${(share * 100).toFixed(0)} %`;
  console.log(`Søgerelevans: ${summary.queries} søgninger mod ${siteDir}`);
  console.log(`  rigtigt første resultat: ${percent(summary.first)}`);
  console.log(`  alt rigtigt i top 3:     ${percent(summary.top3)}`);
  for (const miss of misses) {
    console.log(`  ✗ «${miss.query}» (${miss.kind}): ${miss.problems.join('; ')}`);
    console.log(`      fik: ${miss.results.slice(0, 3).join(', ') || '(ingen resultater)'}`);
  }
}
process.exit(0);
