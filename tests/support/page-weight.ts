/**
 * Page weight: what a browser downloads for one built page before the reader searches, measured
 * as gzip-compressed bytes, the way static hosts serve it. That is the HTML itself, every
 * stylesheet it links (and their `@import`s), and every script it loads up front: `<script src>`,
 * `<link rel="modulepreload">`, and the chunks those scripts import statically. Dynamic
 * `import()` is not followed: that is how the search engine (Pagefind) is loaded only when the
 * reader starts searching. Pure: files are read through a callback.
 */
import { gzipSync } from 'node:zlib';
import { PAGE_FOLDERS } from '../../src/content/page-folders.mjs';

/** A file the page loads, and how much it weighs compressed. */
export interface WeighedFile {
  /** Path inside the built site, without the base: `_astro/BaseLayout.abc.css`. */
  path: string;
  kind: 'html' | 'css' | 'js';
  /** Size on disk. */
  bytes: number;
  /** Size gzip-compressed (level 6, the usual server setting). */
  gzipBytes: number;
}

/** The weight of one page, split by kind; all sizes are gzip bytes. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: WeighedFile[];
  /** Assets the page would load from another origin (the site allows none). */
  external: string[];
}

/** Reads a file of the built site by its path without the base; undefined when it is missing. */
export type ReadSiteFile = (sitePath: string) => string | Buffer | undefined;

/** gzip-compressed size of a text or buffer at level 6 (nginx, Apache and most CDNs use 5-6). */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content, { level: 6 })
    .length;
}

/** The attributes of one start tag (`<link rel=stylesheet href="/a.css">`), names lower-cased. */
export function tagAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(
    /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
  )) {
    const name = (match[1] ?? '').toLowerCase();
    attributes[name] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}

/** Script types the browser runs; other types (templates, JSON) are inert data. */
function isExecutable(type: string | undefined): boolean {
  const value = (type ?? '').trim().toLowerCase();
  return (
    value === '' || value === 'module' || /^(text|application)\/(java|ecma)script$/.test(value)
  );
}

/** A resource a page asks for up front. */
export interface PageAsset {
  kind: 'css' | 'js';
  /** The URL as written in the page. */
  url: string;
}

/** What the page's HTML loads up front, plus the bodies of its inline executable scripts. */
export function pageAssets(html: string): { assets: PageAsset[]; inlineScripts: string[] } {
  const assets: PageAsset[] = [];
  const inlineScripts: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = tagAttributes(tag);
    const rel = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
    const url = attributes['href'];
    if (url === undefined || url === '') continue;
    if (rel.includes('stylesheet')) assets.push({ kind: 'css', url });
    else if (rel.includes('modulepreload')) assets.push({ kind: 'js', url });
    else if (rel.includes('preload') && attributes['as'] === 'style')
      assets.push({ kind: 'css', url });
    else if (rel.includes('preload') && attributes['as'] === 'script')
      assets.push({ kind: 'js', url });
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = tagAttributes(`<script${match[1] ?? ''}>`);
    if (!isExecutable(attributes['type'])) continue;
    const src = attributes['src'];
    if (src !== undefined && src !== '') assets.push({ kind: 'js', url: src });
    else inlineScripts.push(match[2] ?? '');
  }
  return { assets, inlineScripts };
}

/**
 * Specifiers a JavaScript module imports statically (`import x from "./a.js"`, `import "./b.js"`,
 * `export * from "./c.js"`), as in minified bundles. `import("./d.js")` is dynamic and left out.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[2] ?? '';
    if (/^(?:\.{1,2}\/|\/)/.test(specifier)) found.push(specifier);
  }
  return found;
}

/** `@import` targets of a stylesheet. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)].map(
    (match) => match[1] ?? '',
  );
}

/**
 * The path inside the built site that `url`, written in the file at `fromPath`, points to; null
 * for another origin or a `data:` URL. `base` is the site's base path (`/` or `/rehab/`).
 */
export function resolveSitePath(url: string, fromPath: string, base: string): string | null {
  if (/^data:/i.test(url)) return null;
  const origin = 'http://site.invalid';
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  const resolved = new URL(url, `${origin}${normalisedBase}${fromPath}`);
  if (resolved.origin !== origin) return null;
  const pathname = decodeURIComponent(resolved.pathname);
  if (!pathname.startsWith(normalisedBase)) return null;
  return pathname.slice(normalisedBase.length);
}

/**
 * Weighs one built page. `pagePath` is its path inside the site (`forloeb/x/index.html`);
 * `read` returns other files of the site by path. Throws when the page links a file that does
 * not exist, since a broken link would make the page look lighter than it is.
 */
export function weighPage(
  pagePath: string,
  html: string,
  read: ReadSiteFile,
  base = '/',
  /** gzip sizes of assets by path, shared between pages (the stylesheet is on every page). */
  gzipCache = new Map<string, number>(),
): PageWeight {
  const files: WeighedFile[] = [
    { path: pagePath, kind: 'html', bytes: Buffer.byteLength(html), gzipBytes: gzipSize(html) },
  ];
  const external: string[] = [];
  const seen = new Set<string>([pagePath]);
  const queue: { kind: 'css' | 'js'; url: string; from: string }[] = [];
  const { assets, inlineScripts } = pageAssets(html);
  for (const asset of assets) queue.push({ ...asset, from: pagePath });
  for (const script of inlineScripts) {
    for (const url of staticImports(script)) queue.push({ kind: 'js', url, from: pagePath });
  }
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    const path = resolveSitePath(next.url, next.from, base);
    if (path === null) {
      if (!/^data:/i.test(next.url)) external.push(next.url);
      continue;
    }
    if (seen.has(path)) continue;
    seen.add(path);
    const content = read(path);
    if (content === undefined) {
      throw new Error(`${pagePath} loads ${next.url}, but ${path} is not in the built site`);
    }
    const text = typeof content === 'string' ? content : content.toString('utf8');
    const gzipBytes = gzipCache.get(path) ?? gzipSize(content);
    gzipCache.set(path, gzipBytes);
    files.push({
      path,
      kind: next.kind,
      bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length,
      gzipBytes,
    });
    const imports = next.kind === 'js' ? staticImports(text) : cssImports(text);
    for (const url of imports) queue.push({ kind: next.kind, url, from: path });
  }
  const sum = (kind: WeighedFile['kind']) =>
    files.filter((file) => file.kind === kind).reduce((total, file) => total + file.gzipBytes, 0);
  const weight = { html: sum('html'), css: sum('css'), js: sum('js') };
  return { ...weight, total: weight.html + weight.css + weight.js, files, external };
}

/** The page types every budget, test and Lighthouse run covers. */
export const PAGE_TYPES = [
  'home',
  'pathway',
  'pathway list',
  'case',
  'catalogue',
  'comparison',
  'actor',
  'responsibility table',
  'table list',
  'source',
  'review list',
  'search',
  'change list',
  'open data',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * The page folder of a collection, e.g. `forloeb`, ready for a RegExp. From the folders the
 * registry uses (src/content/page-folders.mjs): this module is also loaded by Node tools, which
 * cannot load the registry itself.
 */
const folder = (name: keyof typeof PAGE_FOLDERS) =>
  PAGE_FOLDERS[name].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathways = folder('pathways');
const cases = folder('cases');
const tables = folder('responsibilities');
const actors = folder('actors');
const sources = folder('sources');

/**
 * Page types by route, first match wins; `(side/<n>/)?` is a later page of a list, and null
 * marks a page of its own that is no page type (the rubric under `cases/`). The folders of a
 * collection's pages come from src/content/page-folders.mjs, which the registry's `page` reads,
 * so renaming one there keeps the budgets working.
 */
const ROUTES: [RegExp, PageType | null][] = (
  [
    ['index\\.html', 'home'],
    ['soeg/index\\.html', 'search'],
    [`${cases}/sammenlign/index\\.html`, 'comparison'],
    [`${cases}/(side/\\d+/)?index\\.html`, 'catalogue'],
    [`${cases}/om-vurderingerne/index\\.html`, null],
    [`${cases}/[^/]+/index\\.html`, 'case'],
    [`${pathways}/(side/\\d+/|omraade/[^/]+/(side/\\d+/)?)?index\\.html`, 'pathway list'],
    [`${pathways}/[^/]+/index\\.html`, 'pathway'],
    [`${tables}/(side/\\d+/)?index\\.html`, 'table list'],
    [`${tables}/[^/]+/index\\.html`, 'responsibility table'],
    [`${actors}/[^/]+/((side|tabeller)/|tabeller/side/)?(\\d+/)?index\\.html`, 'actor'],
    [`${sources}/[^/]+/(side/\\d+/)?index\\.html`, 'source'],
    ['redaktion/gennemgang/(side/\\d+/)?index\\.html', 'review list'],
    ['seneste-aendringer/(side/\\d+/)?index\\.html', 'change list'],
    ['aabne-data/index\\.html', 'open data'],
  ] as const
).map(([route, type]) => [new RegExp(`^${route}$`), type]);

/** The page type of a built page (path inside the site), or undefined for other pages. */
export function pageTypeOf(path: string): PageType | undefined {
  return ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? undefined;
}

/**
 * One example page per page type: the largest of its kind (the worst case is what a budget has
 * to hold), ties broken by path. A type with no page in the build is left out.
 */
export function examplePages(
  pages: readonly { path: string; bytes: number }[],
): Partial<Record<PageType, string>> {
  const examples: Partial<Record<PageType, { path: string; bytes: number }>> = {};
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const type = pageTypeOf(page.path);
    if (type === undefined) continue;
    const current = examples[type];
    if (current === undefined || page.bytes > current.bytes) examples[type] = page;
  }
  return Object.fromEntries(
    Object.entries(examples).map(([type, page]) => [type, page.path]),
  ) as Partial<Record<PageType, string>>;
}

/** Formats a byte count as kilobytes with one decimal: `12.3 KB` (1 KB = 1024 bytes). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
