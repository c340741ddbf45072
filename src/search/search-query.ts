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

/**
 * Definite and plural endings, longest first. Pagefind's Danish (Snowball) stemmer keeps
 * them on short words such as «knæet» or «knæene», because it only strips an ending after
 * a vowel–consonant pair; those forms would then miss pages that say «knæ» or «knæartrose».
 */
const DANISH_ENDINGS = [
  'ernes',
  'erens',
  'erne',
  'eren',
  'enes',
  'ene',
  'ens',
  'ets',
  'et',
  'en',
  'er',
  'es',
  'e',
];

/** Letters a stem must keep, so that «året» or «uger» stay whole. */
const MIN_STEM = 3;

/**
 * A lower- or mixed-case word without one definite or plural ending («knæet» → «knæ»,
 * «amputationer» → «amputation»), keeping at least three letters.
 */
export function stripDanishEnding(word: string): string {
  const lower = word.toLocaleLowerCase('da');
  const ending = DANISH_ENDINGS.find(
    (suffix) => lower.endsWith(suffix) && lower.length - suffix.length >= MIN_STEM,
  );
  return ending ? word.slice(0, word.length - ending.length) : word;
}

/**
 * The query as it is sent to Pagefind: each plain word loses one definite or plural ending
 * (Pagefind matches word beginnings, so «knæ» still finds «knæet» and «knæartrose»).
 * Phrases in quotes and words with digits or signs are left as typed.
 */
export function danishQuery(query: string): string {
  if (/["“”«»]/.test(query)) return query;
  return query
    .split(/(\s+)/)
    .map((word) => (/^\p{L}+$/u.test(word) ? stripDanishEnding(word) : word))
    .join('');
}

/**
 * Pagefind's ranking settings for this site (documented `ranking` option of `pagefind.options`),
 * used by the search page and by `npm run search:relevance` alike. `metaWeights` weighs the
 * index-only metadata the build adds: `emne` (what the page is about), `rolle` (an actor's
 * names) and `soegeord` (words the page's text is also found by).
 */
export const SEARCH_RANKING = {
  // Measured with tests/search/relevance.yaml (README «Search»): a closer word form counts
  // more («kommunen» finds «Kommune» before «Kommunal fysioterapi»), long pages count less.
  termSimilarity: 9,
  pageLength: 0.3,
  metaWeights: { title: 5, emne: 6, rolle: 6, soegeord: 0.5 },
} as const;
