// Pure formatting for `npm run bench`: turns measured builds into the rows and the plain-text
// (Markdown) table the bench prints, so the figures can be pasted into docs/performance.md.

/**
 * The figures of one build (site or bare) of one size.
 * @typedef {object} BuildFigures
 * @property {number} entries generated entries (pathways, cases, tables, datasets)
 * @property {number} pages HTML pages written
 * @property {number} astroMs wall time of `astro build`
 * @property {number} indexMs wall time of the Pagefind indexing
 * @property {number} cpuMs CPU time (user + system) of both steps; less sensitive than wall time
 *   to other work on the machine
 * @property {number} peakKb largest resident set of one process over both steps, in KiB
 * @property {number} indexBytes size of dist/pagefind on disk
 */

/** Column headings, in order. */
export const HEADINGS = [
  'build',
  'entries',
  'pages',
  'astro s',
  'index s',
  'total s',
  'cpu s',
  'pages/s',
  'ms/page',
  'cpu ms/page',
  'peak MB',
  'index MB',
];

/**
 * Total wall time of a build in milliseconds.
 * @param {BuildFigures} figures
 */
export function totalMs(figures) {
  return figures.astroMs + figures.indexMs;
}

/**
 * Milliseconds per page for the whole build (astro + index).
 * @param {BuildFigures} figures
 */
export function msPerPage(figures) {
  return figures.pages === 0 ? Number.NaN : totalMs(figures) / figures.pages;
}

/** @param {number} value @param {number} digits */
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/**
 * One table row of figures for a build.
 * @param {string} label
 * @param {BuildFigures} f
 * @returns {string[]}
 */
export function figureRow(label, f) {
  const total = totalMs(f);
  return [
    label,
    String(f.entries),
    String(f.pages),
    fixed(f.astroMs / 1000, 1),
    fixed(f.indexMs / 1000, 1),
    fixed(total / 1000, 1),
    fixed(f.cpuMs / 1000, 1),
    fixed(total > 0 ? f.pages / (total / 1000) : Number.NaN, 1),
    fixed(msPerPage(f), 1),
    fixed(f.pages > 0 ? f.cpuMs / f.pages : Number.NaN, 1),
    fixed(f.peakKb / 1024, 0),
    fixed(f.indexBytes / (1024 * 1024), 1),
  ];
}

/**
 * The ratio row: site ÷ bare for the time, per-page, memory and index columns.
 * @param {BuildFigures} site
 * @param {BuildFigures} bare
 * @returns {string[]}
 */
export function ratioRow(site, bare) {
  /** @param {number} a @param {number} b */
  const ratio = (a, b) => (b > 0 && Number.isFinite(a / b) ? `${fixed(a / b, 2)}×` : '–');
  const sitePerSecond = site.pages / (totalMs(site) / 1000);
  const barePerSecond = bare.pages / (totalMs(bare) / 1000);
  return [
    'site ÷ bare',
    '',
    ratio(site.pages, bare.pages),
    ratio(site.astroMs, bare.astroMs),
    ratio(site.indexMs, bare.indexMs),
    ratio(totalMs(site), totalMs(bare)),
    ratio(site.cpuMs, bare.cpuMs),
    ratio(sitePerSecond, barePerSecond),
    ratio(msPerPage(site), msPerPage(bare)),
    ratio(site.cpuMs / site.pages, bare.cpuMs / bare.pages),
    ratio(site.peakKb, bare.peakKb),
    ratio(site.indexBytes, bare.indexBytes),
  ];
}

/**
 * A Markdown table with right-aligned number columns, padded so it also reads as plain text.
 * @param {readonly string[]} headings
 * @param {readonly (readonly string[])[]} rows
 * @returns {string}
 */
export function formatTable(headings, rows) {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  /** @param {readonly string[]} cells */
  const line = (cells) =>
    `| ${cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`))
    .join(' | ')} |`;
  return [line(headings), rule, ...rows.map(line)].join('\n');
}

/**
 * The table printed for one size: site, bare and their ratio (or only the builds that ran).
 * @param {{ site?: BuildFigures | undefined, bare?: BuildFigures | undefined }} result
 * @returns {string}
 */
export function sizeTable({ site, bare }) {
  /** @type {string[][]} */
  const rows = [];
  if (site) rows.push(figureRow('site', site));
  if (bare) rows.push(figureRow('bare', bare));
  if (site && bare) rows.push(ratioRow(site, bare));
  return formatTable(HEADINGS, rows);
}

/**
 * How peak memory grows with size. A build has a fixed floor (Node, Vite, Astro), so the useful
 * figure is the marginal cost: the extra peak memory per extra entry between consecutive sizes.
 * If that slope stays about the same as sizes grow, memory grows linearly; a slope that keeps
 * rising means faster than linear.
 * @param {readonly BuildFigures[]} builds sorted by entries
 * @returns {{ from: number, to: number, kbPerEntry: number }[]}
 */
export function memorySlopes(builds) {
  return builds.slice(1).map((to, index) => {
    const from = /** @type {BuildFigures} */ (builds[index]);
    return {
      from: from.entries,
      to: to.entries,
      kbPerEntry: (to.peakKb - from.peakKb) / (to.entries - from.entries),
    };
  });
}

/**
 * Time per page between consecutive sizes, the same way: extra wall time per extra page.
 * @param {readonly BuildFigures[]} builds sorted by entries
 * @returns {{ from: number, to: number, msPerExtraPage: number }[]}
 */
export function timeSlopes(builds) {
  return builds.slice(1).map((to, index) => {
    const from = /** @type {BuildFigures} */ (builds[index]);
    return {
      from: from.entries,
      to: to.entries,
      msPerExtraPage: (totalMs(to) - totalMs(from)) / (to.pages - from.pages),
    };
  });
}

/** The issue's goal: the site's cost per page within this factor of the bare build's. */
export const RATIO_GOAL = 1.2;

/**
 * The goals, checked for one size: time and CPU per page within RATIO_GOAL of the bare build,
 * and the search index per page. Per entry is shown beside it, since the site writes more
 * pages per entry (a pathway has a background and a figures page) than the bare build.
 * @param {BuildFigures} site
 * @param {BuildFigures} bare
 * @returns {{ name: string, perPage: number, perEntry: number, met: boolean }[]}
 */
export function goalChecks(site, bare) {
  /** @param {(f: BuildFigures) => number} measure */
  const compare = (measure) => ({
    perPage: measure(site) / site.pages / (measure(bare) / bare.pages),
    perEntry: measure(site) / measure(bare),
  });
  const checks = [
    { name: 'build time (wall)', ...compare(totalMs) },
    { name: 'CPU time', ...compare((f) => f.cpuMs) },
    { name: 'search index size', ...compare((f) => f.indexBytes) },
  ];
  return checks.map((check) => ({ ...check, met: check.perPage <= RATIO_GOAL }));
}

/**
 * The goal checks as lines: «build time (wall) per page 1.12× bare (goal ≤ 1.2×): met».
 * @param {ReturnType<typeof goalChecks>} checks
 * @returns {string[]}
 */
export function goalLines(checks) {
  return checks.map(
    (check) =>
      `${check.name}: ${fixed(check.perPage, 2)}× bare per page (goal ≤ ${RATIO_GOAL}×: ${check.met ? 'met' : 'NOT met'}); ${fixed(check.perEntry, 2)}× per entry`,
  );
}
