/**
 * Reading a built page the way the search index sees it: is it searchable, what is its
 * URL, title, type and indexed text, and the page as handed to Pagefind with its
 * index-only words added as metadata. Pure string work over Astro's own, well-formed output.
 */
import { SEARCH_EXTRA_META, SEARCH_ROLE_META, SEARCH_TOPIC_META } from '../i18n/search';
import type { PageSearchTerms } from './index-terms';

/** Files that must never be searchable, whatever their markup says. */
const NEVER_INDEXED = new Set(['404.html', 'soeg/index.html']);

/** True when the page's <main> carries data-pagefind-body (the mark Pagefind indexes by). */
export function hasPagefindBody(html: string): boolean {
  return /<main\b[^>]*\sdata-pagefind-body[\s=>]/.test(html);
}

/**
 * True when a built HTML file is a content page that should be searchable.
 * `relativePath` is the file's path inside the built site, e.g. `forloeb/x/index.html`.
 */
export function isIndexable(relativePath: string, html: string): boolean {
  const path = relativePath.split('\\').join('/');
  if (NEVER_INDEXED.has(path) || path.startsWith('pagefind/')) return false;
  return hasPagefindBody(html);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * `html` without the elements whose opening tag matches `opening` (nesting respected), each
 * replaced by a space. One pass from left to right: a page with thousands of such elements
 * (an actor page) must not be rescanned after each one.
 */
function withoutElements(html: string, opening: RegExp): string {
  const open = new RegExp(opening.source, 'gi');
  let result = '';
  let position = 0;
  for (;;) {
    open.lastIndex = position;
    const match = open.exec(html);
    if (!match) return result + html.slice(position);
    result += `${html.slice(position, match.index)} `;
    const tag = match[1] ?? '';
    const inner = new RegExp(`<${tag}\\b[^>]*>|</${tag}\\s*>`, 'gi');
    inner.lastIndex = match.index + match[0].length;
    let depth = match[0].endsWith('/>') ? 0 : 1;
    let end = inner.lastIndex;
    while (depth > 0) {
      const next = inner.exec(html);
      if (!next) {
        end = html.length;
        break;
      }
      depth += next[0].startsWith('</') ? -1 : 1;
      end = inner.lastIndex;
    }
    position = end;
  }
}

/** The inner HTML of the page's <main>, or '' when it has none. */
function mainHtml(html: string): string {
  const start = /<main\b[^>]*>/i.exec(html);
  if (!start) return '';
  const end = html.lastIndexOf('</main>');
  return html.slice(start.index + start[0].length, end < 0 ? html.length : end);
}

/**
 * The readable text Pagefind indexes for a page: the content of <main>, without elements
 * marked `data-pagefind-ignore`, elements with one of `excludedClasses`, scripts, styles and
 * SVG; with `links: false` also without the text of links (names of other pages).
 */
export function indexedText(
  html: string,
  excludedClasses: readonly string[] = [],
  { links = true }: { links?: boolean } = {},
): string {
  let body = mainHtml(html);
  // Links never nest, so one pass removes them.
  if (!links) body = body.replace(/<a\b[^>]*>[\s\S]*?<\/a\s*>/gi, ' ');
  return decodeEntities(withoutSkipped(body, excludedClasses).replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** `html` without what Pagefind skips: scripts, styles, SVG, ignored and excluded elements. */
function withoutSkipped(html: string, excludedClasses: readonly string[]): string {
  let body = withoutElements(html, /<(script|style|svg|template)\b[^>]*>/i);
  body = withoutElements(body, /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/i);
  for (const name of excludedClasses) {
    body = withoutElements(
      body,
      new RegExp(
        `<([a-z][a-z0-9-]*)\\b[^>]*\\sclass="(?:[^"]*\\s)?${name}(?:\\s[^"]*)?"[^>]*>`,
        'i',
      ),
    );
  }
  return body;
}

/**
 * The page as Pagefind needs to read it: the language, the <title> and <main> without what
 * Pagefind skips anyway (see `withoutSkipped`), with the index-only words added as metadata.
 * Pagefind parses a third of the bytes and builds the same index (docs/performance.md).
 */
export function stagedPage(
  html: string,
  excludedClasses: readonly string[],
  terms: PageSearchTerms,
): string {
  return withSearchTerms(indexablePage(html, excludedClasses), terms);
}

/**
 * The part of a page the search index reads, as a small page of its own: the language, the
 * <title> and <main> without what Pagefind skips. The other functions here read it as they
 * read the whole page; the indexer keeps only these (a third of the bytes) in memory.
 */
export function indexablePage(html: string, excludedClasses: readonly string[]): string {
  const open = /<main\b[^>]*>/i.exec(html)?.[0] ?? '<main>';
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'da';
  const title = /<title>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  const main = withoutSkipped(mainHtml(html), excludedClasses);
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${title}</head><body>${open}${main}</main></body></html>`;
}

/** The text of the page's first <h1> (Pagefind's default title). */
export function pageTitle(html: string): string {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(mainHtml(html));
  return decodeEntities((match?.[1] ?? '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The values of one Pagefind filter or meta attribute the page carries (`name[data-value]`). */
export function pageAttributeValues(
  html: string,
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta',
  name: string,
): string[] {
  const values: string[] = [];
  const pattern = new RegExp(
    `<span\\b[^>]*\\s${attribute}="${name}\\[data-value\\]"[^>]*\\sdata-value="([^"]*)"`,
    'g',
  );
  for (const match of html.matchAll(pattern)) values.push(decodeEntities(match[1] ?? ''));
  return values;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The page as handed to Pagefind: its index-only words added as metadata fields, in
 * empty hidden spans at the start of <main>. The file on disk is not changed, so readers
 * and screen readers never meet these words.
 */
export function withSearchTerms(html: string, terms: PageSearchTerms): string {
  const spans = [
    [SEARCH_TOPIC_META, terms.topic],
    [SEARCH_ROLE_META, terms.role],
    [SEARCH_EXTRA_META, terms.extra],
  ]
    .filter(([, value]) => value !== '')
    .map(
      ([name, value]) =>
        `<span hidden data-pagefind-meta="${name}[data-value]" data-value="${escapeAttribute(value ?? '')}"></span>`,
    )
    .join('');
  return html.replace(/<main\b[^>]*>/i, (tag) => tag + spans);
}
