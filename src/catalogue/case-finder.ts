import { compareNames } from './ranking';

/**
 * The comparison's finder: which cases match what the reader types. Titles that begin with
 * the words come first, then titles that contain them, each group A-Å (Danish collation).
 * Matching ignores case the Danish way; æ, ø and å stay letters of their own («a» does not
 * find «å»). Pure, for the browser.
 */

/** How many matching cases the finder offers at once. */
export const FINDER_LIMIT = 10;

/** The fewest characters a search needs, so one letter does not offer the whole catalogue. */
export const FINDER_MIN_LENGTH = 2;

const fold = (value: string) => value.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();

export interface FinderResult<T> {
  /** The cases to offer, at most `limit`. */
  offered: T[];
  /** How many cases match in all. */
  matches: number;
}

/**
 * The cases whose title matches `query`, leaving out the ids in `exclude` (already chosen).
 * A query shorter than FINDER_MIN_LENGTH matches nothing.
 */
export function findCases<T extends { id: string; title: string }>(
  cases: readonly T[],
  query: string,
  exclude: ReadonlySet<string> = new Set(),
  limit = FINDER_LIMIT,
): FinderResult<T> {
  const wanted = fold(query);
  if (wanted.length < FINDER_MIN_LENGTH) return { offered: [], matches: 0 };
  const begins: T[] = [];
  const contains: T[] = [];
  for (const item of cases) {
    if (exclude.has(item.id)) continue;
    const title = fold(item.title);
    if (title.startsWith(wanted)) begins.push(item);
    else if (title.includes(wanted)) contains.push(item);
  }
  const byName = (a: T, b: T) => compareNames(a.title, b.title);
  const ordered = [...begins.sort(byName), ...contains.sort(byName)];
  return { offered: ordered.slice(0, limit), matches: ordered.length };
}
