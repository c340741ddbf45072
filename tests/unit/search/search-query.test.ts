import { describe, expect, it } from 'vitest';
import {
  danishQuery,
  stripDanishEnding,
  MAX_QUERY_LENGTH,
  readQuery,
  withQuery,
} from '../../../src/search/search-query';

describe('readQuery', () => {
  it('reads the words from ?q=, trimmed', () => {
    expect(readQuery('?q=%20kr%C3%A6ften%20')).toBe('kræften');
  });
  it('gives an empty string when there is no query', () => {
    expect(readQuery('')).toBe('');
    expect(readQuery('?x=1')).toBe('');
  });
  it('returns markup as the plain text it is', () => {
    expect(readQuery('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
  it('cuts an overlong query', () => {
    expect(readQuery(`?q=${'a'.repeat(500)}`)).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('withQuery', () => {
  it('sets ?q= and keeps the path', () => {
    expect(withQuery('http://x.dk/rehab/soeg/', 'knæ ')).toBe('http://x.dk/rehab/soeg/?q=kn%C3%A6');
  });
  it('removes ?q= for an empty query', () => {
    expect(withQuery('http://x.dk/soeg/?q=kr%C3%A6ft', '  ')).toBe('http://x.dk/soeg/');
  });
});

describe('danishQuery', () => {
  it('strips the definite ending Pagefind keeps on short words', () => {
    expect(danishQuery('knæet')).toBe('knæ');
    expect(danishQuery('knæene')).toBe('knæ');
  });
  it('strips plural and definite endings of longer words', () => {
    expect(danishQuery('amputationer')).toBe('amputation');
    expect(danishQuery('kræften')).toBe('kræft');
    expect(danishQuery('kommunerne')).toBe('kommun');
  });
  it('treats every word of the query and keeps the spacing', () => {
    expect(danishQuery('træning  af knæet')).toBe('træning  af knæ');
  });
  it('keeps at least three letters of a word', () => {
    expect(danishQuery('året')).toBe('året');
    expect(danishQuery('uger')).toBe('uger');
  });
  it('leaves words with digits or signs, and quoted phrases, as typed', () => {
    expect(danishQuery('v4m')).toBe('v4m');
    expect(danishQuery('2-diabetes')).toBe('2-diabetes');
    expect(danishQuery('"knæet gør ondt"')).toBe('"knæet gør ondt"');
  });
});

describe('stripDanishEnding', () => {
  it('removes one definite or plural ending and keeps the case of the rest', () => {
    expect(stripDanishEnding('Patienterne')).toBe('Patient');
    expect(stripDanishEnding('knæ')).toBe('knæ');
  });
});
