// `npm run bench`: how the build scales. For each size it generates synthetic content in a
// temporary folder (never content/), builds the site and its search index, builds a bare Astro
// project over the same entries, and prints wall time, pages per second, peak memory and index
// size for both, with the ratio. See docs/performance.md for how to read it.
//
//   npm run bench                              sizes 500, 2000 and 5000
//   npm run bench -- --sizes 100,500           other sizes (entries generated per size)
//   npm run bench -- --only site               skip the bare baseline (or --only bare)
//   npm run bench -- --profile                 also CPU-profile the site build of the first size
//   npm run bench -- --keep --json out.json    keep the builds, write the figures as JSON
//   npm run bench -- --without-open-data       also build the site without its open data
//                                              (/data/, /fhir/, the feed) and print the cost
//
// The code is snapshotted once at the start (src/, tools/, public/ and the config copied into
// the temporary folder), so every size measures the same code even while the tree changes.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareProject } from './bench/baseline.mjs';
import { writeSyntheticContent } from './bench/generate.mjs';
import { snapshotSite } from './site-snapshot.mjs';
import { compareProfiles, contentProfile } from './bench/realism.mjs';
import { planEntries } from './bench/dice.mjs';
import { runMeasured } from './bench/measure.mjs';
import { printProfile } from './bench/profile.mjs';
import {
  formatTable,
  goalChecks,
  goalLines,
  memorySlopes,
  sizeTable,
  timeSlopes,
  totalMs,
} from './bench/table.mjs';
import { formatKb } from '../tests/support/page-weight.ts';
import { heaviestByShape, weighSite as weighPages } from '../tests/support/site-weight.ts';
import { openDataTotals, weighOpenData } from '../tests/support/open-data-weight.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const WEIGHT_HEADINGS = ['route', 'heaviest page', 'total', 'JS'];

/** Every page must stay under this, gzip, before a search (issue 18). */
const PAGE_CEILING_KB = 50;

/** The open data may add at most this share to the build time (issue 25). */
const OPEN_DATA_CEILING = 0.1;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,5000' },
    seed: { type: 'string', default: '20261123' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    'work-dir': { type: 'string' },
    'without-open-data': { type: 'boolean', default: false },
  },
});

/** The routes of the open data (src/open-data/), left out of the «without» build. */
const OPEN_DATA_ROUTES = [
  'src/pages/data',
  'src/pages/fhir',
  'src/pages/[feed].xml.ts',
  'src/pages/aabne-data.astro',
];

const sizes = values.sizes
  .split(',')
  .map((size) => Number(size.trim().replaceAll('_', '')))
  .sort((a, b) => a - b);
if (sizes.some((size) => !Number.isInteger(size) || size < 4)) {
  throw new Error(`--sizes takes whole numbers of at least 4, e.g. 100,500; got «${values.sizes}»`);
}
const variants = /** @type {('site' | 'bare' | 'plain')[]} */ ([
  ...(values.only === 'site' || values.only === 'bare' ? [values.only] : ['site', 'bare']),
  ...(values['without-open-data'] ? ['plain'] : []),
]);
const seed = Number(values.seed);

/**
 * Every file below `dir` (recursively).
 * @param {string} dir
 * @returns {{ path: string, size: number }[]}
 */
function filesBelow(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path, size: statSync(path).size };
      });
  } catch {
    return [];
  }
}

/**
 * The indexing time the Pagefind integration reports at the end of `astro build`, in ms.
 * @param {string} output the build's output
 */
function indexTime(output) {
  const match = /Søgeindeks: \d+ sider indekseret på ([\d.]+) s/.exec(output);
  if (!match) throw new Error(`the build printed no search index line:\n${output.slice(-2000)}`);
  return Number(match[1]) * 1000;
}

/**
 * Builds one variant of one size with `astro build`, which also builds the search index (the
 * Pagefind integration); the index time is the one the integration reports.
 * @param {{ variant: 'site' | 'bare' | 'plain', root: string, contentDir: string, outDir: string,
 *   cacheDir: string, entries: number, profileDir?: string | undefined }} job
 * @returns {Promise<import('./bench/table.mjs').BuildFigures>}
 */
async function buildOnce(job) {
  rmSync(job.outDir, { recursive: true, force: true });
  rmSync(job.cacheDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    CONTENT_ROOT: job.contentDir,
    ASTRO_OUT_DIR: job.outDir,
    ASTRO_CACHE_DIR: job.cacheDir,
    BUILD_DATE: '2026-11-23',
    ASTRO_TELEMETRY_DISABLED: '1',
    // Generated cases quote no real document: their quotations are not checked.
    SOURCE_TEXTS_DIR: 'off',
  };
  const astro = join(job.root, 'node_modules/astro/bin/astro.mjs');
  const nodeFlags = job.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${job.profileDir}`] : [];
  process.stderr.write(`  ${job.variant}: astro build … `);
  const build = await runMeasured(
    process.execPath,
    [...nodeFlags, astro, 'build', '--root', job.root],
    {
      cwd: job.root,
      env,
    },
  );
  if (build.status !== 0) {
    throw new Error(
      `${job.variant} build of ${job.entries} entries failed:\n${build.output.slice(-4000)}`,
    );
  }
  const indexMs = indexTime(build.output);
  process.stderr.write(
    `${(build.wallMs / 1000).toFixed(1)} s (cpu ${(build.cpuMs / 1000).toFixed(1)} s; index ${(indexMs / 1000).toFixed(1)} s)\n`,
  );
  const pages = filesBelow(job.outDir).filter(
    (file) => file.path.endsWith('.html') && !file.path.includes(`${job.outDir}/pagefind/`),
  ).length;
  const indexBytes = filesBelow(join(job.outDir, 'pagefind')).reduce(
    (sum, file) => sum + file.size,
    0,
  );
  return {
    entries: job.entries,
    pages,
    astroMs: build.wallMs - indexMs,
    indexMs,
    cpuMs: build.cpuMs,
    peakKb: build.peakKb,
    indexBytes,
  };
}

const workDir = values['work-dir']
  ? resolve(values['work-dir'])
  : mkdtempSync(join(tmpdir(), 'rehab-bench-'));
mkdirSync(workDir, { recursive: true });
const siteRoot = join(workDir, 'site');
const bareRoot = join(workDir, 'bare');
const plainRoot = join(workDir, 'plain');
rmSync(siteRoot, { recursive: true, force: true });
rmSync(bareRoot, { recursive: true, force: true });
rmSync(plainRoot, { recursive: true, force: true });
snapshotSite(siteRoot);
writeBareProject({ siteDir: siteRoot, targetDir: bareRoot });
if (variants.includes('plain')) {
  // The same site without the open data's routes: what the open data costs to build.
  snapshotSite(plainRoot);
  for (const route of OPEN_DATA_ROUTES) rmSync(join(plainRoot, route), { recursive: true });
}
const roots = { site: siteRoot, bare: bareRoot, plain: plainRoot };

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
console.log(
  `Benchmark in ${workDir}\n${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${process.platform}, Node ${process.version}; sizes ${sizes.join(', ')}; seed ${seed}; load average ${load()}`,
);

/** @type {{ entries: number, plan: ReturnType<typeof planEntries>, site?: import('./bench/table.mjs').BuildFigures, bare?: import('./bench/table.mjs').BuildFigures, plain?: import('./bench/table.mjs').BuildFigures, weights?: string[][], openData?: ReturnType<typeof openDataTotals> }[]} */
const results = [];
for (const [position, entries] of sizes.entries()) {
  const contentDir = join(workDir, `content-${entries}`);
  rmSync(contentDir, { recursive: true, force: true });
  writeSyntheticContent({
    realContentDir: join(projectRoot, 'content'),
    targetDir: contentDir,
    entries,
    seed,
  });
  if (position === 0) {
    console.log('\nGenerated content against the real content (medians per entry):');
    const rows = compareProfiles(
      contentProfile(join(projectRoot, 'content')),
      contentProfile(contentDir),
    ).map((row) => [
      `${row.collection}: ${row.measure}`,
      String(row.real),
      String(row.generated),
      `${row.ratio.toFixed(2)}×`,
    ]);
    console.log(formatTable(['measure', 'real', 'generated', 'ratio'], rows));
  }
  const plan = planEntries(entries);
  console.log(
    `\n${entries} entries (${plan.pathways} pathways, ${plan.cases} cases, ${plan.responsibilities} responsibility tables, ${plan.datasets} datasets)`,
  );
  /** @type {(typeof results)[number]} */
  const result = { entries, plan };
  for (const variant of variants) {
    const profileDir =
      values.profile && position === 0 && variant === 'site' ? join(workDir, 'profile') : undefined;
    const outDir = join(workDir, 'out', `${variant}-${entries}`);
    result[variant] = await buildOnce({
      variant,
      root: roots[variant],
      contentDir,
      outDir,
      cacheDir: join(workDir, 'cache', `${variant}-${entries}`),
      entries,
      profileDir,
    });
    if (profileDir) printProfile(profileDir);
    if (variant === 'site') {
      result.weights = weighSite(outDir);
      result.openData = openDataTotals(weighOpenData(outDir));
    }
    if (!values.keep) rmSync(outDir, { recursive: true, force: true });
  }
  results.push(result);
  console.log(`\n${sizeTable(result)}`);
  if (result.openData) {
    console.log(
      `\nOpen data at ${entries} entries: ${result.openData.files} files, ${formatKb(result.openData.bytes)} on disk, ${formatKb(result.openData.gzipBytes)} gzip; heaviest ${result.openData.heaviest?.path} (${formatKb(result.openData.heaviest?.gzipBytes ?? 0)} gzip)`,
    );
  }
  if (result.weights) {
    console.log(`\nPage weight of the site at ${entries} entries (gzip, before a search):`);
    console.log(formatTable(WEIGHT_HEADINGS, result.weights));
  }
  if (!values.keep) rmSync(contentDir, { recursive: true, force: true });
}

console.log(`\nAll sizes (load average now ${load()}):`);
for (const result of results) console.log(`\n${result.entries} entries\n${sizeTable(result)}`);
const weighed = results.filter((result) => result.weights);
if (weighed.length > 0) {
  console.log('\nHeaviest page of each route, total gzip KB (HTML + CSS + JS) by size:');
  const routes = [
    ...new Set(weighed.flatMap((result) => result.weights?.map((row) => row[0] ?? '') ?? [])),
  ];
  console.log(
    formatTable(
      ['route', ...weighed.map((result) => `${result.entries} entries`)],
      routes.map((route) => [
        route,
        ...weighed.map((result) => result.weights?.find((row) => row[0] === route)?.[2] ?? '–'),
      ]),
    ),
  );
}
console.log('\nGoals:');
for (const result of results) {
  if (result.site && result.bare) {
    for (const line of goalLines(goalChecks(result.site, result.bare))) {
      console.log(`  ${result.entries} entries, ${line}`);
    }
  }
  if (result.site && result.plain) {
    const cost = totalMs(result.site) / totalMs(result.plain) - 1;
    console.log(
      `  ${result.entries} entries, open data adds at most ${OPEN_DATA_CEILING * 100} % to the build: ${cost <= OPEN_DATA_CEILING ? 'met' : 'NOT met'} (${(totalMs(result.site) / 1000).toFixed(1)} s with, ${(totalMs(result.plain) / 1000).toFixed(1)} s without: ${(cost * 100).toFixed(1)} %; CPU ${((result.site.cpuMs / result.plain.cpuMs - 1) * 100).toFixed(1)} %)`,
    );
  }
  if (result.weights) {
    const heaviest = result.weights[0];
    const over = result.weights.filter((row) => Number.parseFloat(row[2] ?? '0') > PAGE_CEILING_KB);
    console.log(
      `  ${result.entries} entries, every page under ${PAGE_CEILING_KB} KB: ${over.length === 0 ? 'met' : `NOT met (${over.map((row) => row[0]).join(', ')})`}; heaviest ${heaviest?.[1]} ${heaviest?.[2]}`,
    );
  }
}
for (const variant of variants) {
  const builds = results.flatMap((result) => (result[variant] ? [result[variant]] : []));
  if (builds.length < 2) continue;
  const memory = memorySlopes(builds)
    .map((slope) => `${slope.from}→${slope.to}: ${(slope.kbPerEntry / 1024).toFixed(3)} MB/entry`)
    .join(', ');
  const time = timeSlopes(builds)
    .map((slope) => `${slope.from}→${slope.to}: ${slope.msPerExtraPage.toFixed(1)} ms/page`)
    .join(', ');
  console.log(`\n${variant}: marginal memory ${memory}; marginal time ${time}`);
}
if (values.json) {
  await writeFile(
    resolve(values.json),
    `${JSON.stringify({ date: new Date().toISOString(), seed, results }, null, 2)}\n`,
  );
}
if (!values.keep && !values['work-dir']) rmSync(workDir, { recursive: true, force: true });

/**
 * Weighs every page and keeps the heaviest of each route (`forloeb/<id>/`, `cases/side/<n>/`),
 * heaviest first.
 * @param {string} outDir
 * @returns {string[][]}
 */
function weighSite(outDir) {
  return heaviestByShape(weighPages(outDir)).map(({ shape, path, weight }) => [
    shape,
    path,
    formatKb(weight.total),
    formatKb(weight.js),
  ]);
}
