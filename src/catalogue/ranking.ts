import { PARAMETERS, type Parameter } from './assessment-model';
import { EQUAL_WEIGHTS, weightedSum, type Weights } from './weights';

/** What the catalogue overview can be sorted by: the ranking, a name or one parameter. */
export const SORT_KEYS = ['rank', 'name', ...PARAMETERS] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The minimum a row needs to be sorted and ranked. */
export interface RankableCase {
  title: string;
  scores: Record<Parameter, { score: number }>;
}

/** Danish collation: æ, ø and å after z; case and accents matter only as a last resort. */
const collator = new Intl.Collator('da', { sensitivity: 'variant', numeric: true });

/** Compares two names the Danish way. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** True when `value` is a sort key the overview knows. */
export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (SORT_KEYS as readonly string[]).includes(value);
}

/** The direction a column sorts in first: names A-Å, the ranking and scores highest first. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'name' ? 'asc' : 'desc';
}

/** The value of a row in a numeric column: the weighted sum for the ranking. */
function sortValue(
  row: RankableCase,
  key: Exclude<SortKey, 'name'>,
  weights: Weights = EQUAL_WEIGHTS,
): number {
  return key === 'rank' ? weightedSum(row.scores, weights) : row.scores[key].score;
}

/**
 * Returns a new array sorted by `key` in `direction`. The tie-break is the name (A-Å, Danish
 * collation) whatever the direction, and rows that are still equal keep their order.
 */
export function sortCases<T extends RankableCase>(
  rows: readonly T[],
  key: SortKey,
  direction: SortDirection = defaultDirection(key),
  weights: Weights = EQUAL_WEIGHTS,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (key === 'name') {
        return sign * compareNames(a.row.title, b.row.title) || a.index - b.index;
      }
      const byValue = sign * (sortValue(a.row, key, weights) - sortValue(b.row, key, weights));
      return byValue || compareNames(a.row.title, b.row.title) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** A place in the ranking: its number and whether other cases share it. */
interface Place {
  place: number;
  shared: boolean;
}

/**
 * Competition places («1, 2, 2, 4») by weighted sum, highest first, for each row in the order
 * given: cases with the same sum share a place.
 */
export function places(rows: readonly RankableCase[], weights: Weights = EQUAL_WEIGHTS): Place[] {
  const sums = rows.map((row) => weightedSum(row.scores, weights));
  // One sort, then one pass: each sum's first position and how many share it.
  const bySum = new Map<number, Place>();
  [...sums]
    .sort((a, b) => b - a)
    .forEach((sum, index) => {
      const known = bySum.get(sum);
      if (known) known.shared = true;
      else bySum.set(sum, { place: index + 1, shared: false });
    });
  return sums.map((sum) => ({ ...(bySum.get(sum) as Place) }));
}
