/**
 * A question as the search page sends it to Pagefind: the fillers left out, and, when all
 * the words together find little, the queries with fewer words whose results follow. Pure:
 * `src/search/question-search.ts` runs the queries, the page and `npm run search:relevance`
 * both use it.
 */
import { danishQuery } from './search-query';
import { isStopWord, normaliseWord } from './stop-words';

/** What is searched for a query the reader typed. */
export interface QueryPlan {
  /** The query sent to Pagefind (fillers dropped, Danish endings stripped). */
  text: string;
  /** The words that carry meaning, lower case, as typed. */
  words: string[];
  /** The fillers left out, lower case. */
  dropped: string[];
}

/** Fewer results than this for all words together, and pages matching most words follow. */
export const FEW_RESULTS = 3;

/** Most pages added after the all-words results. */
export const MAX_PARTIAL_RESULTS = 20;

/**
 * The query to send for `query`: phrases in quotes are left as typed; otherwise the fillers
 * («hvem», «har», «for» …) are dropped, unless the query is made only of them.
 */
export function planQuery(query: string): QueryPlan {
  const typed = query.trim();
  if (/["“”«»]/.test(typed)) return { text: danishQuery(typed), words: [], dropped: [] };
  const tokens = typed.split(/\s+/).filter((token) => normaliseWord(token) !== '');
  const kept = tokens.filter((token) => !isStopWord(token));
  const meaningful = kept.length > 0 ? kept : tokens;
  return {
    text: danishQuery(meaningful.join(' ')),
    words: meaningful.map(normaliseWord),
    dropped: kept.length > 0 ? tokens.filter(isStopWord).map(normaliseWord) : [],
  };
}

/** Most queries of one size; a long question stops before its combinations explode. */
const MAX_QUERIES_PER_SIZE = 10;

/**
 * The queries with fewer words to run when all words together find little, grouped by size,
 * largest first: one word left out, then two, down to half the words (each query still holds
 * most of them). The search stops at the first size that finds something.
 */
export function partialQueries(words: readonly string[]): string[][] {
  const sizes: string[][] = [];
  for (let size = words.length - 1; size >= Math.max(1, Math.ceil(words.length / 2)); size--) {
    const queries = combinations(words.length, size).map((at) => danishQuery(pick(words, at)));
    if (queries.length > MAX_QUERIES_PER_SIZE) break;
    sizes.push(queries);
  }
  return sizes;
}

function pick(words: readonly string[], at: readonly number[]): string {
  return at.map((index) => words[index] ?? '').join(' ');
}

/** Every choice of `size` positions out of `count`, in order. */
function combinations(count: number, size: number): number[][] {
  if (size === 0) return [[]];
  const found: number[][] = [];
  for (let first = 0; first <= count - size; first++) {
    for (const rest of combinations(count - first - 1, size - 1)) {
      found.push([first, ...rest.map((at) => at + first + 1)]);
    }
  }
  return found;
}

/** A Pagefind result as merging needs it. */
export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * The results of the queries with fewer words, merged after the all-words results: each page
 * once, none that the all-words query already found, pages found by more of the queries
 * first, then by their best score; at most `MAX_PARTIAL_RESULTS`.
 */
export function mergePartialResults<R extends ScoredResult>(
  primary: readonly R[],
  partial: readonly (readonly R[])[],
): R[] {
  const seen = new Set(primary.map((result) => result.id));
  const merged = new Map<string, { result: R; hits: number; best: number }>();
  for (const results of partial) {
    for (const result of results) {
      if (seen.has(result.id)) continue;
      const entry = merged.get(result.id);
      if (entry) {
        entry.hits += 1;
        entry.best = Math.max(entry.best, result.score);
      } else {
        merged.set(result.id, { result, hits: 1, best: result.score });
      }
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.hits - a.hits || b.best - a.best)
    .slice(0, MAX_PARTIAL_RESULTS)
    .map((entry) => entry.result);
}
