import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PAGE_TYPES,
  examplePages,
  formatKb,
  gzipSize,
  weighPage,
  type PageType,
  type PageWeight,
} from '../support/page-weight';
import { heaviestByShape, weighSite } from '../support/site-weight';
import { openDataTotals, weighOpenData } from '../support/open-data-weight';
import { SCALE_SITE_DIR, SITE_DIR } from '../support/site-dirs';
import { SCALE_ENTRIES } from '../../tools/scale.mjs';

// Page-weight budgets: what a browser downloads for each page type before the reader searches,
// gzip-compressed (HTML + linked CSS + JavaScript loaded up front; Pagefind is imported
// dynamically when a search starts and is not counted). For each type the largest built page
// is weighed, and every page must stay under the ceiling. The same budgets hold for the real
// content and for the scale build (`npm run build:scale`: 2,000 generated entries). The
// budgets are justified in docs/performance.md; the test prints the figures.

const KB = 1024;

/** No page of any kind may weigh more: about a second on a weak 3G connection. */
const PAGE_CEILING = 50 * KB;

/** Budget for HTML + CSS + JS together, and for JavaScript alone (0: no script at all). */
const BUDGETS: Record<PageType, { total: number; js: number }> = {
  home: { total: 20 * KB, js: 0 },
  // «Vis trin for …» (issue 24): 1.3 KB today.
  pathway: { total: 50 * KB, js: 3 * KB },
  'pathway list': { total: 30 * KB, js: 0 },
  'table list': { total: 30 * KB, js: 0 },
  source: { total: 30 * KB, js: 0 },
  'review list': { total: 30 * KB, js: 0 },
  case: { total: 40 * KB, js: 0 },
  catalogue: { total: 50 * KB, js: 15 * KB },
  comparison: { total: 50 * KB, js: 15 * KB },
  actor: { total: 30 * KB, js: 0 },
  'responsibility table': { total: 30 * KB, js: 0 },
  search: { total: 25 * KB, js: 10 * KB },
  'change list': { total: 30 * KB, js: 0 },
  'open data': { total: 30 * KB, js: 0 },
};

/**
 * The open data (/data/, /fhir/, the feed) is fetched by programs, not by pages, so it has no
 * page budget; its catalogue is fetched first by every program and stays small.
 */
const CATALOGUE_BUDGET = 40 * KB;

/** The shared stylesheet is loaded by every page, so it has a budget of its own. */
const CSS_BUDGET = 15 * KB;

function builtPages(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(dir, file).split(sep).join('/'), bytes: statSync(file).size };
    });
}

/** Prints a Markdown table (the figures go into docs/performance.md). */
function printTable(title: string, headings: string[], rows: string[][]): void {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column < 2 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  console.log([title, line(headings), rule, ...rows.map(line)].join('\n'));
}

function describeSite(name: string, dir: string, buildCommand: string): void {
  const built = existsSync(join(dir, 'index.html'));
  const read = (sitePath: string) => {
    const file = join(dir, sitePath);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const examples = built ? examplePages(builtPages(dir)) : {};
  const measured: { type: PageType; path: string; weight: PageWeight }[] = [];

  describe(`page weight of ${name} before a person searches (gzip)`, () => {
    it('finds a built site to weigh', () => {
      expect(built, `${dir} has no index.html: run ${buildCommand}`).toBe(true);
    });

    for (const type of PAGE_TYPES) {
      const path = examples[type];
      const budget = BUDGETS[type];
      const limits =
        budget.js === 0
          ? `${formatKb(budget.total)} with no JavaScript`
          : `${formatKb(budget.total)} with at most ${formatKb(budget.js)} of JavaScript`;
      if (path === undefined) {
        it.skip(`keeps the ${type} page under ${limits} (no ${type} page in the build)`, () => {});
        continue;
      }
      it(`keeps the largest ${type} page under ${limits}`, () => {
        const weight = weighPage(path, readFileSync(join(dir, path), 'utf8'), read);
        measured.push({ type, path, weight });
        expect(weight.external, 'assets from another origin').toEqual([]);
        expect(weight.js, `JavaScript loaded by ${path}`).toBeLessThanOrEqual(budget.js);
        expect(weight.total, `HTML + CSS + JS of ${path}`).toBeLessThanOrEqual(budget.total);
      });
    }

    it(`keeps every page under ${formatKb(PAGE_CEILING)}`, () => {
      const pages = weighSite(dir);
      const heaviest = heaviestByShape(pages);
      printTable(
        `Heaviest page of each kind in ${dir} (gzip level 6, before a search):`,
        ['route', 'heaviest page', 'HTML', 'CSS', 'JS', 'total'],
        heaviest.map(({ shape, path, weight }) => [
          shape,
          path,
          formatKb(weight.html),
          formatKb(weight.css),
          formatKb(weight.js),
          formatKb(weight.total),
        ]),
      );
      const over = pages
        .filter((page) => page.weight.total > PAGE_CEILING)
        .map((page) => `${page.path}: ${formatKb(page.weight.total)}`);
      expect(pages.length).toBeGreaterThan(0);
      expect(over, 'pages over the ceiling').toEqual([]);
    });

    it(`keeps the stylesheets together under ${formatKb(CSS_BUDGET)}`, () => {
      const assets = join(dir, '_astro');
      const css = existsSync(assets)
        ? readdirSync(assets).filter((file) => file.endsWith('.css'))
        : [];
      const total = css.reduce((sum, file) => sum + gzipSize(readFileSync(join(assets, file))), 0);
      expect(css.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(CSS_BUDGET);
    });

    it(`weighs the open data and keeps its catalogue under ${formatKb(CATALOGUE_BUDGET)}`, () => {
      const files = weighOpenData(dir);
      const totals = openDataTotals(files);
      printTable(
        `Open data in ${dir}: ${totals.files} files, ${formatKb(totals.bytes)} on disk, ${formatKb(totals.gzipBytes)} gzip; the heaviest:`,
        ['file', 'on disk', 'gzip'],
        files
          .slice(0, 8)
          .map((file) => [file.path, formatKb(file.bytes), formatKb(file.gzipBytes)]),
      );
      const catalogue = files.find((file) => file.path === 'data/index.json');
      expect(catalogue, 'data/index.json').toBeDefined();
      expect(catalogue?.gzipBytes ?? Infinity).toBeLessThanOrEqual(CATALOGUE_BUDGET);
    });

    afterAll(() => {
      if (measured.length === 0) return;
      printTable(
        `Page weight in ${dir} (gzip level 6, before a search):`,
        ['page type', 'largest page', 'HTML', 'CSS', 'JS', 'total', 'budget'],
        measured.map(({ type, path, weight }) => [
          type,
          path,
          formatKb(weight.html),
          formatKb(weight.css),
          formatKb(weight.js),
          formatKb(weight.total),
          formatKb(BUDGETS[type].total),
        ]),
      );
    });
  });
}

describeSite('the site', SITE_DIR, 'npm run build');
describeSite(
  `the site with ${SCALE_ENTRIES.toLocaleString('en')} generated entries`,
  SCALE_SITE_DIR,
  'npm run build:scale',
);
