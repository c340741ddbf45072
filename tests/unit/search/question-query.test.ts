import { describe, expect, it } from 'vitest';
import {
  MAX_PARTIAL_RESULTS,
  mergePartialResults,
  partialQueries,
  planQuery,
} from '../../../src/search/question-query';

describe('planQuery', () => {
  it('drops question words and fillers from the query sent to Pagefind', () => {
    expect(planQuery('hvem har ansvaret for kræftrehabilitering').text).toBe(
      'ansvar kræftrehabilitering',
    );
  });
  it('keeps the meaningful words as typed, in lower case, and names the dropped ones', () => {
    const plan = planQuery('Hvem har ansvaret for Kræft?');
    expect(plan.words).toEqual(['ansvaret', 'kræft']);
    expect(plan.dropped).toEqual(['hvem', 'har', 'for']);
  });
  it('keeps a query made only of fillers whole, so it still searches', () => {
    const plan = planQuery('hvem er det');
    expect(plan.text).toBe('hvem er det');
    expect(plan.dropped).toEqual([]);
  });
  it('leaves a quoted phrase as typed', () => {
    expect(planQuery('"træning før operation"').text).toBe('"træning før operation"');
  });
  it('still strips Danish endings from the words it keeps', () => {
    expect(planQuery('hvad med knæet').text).toBe('knæ');
  });
});

describe('partialQueries', () => {
  it('leaves out one word at a time first', () => {
    expect(partialQueries(['genoptræning', 'amputation', 'mor'])[0]).toEqual([
      'genoptræning amputation',
      'genoptræning mor',
      'amputation mor',
    ]);
  });
  it('never goes below half of the words', () => {
    const sizes = partialQueries(['a1', 'b2', 'c3', 'd4']).map(
      (queries) => queries[0]?.split(' ').length,
    );
    expect(sizes).toEqual([3, 2]);
  });
  it('searches each word alone when there are two', () => {
    expect(partialQueries(['data', 'excel'])).toEqual([['data', 'excel']]);
  });
  it('has nothing to offer for a single word', () => {
    expect(partialQueries(['kræft'])).toEqual([]);
  });
  it('stops before a long question explodes into many queries', () => {
    const words = ['aa', 'bb', 'cc', 'dd', 'ee', 'ff', 'gg', 'hh'];
    for (const queries of partialQueries(words)) expect(queries.length).toBeLessThanOrEqual(10);
  });
});

describe('mergePartialResults', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('leaves out the pages the all-words query already found', () => {
    expect(mergePartialResults([r('a', 9)], [[r('a', 5), r('b', 1)]])).toEqual([r('b', 1)]);
  });
  it('lists each page once, first those found by more of the queries', () => {
    const merged = mergePartialResults([], [[r('x', 9), r('y', 1)], [r('y', 2)]]);
    expect(merged.map((result) => result.id)).toEqual(['y', 'x']);
  });
  it('orders pages found by as many queries by their best score', () => {
    const merged = mergePartialResults([], [[r('x', 1), r('y', 3)], [r('z', 2)]]);
    expect(merged.map((result) => result.id)).toEqual(['y', 'z', 'x']);
  });
  it('adds at most a fixed number of pages', () => {
    const many = Array.from({ length: 50 }, (_, at) => r(`p${at}`, at));
    expect(mergePartialResults([], [many])).toHaveLength(MAX_PARTIAL_RESULTS);
  });
});
