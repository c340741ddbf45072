/**
 * What a number in a dataset means, and whether a value can mean it. Pure: the dataset schema
 * uses it to refuse a value that does not fit its column, and the pages to tell figures from text.
 */

/**
 * The kinds of column a dataset has: `text` for labels and words, `count` for a number of people,
 * contacts or cases, `percentage` for a share of 0-100, `amount` for any other measured number
 * (an age, an average per patient), always with its unit.
 */
export const COLUMN_KINDS = ['text', 'count', 'percentage', 'amount'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** The unit a percentage column has; the only one it may have. */
export const PERCENT_UNIT = '%';

/** True for the kinds that hold figures (right-aligned, formatted, drawn in charts). */
export function isNumberKind(kind: ColumnKind): boolean {
  return kind !== 'text';
}

/** «7.342», «1.234.567»: a whole number written with Danish thousand dots. */
const THOUSAND_DOTS = /^-?\d{1,3}(?:\.\d{3})+$/;
/** «13,2»: a decimal number written with a Danish decimal comma. */
const DECIMAL_COMMA = /^-?\d+,\d+$/;
/** «42», «4.1»: a number written as text (quoted in YAML). */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * The number a count was meant to be when YAML read Danish thousand dots as a decimal point
 * (`7.342` became 7.342, `7.340` became 7.34), or undefined when the value cannot be that.
 */
export function countFromThousandDots(value: number): number | undefined {
  if (Number.isInteger(value) || value < 0 || value >= 1000) return undefined;
  const whole = Math.round(value * 1000);
  return Math.abs(whole - value * 1000) < 1e-6 ? whole : undefined;
}

/** Why a text value cannot stand in a number column, with the fix; the number kinds share it. */
function textInNumberColumn(value: string): string {
  const text = value.trim();
  if (THOUSAND_DOTS.test(text)) {
    return `tallet er skrevet med tusindtalspunktum; skriv det uden punktum og uden anførselstegn: ${text.replaceAll('.', '')}`;
  }
  if (DECIMAL_COMMA.test(text)) {
    return `tallet er skrevet med decimalkomma; skriv det med punktum og uden anførselstegn: ${text.replace(',', '.')}`;
  }
  if (PLAIN_NUMBER.test(text)) {
    return `tallet står i anførselstegn og læses som tekst; skriv det uden anførselstegn: ${text}`;
  }
  return 'skal være et tal eller «ikke oplyst»';
}

/**
 * Why `value` cannot stand in a column of `kind`, in Danish with the fix, or undefined when it
 * can. `null` («ikke oplyst») fits every column.
 */
export function cellProblem(value: string | number | null, kind: ColumnKind): string | undefined {
  if (value === null || kind === 'text') return undefined;
  if (typeof value === 'string') return textInNumberColumn(value);
  if (kind === 'count') {
    if (value < 0) return 'et antal kan ikke være negativt; skriv antallet fra kilden';
    if (!Number.isInteger(value)) {
      const meant = countFromThousandDots(value);
      return meant === undefined
        ? 'et antal skal være et helt tal; skriv antallet fra kilden'
        : `et antal skal være et helt tal; er punktummet et tusindtalspunktum (dansk «${formatThousands(meant)}»), så skriv tallet uden punktum: ${meant}`;
    }
  }
  if (kind === 'percentage' && (value < 0 || value > 100)) {
    return 'en procentdel skal ligge fra 0 til 100; skriv andelen fra kilden, eller brug kolonnetypen «count» til et antal';
  }
  return undefined;
}

/** `7342` as Danish text with a thousand dot: «7.342». */
function formatThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, '.');
}

/** Why a column of `kind` cannot have `unit`, or undefined when it can. */
export function unitProblem(kind: ColumnKind, unit: string | undefined): string | undefined {
  if (kind === 'text') {
    return unit === undefined ? undefined : 'en tekstkolonne har ingen enhed; slet «unit»';
  }
  if (kind === 'percentage') {
    return unit === undefined || unit === PERCENT_UNIT
      ? undefined
      : `en procentkolonne har enheden «${PERCENT_UNIT}»; skriv unit: '${PERCENT_UNIT}'`;
  }
  if (unit?.trim() === PERCENT_UNIT) {
    return `en kolonne med enheden «${PERCENT_UNIT}» holder procenter; skriv kind: percentage`;
  }
  if (unit === undefined) {
    return kind === 'count'
      ? 'angiv, hvad der tælles, fx unit: antal'
      : 'angiv enheden, fx unit: år eller unit: pr. patient';
  }
  return undefined;
}

/** One row's value in a column: only what the row itself holds, never an inherited property. */
export function ownCell<T>(row: Readonly<Record<string, T>>, columnId: string): T | undefined {
  return Object.hasOwn(row, columnId) ? row[columnId] : undefined;
}

/**
 * Compares a totals row with the sum of the other rows in every count column where the table
 * gives both (the total and every other row as a number). Returns each count column with the
 * outcome, so callers can also tell a column that was said to differ but does not.
 */
export function compareTotals(
  rows: readonly Readonly<Record<string, string | number | null>>[],
  totalIndex: number,
  countColumns: readonly string[],
): { columnId: string; stated: number; sum: number; agrees: boolean }[] {
  const total = rows[totalIndex];
  if (total === undefined) return [];
  const others = rows.filter((_, index) => index !== totalIndex);
  return countColumns.flatMap((columnId) => {
    const stated = ownCell(total, columnId);
    const values = others.map((row) => ownCell(row, columnId));
    if (typeof stated !== 'number' || !values.every((value) => typeof value === 'number')) {
      return [];
    }
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    return [{ columnId, stated, sum, agrees: sum === stated }];
  });
}
