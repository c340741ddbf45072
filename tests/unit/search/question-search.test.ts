import { describe, expect, it } from 'vitest';
import { searchQuestion, type SearchEngine } from '../../../src/search/question-search';

interface Page {
  id: string;
  score: number;
}

/** An engine over pages given as word lists: every query word must begin a word of the page. */
function engine(pages: Record<string, string>): SearchEngine<Page> & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    search(term) {
      queries.push(term);
      const words = term.split(' ');
      const results = Object.entries(pages)
        .filter(([, text]) =>
          words.every((word) => text.split(' ').some((w) => w.startsWith(word))),
        )
        .map(([id]) => ({ id, score: 1 }));
      return Promise.resolve({ results, filters: {} });
    },
  };
}

describe('searchQuestion', () => {
  it('finds a page for a question whose fillers are not on it', async () => {
    const found = await searchQuestion(
      engine({ table: 'ansvar kræftrehabilitering sygehus', other: 'har for hvem' }),
      'hvem har ansvaret for kræftrehabilitering',
    );
    expect(found?.results.map((page) => page.id)).toEqual(['table']);
  });
  it('adds the pages with most of the words after few all-words results', async () => {
    const found = await searchQuestion(
      engine({ a: 'genoptræning amputation', b: 'amputation mor' }),
      'hvor kan min mor få genoptræning efter amputation',
    );
    expect(found?.results).toEqual([]);
    expect(found?.partial.map((page) => page.id).sort()).toEqual(['a', 'b']);
  });
  it('runs no other query when all words together find enough', async () => {
    const search = engine({ a: 'knæ træning', b: 'knæ træning', c: 'knæ træning' });
    const found = await searchQuestion(search, 'knæ træning');
    expect(found?.partial).toEqual([]);
    expect(search.queries).toEqual(['knæ træning']);
  });
  it('keeps for each filter value the most results any search found for the words alone', async () => {
    let call = 0;
    const totals = [
      { sektor: { Kommune: 0 } },
      { sektor: { Kommune: 2 } },
      { sektor: { Kommune: 1 } },
    ];
    const search: SearchEngine<Page> = {
      search() {
        const results = call === 0 ? [] : [{ id: `p${call}`, score: 1 }];
        return Promise.resolve({ results, filters: {}, totalFilters: totals[call++] ?? {} });
      },
    };
    const found = await searchQuestion(search, 'hente excel');
    expect(found?.totals).toEqual({ sektor: { Kommune: 2 } });
  });
  it('passes the filters and sort to every query', async () => {
    const seen: unknown[] = [];
    const search: SearchEngine<Page> = {
      search(_term, options) {
        seen.push(options);
        return Promise.resolve({ results: [], filters: {} });
      },
    };
    await searchQuestion(search, 'hente excel', { filters: { sidetype: { any: ['Case'] } } });
    expect(seen).toHaveLength(3);
    for (const options of seen)
      expect(options).toEqual({ filters: { sidetype: { any: ['Case'] } } });
  });
});
