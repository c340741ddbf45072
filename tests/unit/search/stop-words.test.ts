import { describe, expect, it } from 'vitest';
import { isStopWord, normaliseWord } from '../../../src/search/stop-words';

describe('isStopWord', () => {
  it('knows the Danish question words', () => {
    for (const word of ['hvem', 'hvad', 'hvordan', 'hvor', 'hvornår']) {
      expect(isStopWord(word)).toBe(true);
    }
  });
  it('knows the fillers of a question', () => {
    for (const word of ['har', 'til', 'for', 'skal', 'er', 'en', 'et', 'jeg', 'min', 'kan']) {
      expect(isStopWord(word)).toBe(true);
    }
  });
  it('ignores case and the punctuation around a word', () => {
    expect(isStopWord('Hvem')).toBe(true);
    expect(isStopWord('for?')).toBe(true);
  });
  it('keeps words that carry meaning in a query on this site', () => {
    for (const word of ['egen', 'før', 'efter', 'ikke', 'læge', 'kræft', 'ansvaret']) {
      expect(isStopWord(word)).toBe(false);
    }
  });
});

describe('normaliseWord', () => {
  it('lower-cases a word and drops the punctuation around it', () => {
    expect(normaliseWord('«Kræft?»')).toBe('kræft');
  });
  it('keeps a hyphen inside a word', () => {
    expect(normaliseWord('kol-patienter,')).toBe('kol-patienter');
  });
});
