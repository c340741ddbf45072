import { describe, expect, it } from 'vitest';
import { formatSection } from '../../../src/text/citation-text';

describe('formatSection', () => {
  it('puts «afsnit» before a bare section number', () => {
    expect(formatSection('2.1 Samblik')).toBe('afsnit 2.1 Samblik');
  });
  it('leaves a locator that already names its kind alone', () => {
    expect(formatSection('Figur 3')).toBe('Figur 3');
    expect(formatSection('Afsnit 4.2')).toBe('Afsnit 4.2');
  });
});
