/**
 * Link checking for a built site, as pure functions: which file a link lands on, whether its
 * `#anchor` exists there, and whether it stays under the configured base. Reading files and
 * parsing HTML happen elsewhere (tests/support/site-scan.ts); this module only decides.
 */
import { normaliseBasePath } from '../../src/site/base-path.mjs';

/** One URL found in a built file: `<a href>`, `<img src>`, `<form action>`, a CSS `url()`, … */
export interface LinkRef {
  /** The file it was found in, relative to the site folder: `cases/index.html`. */
  page: string;
  /** Where it came from, for the report: `a[href]`, `img[srcset]`, `css url()`. */
  source: string;
  /** The attribute value exactly as written. */
  value: string;
}

/** What the checker knows about the built site. */
export interface SiteIndex {
  /** Every file of the site, relative to its folder, with forward slashes. */
  files: ReadonlySet<string>;
  /** For every HTML file: its element ids (and `<a name>`), the targets of `#anchor` links. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Where the site is served. */
export interface LinkCheckOptions {
  /** The configured base, e.g. `/` or `/rehab/`. */
  base: string;
  /** Absolute origins that are this site (links to them count as internal), e.g. the SITE_URL. */
  siteOrigins?: readonly string[];
}

/** How one URL resolves. */
export type Resolution =
  /** Another site, or a `mailto:`/`tel:` link: listed, never fetched. */
  | { kind: 'external'; url: string }
  /** A page or file of this site: `path` is the decoded site path without the base. */
  | { kind: 'internal'; path: string; fragment: string | null }
  /** Inline data (`data:`, `blob:`) or an empty value: nothing to check. */
  | { kind: 'inline' }
  | { kind: 'broken'; reason: string };

/** One broken link, with the page it is on and the target as written. */
export interface LinkProblem {
  page: string;
  source: string;
  target: string;
  reason: string;
}

/** The result of checking every link of a site. */
export interface LinkReport {
  problems: LinkProblem[];
  /** Links to other sites, unique and sorted; reported, not fetched. */
  external: string[];
}

/** A stand-in origin for resolving root-relative links; never contacted. */
const LOCAL_ORIGIN = 'http://site.invalid';

/**
 * The URL path a built file is served at, with the base:
 * `cases/index.html` → `/rehab/cases/`, `404.html` → `/rehab/404.html`.
 */
export function urlPathForFile(file: string, base: string): string {
  const cleanBase = normaliseBasePath(base);
  if (file === 'index.html') return cleanBase;
  if (file.endsWith('/index.html')) return `${cleanBase}${file.slice(0, -'index.html'.length)}`;
  return `${cleanBase}${file}`;
}

/**
 * The file a site path (without base) is served from, or why there is none. With
 * `trailingSlash: 'always'` every page URL ends in `/`; a page URL without it is broken
 * on hosts that do not redirect, so it is reported.
 */
export function fileForPath(
  sitePath: string,
  files: ReadonlySet<string>,
): { file: string } | { reason: string } {
  const relative = sitePath.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) {
    const file = `${relative}index.html`;
    return files.has(file) ? { file } : { reason: 'no such page' };
  }
  if (files.has(relative)) return { file: relative };
  if (files.has(`${relative}/index.html`)) {
    return { reason: 'page link without the trailing slash (the site uses trailingSlash: always)' };
  }
  return { reason: 'no such file' };
}

/** Safe `decodeURIComponent`: malformed escapes are kept as written. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves one URL found on a page. `pageUrlPath` is where that page is served, base
 * included (`/rehab/cases/`); relative links resolve against it as a browser would.
 */
export function resolveLink(
  value: string,
  pageUrlPath: string,
  options: LinkCheckOptions,
): Resolution {
  const base = normaliseBasePath(options.base);
  const trimmed = value.trim();
  if (trimmed === '') return { kind: 'inline' };
  let url: URL;
  try {
    url = new URL(trimmed, `${LOCAL_ORIGIN}${pageUrlPath}`);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return { kind: 'inline' };
  if (url.protocol === 'javascript:') {
    return { kind: 'broken', reason: 'javascript: URL (the CSP blocks it; use a script file)' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'external', url: trimmed };
  }
  const own = url.origin === LOCAL_ORIGIN || (options.siteOrigins ?? []).includes(url.origin);
  if (!own) return { kind: 'external', url: url.href };
  if (!url.pathname.startsWith(base)) {
    return { kind: 'broken', reason: `outside the base ${base}` };
  }
  const fragment =
    url.hash === '' ? (trimmed.endsWith('#') ? '' : null) : decode(url.hash.slice(1));
  return {
    kind: 'internal',
    path: decode(`/${url.pathname.slice(base.length)}`),
    fragment,
  };
}

/** Whether a fragment needs a matching id: `#`, `#top` and text fragments always work. */
function fragmentNeedsTarget(fragment: string): boolean {
  return fragment !== '' && fragment.toLowerCase() !== 'top' && !fragment.startsWith(':~:');
}

/** Whether a value is a path relative to the current page (`../a/`, `b.html`), not `/a/`. */
function isPageRelative(value: string): boolean {
  const trimmed = value.trim();
  return (
    trimmed !== '' &&
    !trimmed.startsWith('/') &&
    !trimmed.startsWith('#') &&
    !trimmed.startsWith('?') &&
    !/^[a-z][a-z0-9+.-]*:/i.test(trimmed)
  );
}

/**
 * Checks one link against the site: the target file exists, stays under the base, and
 * its `#anchor` is an id on the target page. Returns the reason it is broken, or null.
 */
export function checkLink(
  ref: LinkRef,
  index: SiteIndex,
  options: LinkCheckOptions,
): { external: string } | { reason: string } | null {
  // 404.html is served for every missing URL, at any depth: relative links there break.
  if (ref.page === '404.html' && isPageRelative(ref.value)) {
    return { reason: 'relative link on the 404 page, which is served at any depth' };
  }
  const resolved = resolveLink(ref.value, urlPathForFile(ref.page, options.base), options);
  if (resolved.kind === 'inline') return null;
  if (resolved.kind === 'external') return { external: resolved.url };
  if (resolved.kind === 'broken') return { reason: resolved.reason };
  const target = fileForPath(resolved.path, index.files);
  if ('reason' in target) return target;
  if (resolved.fragment === null || !fragmentNeedsTarget(resolved.fragment)) return null;
  const ids = index.anchors.get(target.file);
  // Fragments on non-HTML files (CSV, JSON) mean nothing to the checker.
  if (ids === undefined) return null;
  return ids.has(resolved.fragment)
    ? null
    : { reason: `no element with id «${resolved.fragment}»` };
}

/** Checks every link and reports all problems together, with page and target. */
export function checkLinks(
  refs: readonly LinkRef[],
  index: SiteIndex,
  options: LinkCheckOptions,
): LinkReport {
  const problems: LinkProblem[] = [];
  const external = new Set<string>();
  for (const ref of refs) {
    const result = checkLink(ref, index, options);
    if (result === null) continue;
    if ('external' in result) external.add(result.external);
    else problems.push({ page: ref.page, source: ref.source, target: ref.value, ...result });
  }
  return { problems, external: [...external].sort() };
}

/** The URLs in a `srcset` value (`a.png 1x, b.png 2x` → `a.png`, `b.png`). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The URLs in a stylesheet's `url(…)` references (quotes removed). */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** One line per problem, for assertion messages: `page: source → target (reason)`. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string[] {
  return problems.map(
    (problem) => `${problem.page}: ${problem.source} → ${problem.target} (${problem.reason})`,
  );
}
