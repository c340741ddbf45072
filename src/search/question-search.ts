/**
 * Runs a reader's query against Pagefind's documented JS search API (`pagefind.search`): the
 * query without fillers first, then, when that finds fewer than `FEW_RESULTS` pages, the
 * queries with fewer of the words (`partialQueries`), whose pages follow. Used by the search
 * page and by `npm run search:relevance`, so both rank alike.
 */
import {
  FEW_RESULTS,
  mergePartialResults,
  partialQueries,
  planQuery,
  type QueryPlan,
  type ScoredResult,
} from './question-query';

/** The part of a `pagefind.search` response used here. */
export interface EngineResponse<R> {
  results: R[];
  filters: Record<string, Record<string, number>>;
  /** Results under each filter value for the words alone, without the chosen filters. */
  totalFilters?: Record<string, Record<string, number>>;
}

/** The part of `pagefind.js` used here. */
export interface SearchEngine<R> {
  search(term: string, options?: Record<string, unknown>): Promise<EngineResponse<R> | null>;
}

/** What a question found. */
export interface QuestionResults<R> {
  plan: QueryPlan;
  /** Pages that hold every meaningful word, best first. */
  results: R[];
  /** Pages that hold most of the words, after `results` (empty when none were needed). */
  partial: R[];
  /** Results left under each filter value for the all-words query (Pagefind's counts). */
  filters: Record<string, Record<string, number>>;
  /**
   * Results under each filter value for the words alone, without the chosen filters: the most
   * any of the searches found (what a value adds to a filter group that already has a choice).
   */
  totals: Record<string, Record<string, number>>;
}

/**
 * Searches for `query` with `options` (filters, sort) passed to every Pagefind search;
 * `null` when a newer search superseded this one (Pagefind's own answer to a stale search).
 */
export async function searchQuestion<R extends ScoredResult>(
  engine: SearchEngine<R>,
  query: string,
  options: Record<string, unknown> = {},
): Promise<QuestionResults<R> | null> {
  const plan = planQuery(query);
  const response = await engine.search(plan.text, options);
  if (!response) return null;
  let partial: R[] = [];
  const totals = mostPerValue({}, response.totalFilters);
  if (response.results.length < FEW_RESULTS) {
    for (const queries of partialQueries(plan.words)) {
      const responses = await Promise.all(queries.map((text) => engine.search(text, options)));
      if (responses.some((found) => found === null)) return null;
      partial = mergePartialResults(
        response.results,
        responses.map((found) => found?.results ?? []),
      );
      if (partial.length > 0) {
        for (const found of responses) mostPerValue(totals, found?.totalFilters);
        break;
      }
    }
  }
  return { plan, results: response.results, partial, filters: response.filters, totals };
}

/** `into` with each filter value's count raised to the one in `counts` where that is higher. */
function mostPerValue(
  into: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>> | undefined,
): Record<string, Record<string, number>> {
  for (const [name, values] of Object.entries(counts ?? {})) {
    const group = (into[name] ??= {});
    for (const [value, count] of Object.entries(values)) {
      group[value] = Math.max(group[value] ?? 0, count);
    }
  }
  return into;
}
