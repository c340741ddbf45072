import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  isoDateSchema,
  plainTextSchema,
  slugProblem,
  slugSchema,
  textSchema,
} from '../../../src/schemas/common';
import { issuesOf } from './helpers';

describe('isCalendarDate', () => {
  it('accepts a real day', () => {
    expect(isCalendarDate('2018-02-09')).toBe(true);
  });
  it('accepts 29 February in a leap year', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
  it('rejects 30 February', () => {
    expect(isCalendarDate('2018-02-30')).toBe(false);
  });
  it('rejects month 13', () => {
    expect(isCalendarDate('2018-13-01')).toBe(false);
  });
  it('rejects a Danish-style date', () => {
    expect(isCalendarDate('09-02-2018')).toBe(false);
  });
});

describe('isoDateSchema', () => {
  it('turns a quoted ISO date into a UTC midnight Date', async () => {
    const date = await isoDateSchema.parseAsync('2018-02-09');
    expect(date.toISOString()).toBe('2018-02-09T00:00:00.000Z');
  });
  it('rejects an unquoted YAML date and says to quote it', async () => {
    const issues = await issuesOf(isoDateSchema, new Date('2018-03-02'));
    expect(issues.join()).toMatch(/anførselstegn/);
  });
  it('rejects an impossible day', async () => {
    expect(await issuesOf(isoDateSchema, '2018-02-30')).toHaveLength(1);
  });
  it('rejects a number', async () => {
    expect(await issuesOf(isoDateSchema, 20180209)).toHaveLength(1);
  });
});

describe('plainTextSchema', () => {
  it('accepts ordinary text with symbols such as < and >', async () => {
    expect(await issuesOf(plainTextSchema, 'Alder < 65 år og BMI > 30')).toEqual([]);
  });
  it('rejects a script tag', async () => {
    expect(await issuesOf(plainTextSchema, 'Hej <script>alert(1)</script>')).toHaveLength(1);
  });
  it('rejects an HTML element with an event handler', async () => {
    expect(await issuesOf(plainTextSchema, '<img src=x onerror=alert(1)>')).toHaveLength(1);
  });
  it('rejects an empty string', async () => {
    expect(await issuesOf(plainTextSchema, '   ')).toHaveLength(1);
  });
});

describe('slugSchema', () => {
  it('accepts lower-case words joined by dashes', async () => {
    expect(await issuesOf(slugSchema, 'under-behandling')).toEqual([]);
  });
  it('rejects spaces and capitals', async () => {
    expect(await issuesOf(slugSchema, 'Under behandling')).toHaveLength(1);
  });
});

describe('unseen characters in ids and text', () => {
  it('names the code point of an unseen character in an id', () => {
    expect(slugProblem('kommune\u200b')).toContain('U+200B');
    expect(slugProblem('kommune')).toBeUndefined();
  });
  it('treats required text of only zero-width characters as empty', async () => {
    expect(await issuesOf(textSchema, '\u200b\u2060')).toEqual([
      expect.stringContaining('må ikke være tom'),
    ]);
  });
  it('refuses a bidirectional control in reader text and shows its code point', async () => {
    expect(await issuesOf(plainTextSchema, 'Kræft \u202eabc')).toEqual([
      expect.stringContaining('U+202E'),
    ]);
  });
  it('keeps emoji with joiners and letters from any script', async () => {
    expect(await issuesOf(plainTextSchema, 'Læge 👩‍⚕️ Łukasz Ωmega')).toEqual([]);
  });
});
