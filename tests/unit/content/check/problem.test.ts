import { describe, expect, it } from 'vitest';
import {
  formatPath,
  formatProblems,
  formatReport,
  showValue,
} from '../../../../src/content/check/problem';

describe('formatPath', () => {
  it('writes list positions in brackets and field names with dots', () => {
    expect(formatPath(['steps', 0, 'actors', 1])).toBe('steps[0].actors[1]');
    expect(formatPath([])).toBe('');
  });
});

describe('showValue', () => {
  it('quotes text and shows unseen characters by code point', () => {
    expect(showValue('kommune\u200b')).toBe('«kommune<U+200B>»');
  });
  it('escapes line breaks and tabs so a value stays on one line', () => {
    expect(showValue('a\nb\tc')).toBe('«a\\nb\\tc»');
  });
  it('shortens a long value to one line', () => {
    const shown = showValue('x'.repeat(200));
    expect([...shown].length).toBeLessThanOrEqual(62);
    expect(shown.endsWith('…»')).toBe(true);
  });
  it('shows numbers, infinity and lists as written', () => {
    expect(showValue(5)).toBe('«5»');
    expect(showValue(Infinity)).toBe('«Infinity»');
    expect(showValue(['a'])).toBe('«["a"]»');
  });
});

describe('formatReport', () => {
  const problem = { file: 'content/a.yaml', field: 'name', message: 'må ikke være tom' };
  it('lists each problem as file: field: message, with the value found', () => {
    expect(formatProblems([{ ...problem, value: '' }])).toBe(
      'content/a.yaml: name: må ikke være tom (fundet: «»)',
    );
  });
  it('counts the problems in its first line', () => {
    expect(formatReport([problem, problem]).split('\n')[0]).toBe('Indholdet har 2 fejl:');
  });
});
