import { describe, expect, it } from 'vitest';
import { STATEMENT_DATES, statementDates } from '../../../src/site/statement';

describe('statementDates', () => {
  it('parses the dates the statement was prepared and last reviewed', () => {
    expect(statementDates({ prepared: '2026-01-15', reviewed: '2026-12-01' })).toEqual({
      prepared: new Date('2026-01-15T00:00:00Z'),
      reviewed: new Date('2026-12-01T00:00:00Z'),
    });
  });

  it('accepts the dates the site is built with', () => {
    expect(() => statementDates(STATEMENT_DATES)).not.toThrow();
  });

  it('refuses an impossible date, naming the field', () => {
    expect(() => statementDates({ prepared: '2026-02-30', reviewed: '2026-03-01' })).toThrow(
      /prepared/,
    );
  });

  it('refuses a review before the statement was prepared', () => {
    expect(() => statementDates({ prepared: '2026-05-01', reviewed: '2026-04-01' })).toThrow(
      /reviewed/,
    );
  });
});
