import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  excerptPieces,
  filterButtonText,
  filterLabel,
  orderedFilterNames,
  pagefindFilters,
  resultSections,
  resultView,
  summaryText,
  filterCounts,
  isOffered,
  resultExcerpt,
  shownFilterCounts,
  withoutLeadingTitle,
  type ResultData,
} from '../../../src/search/search-view';

const result = (overrides: Partial<ResultData> = {}): ResultData => ({
  url: '/forloeb/knae/',
  excerpt: 'Knæartrose: træning. Borgere med <mark>knæartrose</mark> får træning.',
  content: 'Knæartrose: træning. Borgere med knæartrose får træning.',
  filters: {},
  meta: { title: 'Knæartrose: træning', type: 'Forløb' },
  sub_results: [],
  ...overrides,
});

describe('excerptPieces', () => {
  it('splits the excerpt into plain text and marked words', () => {
    expect(excerptPieces('Om <mark>knæ</mark> og hofte')).toEqual([
      { text: 'Om ', marked: false },
      { text: 'knæ', marked: true },
      { text: ' og hofte', marked: false },
    ]);
  });
  it('decodes escaped characters into text and drops any other tag', () => {
    expect(excerptPieces('a &lt;img&gt; &amp; <b>b</b>')).toEqual([
      { text: 'a <img> & b', marked: false },
    ]);
  });
});

describe('withoutLeadingTitle', () => {
  it('drops the title at the start of the excerpt, which is shown above it', () => {
    const pieces = excerptPieces(result().excerpt);
    expect(withoutLeadingTitle(pieces, 'Knæartrose: træning').map((p) => p.text)).toEqual([
      'Borgere med ',
      'knæartrose',
      ' får træning.',
    ]);
  });
  it('keeps an excerpt that does not start with the title', () => {
    const pieces = excerptPieces('Om <mark>knæ</mark>.');
    expect(withoutLeadingTitle(pieces, 'Knæartrose')).toEqual(pieces);
  });
  it('keeps an excerpt that is nothing but the title', () => {
    const pieces = excerptPieces('<mark>Knæ</mark>.');
    expect(withoutLeadingTitle(pieces, 'Knæ')).toEqual(pieces);
  });
});

describe('resultSections', () => {
  const section = (title: string, url: string, locations = [3]) => ({ title, url, locations });
  it('shows sections with a match of their own, at most two', () => {
    const data = result({
      sub_results: [
        section('Trin for trin', '/forloeb/knae/#trin'),
        section('Baggrund', '/forloeb/knae/#baggrund'),
        section('Tal', '/forloeb/knae/#tal'),
      ],
    });
    expect(resultSections(data).map((s) => s.title)).toEqual(['Trin for trin', 'Baggrund']);
  });
  it('leaves out the page start, headings that only name a list, and sections without a match', () => {
    const data = result({
      sub_results: [
        section('Knæartrose', '/forloeb/knae/'),
        section('Kilder', '/forloeb/knae/#kilder'),
        section('Indsatser', '/forloeb/knae/#indsatser', []),
      ],
    });
    expect(resultSections(data)).toEqual([]);
  });
});

describe('resultView', () => {
  it('gives the page type as a label, apart from the title and excerpt', () => {
    const view = resultView(result());
    expect(view.type).toBe('Forløb');
    expect(view.title).toBe('Knæartrose: træning');
    expect(view.excerpt[0]?.text).toBe('Borgere med ');
  });
});

describe('pagefindFilters', () => {
  it('asks for any of the selected values within a filter and leaves out empty filters', () => {
    expect(pagefindFilters({ sidetype: ['Forløb', 'Case'], region: [] })).toEqual({
      sidetype: { any: ['Forløb', 'Case'] },
    });
  });
});

describe('the filter button', () => {
  it('counts the selected values over all filters', () => {
    expect(activeFilterCount({ sidetype: ['Forløb'], region: ['Region Sjælland', 'x'] })).toBe(3);
  });
  it('says how many filters are active, and nothing more when none is', () => {
    expect(filterButtonText({})).toBe('Afgræns');
    expect(filterButtonText({ sidetype: ['Forløb', 'Case'] })).toBe('Afgræns (2 valgt)');
  });
});

describe('summaryText', () => {
  it('reports the count and the words as typed', () => {
    expect(summaryText(1, 'knæet')).toBe('1 resultat for «knæet»');
    expect(summaryText(12, 'knæet')).toBe('12 resultater for «knæet»');
    expect(summaryText(0, 'xyz')).toBe('Ingen resultater for «xyz»');
  });
});

describe('filter names', () => {
  it('puts the page type first and unknown filters last, alphabetically', () => {
    expect(orderedFilterNames(['zeta', 'region', 'alfa', 'sidetype'])).toEqual([
      'sidetype',
      'region',
      'alfa',
      'zeta',
    ]);
  });
  it('shows a filter name with a capital first letter', () => {
    expect(filterLabel('sygdomsområde')).toBe('Sygdomsområde');
  });
});

describe('summaryText with pages that match some of the words', () => {
  it('says that no page holds all the words and how many hold some', () => {
    expect(summaryText(0, 'hent data til excel', 4)).toBe(
      'Ingen sider indeholder alle ordene i «hent data til excel». 4 sider matcher nogle af ordene.',
    );
  });
  it('counts the all-words results and the others apart', () => {
    expect(summaryText(2, 'a b', 1)).toBe(
      '2 resultater for «a b» og 1 side, der matcher nogle af ordene',
    );
  });
});

describe('filterCounts', () => {
  it('counts the results under each filter value from their data', () => {
    expect(
      filterCounts([
        { filters: { sidetype: ['Case'], sektor: ['Kommune', 'Sygehus'] } },
        { filters: { sidetype: ['Case'], sektor: ['Kommune'] } },
        { filters: { sidetype: ['Forløb'] } },
      ]),
    ).toEqual({ sidetype: { Case: 2, Forløb: 1 }, sektor: { Kommune: 2, Sygehus: 1 } });
  });
  it('counts a result once per value even when a value repeats', () => {
    expect(filterCounts([{ filters: { sektor: ['Kommune', 'Kommune'] } }])).toEqual({
      sektor: { Kommune: 1 },
    });
  });
});

describe('isOffered', () => {
  it('offers a value that leaves results', () => {
    expect(isOffered(3, false)).toBe(true);
  });
  it('does not offer a value that would leave no result', () => {
    expect(isOffered(0, false)).toBe(false);
  });
  it('keeps a chosen value with no result, so it can be unchosen', () => {
    expect(isOffered(0, true)).toBe(true);
  });
});

describe('resultExcerpt', () => {
  const highlight = { prefixes: ['osteoporose', 'knogleskørhed'], compounds: [] };

  it("keeps Pagefind's excerpt when it marks a word", () => {
    const pieces = resultExcerpt(result(), highlight);
    expect(pieces.some((piece) => piece.marked && piece.text === 'knæartrose')).toBe(true);
  });
  it("builds the excerpt from the page's text when Pagefind's marks nothing", () => {
    const data = result({
      excerpt: 'Forløbet beskriver tilbud.',
      content: 'Forløbet beskriver tilbud. Borgere med osteoporose får en scanning.',
    });
    const pieces = resultExcerpt(data, highlight);
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual([
      'osteoporose',
    ]);
  });
  it('seeks the word after the title, which is shown above the excerpt', () => {
    const data = result({
      excerpt: 'Knæartrose: træning. Om forløbet.',
      content: 'Knæartrose: træning. Om forløbet. Senere: knæartrose og træning.',
    });
    const pieces = resultExcerpt(data, { prefixes: ['knæartrose'], compounds: [] });
    expect(pieces.map((piece) => piece.text).join('')).not.toMatch(/^Knæartrose: træning/);
    expect(pieces.some((piece) => piece.marked)).toBe(true);
  });
  it('unmarks a filler Pagefind marked', () => {
    const pieces = resultExcerpt(result({ excerpt: '<mark>hvem</mark> og <mark>knæ</mark>' }));
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['knæ']);
  });
});

describe('shownFilterCounts', () => {
  const counts = { sidetype: { Aktør: 3, Forløb: 0 }, sektor: { Kommune: 2, Sygehus: 0 } };
  const totals = { sidetype: { Aktør: 3, Forløb: 4 }, sektor: { Kommune: 5, Sygehus: 1 } };

  it('shows what each value would leave in a group with no choice yet', () => {
    expect(shownFilterCounts(counts, totals, {})).toEqual(counts);
  });
  it('shows what a further value of a group with a choice adds, not a narrowing 0', () => {
    expect(shownFilterCounts(counts, totals, { sidetype: ['Aktør'] })).toEqual({
      sidetype: { Aktør: 3, Forløb: 4 },
      sektor: { Kommune: 2, Sygehus: 0 },
    });
  });
});
