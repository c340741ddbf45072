import { describe, expect, it } from 'vitest';
import {
  assessCurrency,
  buildDate,
  formatDate,
  formatSourceDate,
  fullYearsBetween,
  isoDay,
} from '../../../src/text/dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatting dates in Danish', () => {
  it('writes a full date with the month name', () => {
    expect(formatDate(day('2018-02-09'))).toBe('9. februar 2018');
  });
  it('writes a month-precise source date without a day', () => {
    expect(formatSourceDate(day('2019-10-01'), 'month')).toBe('oktober 2019');
  });
  it('writes a year-precise source date as the year alone', () => {
    expect(formatSourceDate(day('2022-01-01'), 'year')).toBe('2022');
  });
  it('gives the ISO day for a time element', () => {
    expect(isoDay(day('2025-04-01'))).toBe('2025-04-01');
  });
});

describe('fullYearsBetween', () => {
  it('counts a year only once its anniversary has passed', () => {
    expect(fullYearsBetween(day('2018-02-09'), day('2023-02-08'))).toBe(4);
    expect(fullYearsBetween(day('2018-02-09'), day('2023-02-09'))).toBe(5);
  });
});

describe('assessCurrency', () => {
  it('flags a source that is five years old or more', () => {
    const result = assessCurrency({ sourceDate: day('2018-02-09'), today: day('2026-11-23') });
    expect(result.sourceIsOld).toBe(true);
    expect(result.sourceAgeYears).toBe(8);
  });
  it('does not flag a recent source', () => {
    const result = assessCurrency({ sourceDate: day('2025-04-01'), today: day('2026-11-23') });
    expect(result.sourceIsOld).toBe(false);
  });
  it('flags a review date that has passed', () => {
    const result = assessCurrency({
      sourceDate: day('2025-04-01'),
      nextReview: day('2026-01-01'),
      today: day('2026-11-23'),
    });
    expect(result.reviewOverdue).toBe(true);
  });
  it('does not flag a review date in the future', () => {
    const result = assessCurrency({
      sourceDate: day('2025-04-01'),
      nextReview: day('2027-11-23'),
      today: day('2026-11-23'),
    });
    expect(result.reviewOverdue).toBe(false);
  });
});

describe('buildDate', () => {
  it('uses a pinned BUILD_DATE when one is given', () => {
    expect(isoDay(buildDate({ BUILD_DATE: '2030-01-02' }))).toBe('2030-01-02');
  });
  it('falls back to today when BUILD_DATE is missing', () => {
    expect(buildDate({}).getUTCHours()).toBe(0);
  });
});
