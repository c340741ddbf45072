/**
 * Weighs every page of a built site (tests/support/page-weight.ts does one page), so a budget
 * can hold for all of them and the benchmark can name the heaviest page of each kind. Pages are
 * grouped by their route shape: `forloeb/<id>/baggrund/`, `forloeb/side/<n>/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles } from './built-pages.ts';
import { weighPage, type PageWeight } from './page-weight.ts';

/** Path segments that are part of a route, not an entry's id or a page number. */
const ROUTE_WORDS = new Set([
  'forloeb',
  'baggrund',
  'tal',
  'cases',
  'sammenlign',
  'om-vurderingerne',
  'aktoerer',
  'ansvarsfordeling',
  'kilder',
  'side',
  'omraade',
  'soeg',
  'om',
  'tilgaengelighed',
  'was',
  'redaktion',
  'gennemgang',
  'tabeller',
  'aabne-data',
  'seneste-aendringer',
]);

/**
 * The route a built page belongs to: its folder path with ids as `<id>` and page numbers as
 * `<n>` (`forloeb/knaeartrose-traening/index.html` → `forloeb/<id>/`). The home page is `/`.
 */
export function routeShape(path: string): string {
  if (!path.endsWith('index.html')) return path;
  const segments = path
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (segments.length === 0) return '/';
  return `${segments
    .map((segment) => (ROUTE_WORDS.has(segment) ? segment : /^\d+$/.test(segment) ? '<n>' : '<id>'))
    .join('/')}/`;
}

/** One weighed page. */
export interface WeighedPage {
  path: string;
  shape: string;
  weight: PageWeight;
}

/** Weighs every page of the site in `siteDir` (the CMS app left out), sharing asset sizes. */
export function weighSite(siteDir: string, base = '/'): WeighedPage[] {
  const read = (sitePath: string) => {
    const file = join(siteDir, sitePath);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const cache = new Map<string, number>();
  return listHtmlFiles(siteDir)
    .filter((path) => path.endsWith('index.html') || path === '404.html')
    .map((path) => ({
      path,
      shape: routeShape(path),
      weight: weighPage(path, readFileSync(join(siteDir, path), 'utf8'), read, base, cache),
    }));
}

/** The heaviest page of each route shape, heaviest shapes first. */
export function heaviestByShape(pages: readonly WeighedPage[]): WeighedPage[] {
  const heaviest = new Map<string, WeighedPage>();
  for (const page of pages) {
    const current = heaviest.get(page.shape);
    if (current === undefined || page.weight.total > current.weight.total) {
      heaviest.set(page.shape, page);
    }
  }
  return [...heaviest.values()].sort((a, b) => b.weight.total - a.weight.total);
}
