import { PARAMETERS, type Parameter } from './assessment-model';

/** What the catalogue overview can be sorted by. */
export const SORT_KEYS = ['name', ...PARAMETERS, 'total'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The minimum a row needs to be sorted. */
export interface RankableCase {
  title: string;
  scores: Record<Parameter, { score: number }>;
  total: number;
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

/** The direction a column sorts in first: names A-Å, scores highest first. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'name' ? 'asc' : 'desc';
}

/** The value of a row in a numeric column. */
export function sortValue(row: RankableCase, key: Exclude<SortKey, 'name'>): number {
  return key === 'total' ? row.total : row.scores[key].score;
}

/**
 * Returns a new array sorted by `key` in `direction`. Ties are broken by name (A-Å, Danish
 * collation) whatever the direction, and rows that are still equal keep their order.
 */
export function sortCases<T extends RankableCase>(
  rows: readonly T[],
  key: SortKey,
  direction: SortDirection = defaultDirection(key),
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (key === 'name') {
        return sign * compareNames(a.row.title, b.row.title) || a.index - b.index;
      }
      const byValue = sign * (sortValue(a.row, key) - sortValue(b.row, key));
      return byValue || compareNames(a.row.title, b.row.title) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/**
 * Competition ranks («1, 2, 2, 4») for rows already sorted by `key`: rows with the same
 * value share a rank. Sorting by name gives every row its own position.
 */
export function competitionRanks(rows: readonly RankableCase[], key: SortKey): number[] {
  const ranks: number[] = [];
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    if (
      index > 0 &&
      previous &&
      key !== 'name' &&
      sortValue(previous, key) === sortValue(row, key)
    ) {
      ranks.push(ranks[index - 1] as number);
    } else {
      ranks.push(index + 1);
    }
  });
  return ranks;
}
