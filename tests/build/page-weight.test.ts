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
import { SITE_DIR } from '../support/site-dirs';

// Page-weight budgets: what a browser downloads for each page type before the reader searches,
// gzip-compressed (HTML + linked CSS + JavaScript loaded up front; Pagefind is imported
// dynamically when a search starts and is not counted). For each type the largest built page
// is weighed. The budgets are justified in docs/performance.md; the test prints the figures.

const KB = 1024;

/** Budget for HTML + CSS + JS together, and for JavaScript alone (0: no script at all). */
const BUDGETS: Record<PageType, { total: number; js: number }> = {
  home: { total: 20 * KB, js: 0 },
  pathway: { total: 50 * KB, js: 0 },
  case: { total: 40 * KB, js: 0 },
  catalogue: { total: 50 * KB, js: 15 * KB },
  comparison: { total: 50 * KB, js: 15 * KB },
  actor: { total: 30 * KB, js: 0 },
  'responsibility table': { total: 30 * KB, js: 0 },
  search: { total: 25 * KB, js: 10 * KB },
};

/** The shared stylesheet is loaded by every page, so it has a budget of its own. */
const CSS_BUDGET = 15 * KB;

const built = existsSync(join(SITE_DIR, 'index.html'));

function builtPages(): { path: string; bytes: number }[] {
  if (!built) return [];
  return readdirSync(SITE_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(SITE_DIR, file).split(sep).join('/'), bytes: statSync(file).size };
    });
}

function readSiteFile(sitePath: string): Buffer | undefined {
  const file = join(SITE_DIR, sitePath);
  return existsSync(file) ? readFileSync(file) : undefined;
}

const examples = examplePages(builtPages());
const measured: { type: PageType; path: string; weight: PageWeight }[] = [];

describe('page weight before a person searches (gzip)', () => {
  it('finds a built site to weigh', () => {
    expect(built, `${SITE_DIR} has no index.html: run npm run build`).toBe(true);
  });

  for (const type of PAGE_TYPES) {
    const path = examples[type];
    const budget = BUDGETS[type];
    const limits =
      budget.js === 0
        ? `${formatKb(budget.total)} with no JavaScript`
        : `${formatKb(budget.total)} with at most ${formatKb(budget.js)} of JavaScript`;
    if (path === undefined) {
      it.skip(`keeps the ${type} page under ${limits} (no ${type} page in the build yet)`, () => {});
      continue;
    }
    it(`keeps the ${type} page under ${limits}`, () => {
      const weight = weighPage(path, readFileSync(join(SITE_DIR, path), 'utf8'), readSiteFile);
      measured.push({ type, path, weight });
      expect(weight.external, 'assets from another origin').toEqual([]);
      expect(weight.js, `JavaScript loaded by ${path}`).toBeLessThanOrEqual(budget.js);
      expect(weight.total, `HTML + CSS + JS of ${path}`).toBeLessThanOrEqual(budget.total);
    });
  }

  it(`keeps the stylesheets together under ${formatKb(CSS_BUDGET)}`, () => {
    const dir = join(SITE_DIR, '_astro');
    const css = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.css')) : [];
    const total = css.reduce((sum, name) => sum + gzipSize(readFileSync(join(dir, name))), 0);
    expect(total).toBeLessThanOrEqual(CSS_BUDGET);
  });

  afterAll(() => {
    if (measured.length === 0) return;
    const headings = ['page type', 'largest page', 'HTML', 'CSS', 'JS', 'total', 'budget'];
    const rows = measured.map(({ type, path, weight }) => [
      type,
      path,
      formatKb(weight.html),
      formatKb(weight.css),
      formatKb(weight.js),
      formatKb(weight.total),
      formatKb(BUDGETS[type].total),
    ]);
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
    console.log(
      [
        `Page weight in ${SITE_DIR} (gzip level 6, before a search):`,
        line(headings),
        rule,
        ...rows.map(line),
      ].join('\n'),
    );
  });
});
