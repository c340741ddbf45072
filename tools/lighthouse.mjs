// `npm run lighthouse`: Lighthouse scores for each page type of the built site, served locally
// the way a static host serves it, in Debian's Chromium. Not part of `npm test` (about half a
// minute per page); run it after `npm run build` and record the figures in docs/performance.md.
//
//   npm run lighthouse                              dist/ at /, mobile emulation (Lighthouse's default)
//   npm run lighthouse -- --preset desktop          desktop emulation
//   npm run lighthouse -- --dir dist-rehab --base /rehab/
//   npm run lighthouse -- --no-gzip                 serve uncompressed (default: gzip level 6)
//   npm run lighthouse -- --runs 5                  median of 5 runs per page (default 3)
//   npm run lighthouse -- --json lighthouse.json    also write the scores as JSON
//   npm run lighthouse -- --types pathway,actor     only these page types
//
// Performance scores depend on how busy the machine is (Lighthouse simulates a slow phone by
// scaling the main-thread time it observes); the host's benchmark index is printed with them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { createGzip } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { normaliseBasePath } from '../src/site/base-path.mjs';
import { PAGE_TYPES, examplePages } from '../tests/support/page-weight.ts';
import { formatTable } from './bench/table.mjs';
import { findBrowser } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env['ASTRO_OUT_DIR'] ?? 'dist' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
    preset: { type: 'string', default: 'mobile' },
    runs: { type: 'string', default: '3' },
    gzip: { type: 'boolean', default: true },
    json: { type: 'string' },
    types: { type: 'string' },
  },
});
/** @type {readonly string[]} */
const knownTypes = PAGE_TYPES;
const askedTypes = values.types ? values.types.split(',').map((type) => type.trim()) : knownTypes;
const unknownTypes = askedTypes.filter((type) => !knownTypes.includes(type));
if (unknownTypes.length > 0) {
  throw new Error(`--types takes ${PAGE_TYPES.join(', ')}; unknown: ${unknownTypes.join(', ')}`);
}
const runCount = Number(values.runs);
if (!Number.isInteger(runCount) || runCount < 1) {
  throw new Error(`--runs takes a whole number of at least 1, got «${values.runs}»`);
}
if (values.preset !== 'mobile' && values.preset !== 'desktop') {
  throw new Error(`--preset is mobile or desktop, got «${values.preset}»`);
}

const dir = resolve(values.dir);
const base = normaliseBasePath(values.base);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir} has no index.html: build the site first (npm run build)`);
  process.exit(1);
}

const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.html')
  .map((entry) => {
    const file = join(entry.parentPath, entry.name);
    return { path: relative(dir, file).split(sep).join('/'), bytes: statSync(file).size };
  });
const examples = examplePages(pages);

// Lighthouse measures the page as a reader's browser draws it: never the headless shell.
const browser = findBrowser({ fullBrowser: true });
if ('error' in browser) {
  console.error(browser.error);
  process.exit(1);
}
const chrome = await chromeLauncher.launch({
  chromePath: browser.path,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
  logLevel: 'silent',
});
const files = await serveStatic(dir, base);
const site = values.gzip ? await gzipFront(files) : files;

/**
 * One Lighthouse run of `url`: the four category scores (0-100) and the audits below 0.9 that
 * count towards a score, with up to three of the elements they name.
 * @param {string} url
 */
async function audit(url) {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    values.preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {string[]} */
  const failing = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] =
      category?.score === null || category === undefined ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const found = lhr.audits[ref.id];
      if (ref.weight > 0 && found && found.score !== null && found.score < 0.9) {
        const details = /** @type {{ items?: { node?: { selector?: string } }[] } | undefined} */ (
          found.details
        );
        const nodes = (details?.items ?? [])
          .map((item) => item.node?.selector)
          .filter(Boolean)
          .slice(0, 3);
        failing.push(
          `${id}: ${found.title}${found.displayValue ? ` (${found.displayValue})` : ''}${nodes.length > 0 ? ` → ${nodes.join(' | ')}` : ''}`,
        );
      }
    }
  }
  return { scores, failing, benchmarkIndex: lhr.environment.benchmarkIndex };
}

/** @param {number[]} numbers */
function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? /** @type {number} */ (sorted[middle])
    : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}

/** @type {{ type: string, path: string, scores: Record<string, number | null>, runs: Record<string, number | null>[], failing: string[], benchmarkIndex: number[] }[]} */
const results = [];
try {
  for (const type of PAGE_TYPES.filter((known) => askedTypes.includes(known))) {
    const path = examples[type];
    if (path === undefined) {
      console.log(`${type}: no page of this type in ${dir}; skipped`);
      continue;
    }
    const url = `${site.url}${path.replace(/index\.html$/, '')}`;
    process.stderr.write(`${type}: ${url}`);
    const runs = [];
    for (let run = 0; run < runCount; run += 1) {
      const outcome = await audit(url);
      runs.push(outcome);
      process.stderr.write(` [${CATEGORIES.map((id) => outcome.scores[id]).join('/')}]`);
    }
    process.stderr.write('\n');
    /** @type {Record<string, number | null>} */
    const scores = {};
    for (const id of CATEGORIES) {
      const values = runs.flatMap((run) => (run.scores[id] === null ? [] : [run.scores[id] ?? 0]));
      scores[id] = values.length === 0 ? null : median(values);
    }
    results.push({
      type,
      path,
      scores,
      runs: runs.map((run) => run.scores),
      failing: [...new Set(runs.flatMap((run) => run.failing))],
      benchmarkIndex: runs.map((run) => run.benchmarkIndex),
    });
  }
} finally {
  // Chromium first: its keep-alive connections would otherwise hold the servers open.
  chrome.kill();
  if (site !== files) await site.close();
  await files.close();
}

const benchmarks = results.flatMap((result) => result.benchmarkIndex);
console.log(
  `\nLighthouse ${values.preset} scores for ${dir} served at ${site.url}: median of ${runCount} run(s) per page; host benchmark index ${Math.min(...benchmarks)}-${Math.max(...benchmarks)}`,
);
console.log(
  formatTable(
    ['page type', 'page', ...CATEGORIES],
    results.map(({ type, path, scores }) => [
      type,
      path,
      ...CATEGORIES.map((id) => (scores[id] === null ? '–' : String(scores[id]))),
    ]),
  ),
);
const withFailures = results.filter((result) => result.failing.length > 0);
if (withFailures.length > 0) {
  console.log('\nAudits below 90 that count towards a score (in any run):');
  for (const { type, failing } of withFailures) {
    for (const line of failing) console.log(`  ${type}: ${line}`);
  }
}
if (values.json) {
  await writeFile(
    resolve(values.json),
    `${JSON.stringify({ preset: values.preset, runs: runCount, results }, null, 2)}\n`,
  );
}

/**
 * A gzip front for the static server: static hosts compress text (GitHub Pages, Netlify,
 * Cloudflare, nginx with gzip on), and Lighthouse simulates a slow network from the bytes it
 * receives, so measuring uncompressed files would make every page look slower than it is.
 * Compresses text responses at level 6, like the page-weight budgets.
 * @param {import('./static-server.mjs').StaticSite} upstream
 * @returns {Promise<import('./static-server.mjs').StaticSite>}
 */
async function gzipFront(upstream) {
  const server = createServer((request, response) => {
    const headers = { ...request.headers };
    delete headers['accept-encoding'];
    get(`${upstream.origin}${request.url ?? '/'}`, { headers }, (answer) => {
      const type = String(answer.headers['content-type'] ?? '');
      const compress =
        /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) &&
        /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/.test(type);
      const out = { ...answer.headers };
      if (compress) {
        delete out['content-length'];
        out['content-encoding'] = 'gzip';
        out['vary'] = 'Accept-Encoding';
      }
      response.writeHead(answer.statusCode ?? 502, out);
      (compress ? answer.pipe(createGzip({ level: 6 })) : answer).pipe(response);
    }).on('error', (error) => {
      response.statusCode = 502;
      response.end(String(error));
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${upstream.base}`,
    origin,
    base: upstream.base,
    close: () =>
      new Promise((done) => {
        server.close(() => done(undefined));
        server.closeAllConnections();
      }),
  };
}
