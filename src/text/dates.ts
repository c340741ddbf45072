/** Date helpers. All dates are calendar days in UTC, as parsed from 'YYYY-MM-DD'. */

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** «9. februar 2018». */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Formats a source date only as precisely as the source gives it: «oktober 2019», «2022». */
export function formatSourceDate(date: Date, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return String(date.getUTCFullYear());
  if (precision === 'month') return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return formatDate(date);
}

/** `2018-02-09`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The review cycle: a pathway is checked against its source again at most this many years after
 * its last review (`nextReview`), and cases and tables without a recorded review are due this
 * long after their source's date.
 */
export const REVIEW_CYCLE_YEARS = 1;

/** The same calendar day `years` later (29 February becomes 1 March in a common year). */
export function addYears(date: Date, years: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Today as a calendar day in Denmark, where the editors write their dates, so a date written
 * just after midnight Danish time is not yet «in the future».
 */
export function danishToday(now: Date = new Date()): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
  return new Date(`${day}T00:00:00Z`);
}

/** Whole years between two dates, counting a year only once its anniversary has passed. */
export function fullYearsBetween(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  const anniversaryPassed =
    to.getUTCMonth() > from.getUTCMonth() ||
    (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() >= from.getUTCDate());
  if (!anniversaryPassed) years -= 1;
  return years;
}

/** Why a piece of content may be out of date, computed at build time. */
export interface Currency {
  /** The source is older than `maxSourceAgeYears`. */
  sourceIsOld: boolean;
  /** The next review date has passed. */
  reviewOverdue: boolean;
  /** Age of the source in whole years. */
  sourceAgeYears: number;
}

/** Sources older than this many years get a visible notice. */
export const MAX_SOURCE_AGE_YEARS = 5;

/** Works out the currency notice for content with a source date and an optional review date. */
export function assessCurrency(input: {
  sourceDate: Date;
  nextReview?: Date | undefined;
  today: Date;
}): Currency {
  const sourceAgeYears = fullYearsBetween(input.sourceDate, input.today);
  return {
    sourceAgeYears,
    sourceIsOld: sourceAgeYears >= MAX_SOURCE_AGE_YEARS,
    reviewOverdue: input.nextReview !== undefined && input.nextReview < input.today,
  };
}

/**
 * The day the site is built, so currency notices are computed at build time.
 * `BUILD_DATE=YYYY-MM-DD` pins it for reproducible builds and tests.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env['BUILD_DATE'];
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T00:00:00Z`);
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
