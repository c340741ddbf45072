// `npm run lighthouse`: Lighthouse scores for each page type of the built site, served locally
// the way a static host serves it, in Debian's Chromium. Not part of `npm test` (about half a
// minute per page); run it after `npm run build` and record the figures in docs/performance.md.
//
//   npm run lighthouse                              dist/ at /, mobile emulation (Lighthouse's default)
//   npm run lighthouse -- --preset desktop          desktop emulation
//   npm run lighthouse -- --dir dist-rehab --base /rehab/
//   npm run lighthouse -- --json lighthouse.json    also write the scores as JSON
import { existsSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { normaliseBasePath } from '../src/lib/deploy-target.mjs';
import { PAGE_TYPES, examplePages } from '../src/lib/page-weight.ts';
import { formatTable } from './bench/table.mjs';
import { serveStatic } from './static-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env['ASTRO_OUT_DIR'] ?? 'dist' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
    preset: { type: 'string', default: 'mobile' },
    json: { type: 'string' },
  },
});
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

const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
  logLevel: 'silent',
});
const site = await serveStatic(dir, base);

/** @type {{ type: string, path: string, scores: Record<string, number | null>, failing: string[] }[]} */
const results = [];
try {
  for (const type of PAGE_TYPES) {
    const path = examples[type];
    if (path === undefined) {
      console.log(`${type}: no page of this type in ${dir}; skipped`);
      continue;
    }
    const url = `${site.url}${path.replace(/index\.html$/, '')}`;
    process.stderr.write(`${type}: ${url} … `);
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
        category?.score === null || category === undefined
          ? null
          : Math.round(category.score * 100);
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
          failing.push(
            `${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
          );
        }
      }
    }
    process.stderr.write(`${CATEGORIES.map((id) => scores[id]).join(' / ')}\n`);
    results.push({ type, path, scores, failing });
  }
} finally {
  await site.close();
  chrome.kill();
}

console.log(`\nLighthouse ${values.preset} scores for ${dir} served at ${site.url}`);
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
  console.log('\nAudits below 90 that count towards a score:');
  for (const { type, failing } of withFailures) {
    for (const line of failing) console.log(`  ${type}: ${line}`);
  }
}
if (values.json) {
  await writeFile(
    resolve(values.json),
    `${JSON.stringify({ preset: values.preset, results }, null, 2)}\n`,
  );
}
