import { describe, expect, it } from 'vitest';
import { judge, rates, readCases } from '../../../tools/search-relevance/score.mjs';

type Case = ReturnType<typeof readCases>[number];
const test = (fields: Record<string, unknown>) =>
  readCases([{ query: 'knæ', ...fields }])[0] as Case;

describe('readCases', () => {
  it('fills in empty expectations', () => {
    expect(test({ first: ['/a/'] })).toEqual({
      query: 'knæ',
      kind: '',
      first: ['/a/'],
      top3: [],
      found: [],
    });
  });
  it('refuses a query without any expected page', () => {
    expect(() => readCases([{ query: 'knæ' }])).toThrow(/angiv mindst én side/);
  });
  it('refuses an expected page that is not a site path', () => {
    expect(() => readCases([{ query: 'knæ', first: ['forloeb/x'] }])).toThrow(/liste af stier/);
  });
});

describe('judge', () => {
  it('is a hit when the first result is one of the pages that must come first', () => {
    expect(judge(test({ first: ['/a/', '/b/'] }), ['/b/', '/c/'])).toMatchObject({
      first: true,
      hit: true,
    });
  });
  it('misses when a page that must be in the first three comes fourth', () => {
    const verdict = judge(test({ top3: ['/d/'] }), ['/a/', '/b/', '/c/', '/d/']);
    expect(verdict.hit).toBe(false);
    expect(verdict.problems).toEqual(['/d/ er nr. 4, ventet i top 3']);
  });
  it('misses when a page that must be found is not among the results', () => {
    expect(judge(test({ found: ['/x/'] }), ['/a/']).problems).toEqual([
      '/x/ mangler i resultaterne',
    ]);
  });
});

describe('rates', () => {
  it('gives the share of queries right first and right in the first three', () => {
    expect(
      rates([
        { first: true, hit: true },
        { first: false, hit: true },
        { first: false, hit: false },
        { first: true, hit: false },
      ]),
    ).toEqual({ queries: 4, first: 0.5, top3: 0.5 });
  });
});
