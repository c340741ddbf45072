/**
 * The rows the catalogue shows in the browser once it filters, sorts and re-weights across
 * every case: the first `step` rows, and `step` more each time the reader asks for more
 * («Vis flere»), so a result of thousands never becomes one enormous table. Pure.
 */

export interface RowWindow<T> {
  /** The rows to show, from the first. */
  rows: T[];
  /** How many rows match in all. */
  total: number;
  /** How many more «Vis flere» would add (0 when every row is shown). */
  next: number;
}

/**
 * The first `wanted` rows of `rows` (at least one step, at most all of them), and how many
 * the next step would add.
 */
export function rowWindow<T>(rows: readonly T[], wanted: number, step: number): RowWindow<T> {
  const size = Math.max(1, Math.floor(step));
  const count = Math.min(rows.length, Math.max(size, Math.floor(wanted)));
  return {
    rows: rows.slice(0, count),
    total: rows.length,
    next: Math.min(size, rows.length - count),
  };
}
