/**
 * Pure helpers for the search page's address: reading and writing `?q=`.
 * The query is always handled as plain text; it is never parsed as HTML.
 */

/** Longest query the page accepts from the address; longer ones are cut. */
export const MAX_QUERY_LENGTH = 200;

/** The search words in a `location.search` string, trimmed and capped ('' when absent). */
export function readQuery(search: string): string {
  const value = new URLSearchParams(search).get('q') ?? '';
  return value.trim().slice(0, MAX_QUERY_LENGTH);
}

/** `href` with `?q=` set to the trimmed query, or removed when the query is empty. */
export function withQuery(href: string, query: string): string {
  const url = new URL(href);
  const trimmed = query.trim();
  if (trimmed === '') url.searchParams.delete('q');
  else url.searchParams.set('q', trimmed);
  return url.toString();
}

/** The `pagefind/` folder under the configured base, e.g. `/rehab/` → `/rehab/pagefind/`. */
export function bundlePath(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
}
