import { describe, expect, it } from 'vitest';
import {
  excerptAround,
  highlightFor,
  isHighlighted,
  withoutMarkedFillers,
} from '../../../src/search/highlight';

const synonyms = [
  { terms: ['osteoporose', 'knogleskørhed'], misspellings: ['osteoporosis'] },
  { terms: ['kronisk obstruktiv lungesygdom', 'kol'], misspellings: [] },
];

const marked = (pieces: { text: string; marked: boolean }[] | null) =>
  (pieces ?? []).filter((piece) => piece.marked).map((piece) => piece.text);

describe('highlightFor', () => {
  it('marks the words of the synonym group a query word belongs to', () => {
    const highlight = highlightFor(['knogleskørhed'], synonyms);
    expect(isHighlighted('Osteoporose', highlight)).toBe(true);
  });
  it('marks the right word after a spelling correction', () => {
    expect(isHighlighted('osteoporose', highlightFor(['osteoporosis'], synonyms))).toBe(true);
  });
  it('marks the words of a multi-word synonym', () => {
    const highlight = highlightFor(['kol'], synonyms);
    expect(isHighlighted('lungesygdom', highlight)).toBe(true);
  });
  it('marks another form of a typed word', () => {
    expect(isHighlighted('knæartrose', highlightFor(['knæet'], []))).toBe(true);
  });
  it('marks the parts of a typed compound', () => {
    const highlight = highlightFor(['kræftpatienter'], []);
    expect(isHighlighted('kræft', highlight)).toBe(true);
    expect(isHighlighted('patienten', highlight)).toBe(true);
  });
  it('never marks a filler, even one the reader typed', () => {
    const highlight = highlightFor(['hvem', 'har', 'ansvaret'], []);
    expect(isHighlighted('har', highlight)).toBe(false);
    expect(isHighlighted('hvem', highlight)).toBe(false);
    expect(isHighlighted('ansvaret', highlight)).toBe(true);
  });
  it('does not mark an unrelated word', () => {
    expect(isHighlighted('hofte', highlightFor(['knogleskørhed'], synonyms))).toBe(false);
  });
});

describe('excerptAround', () => {
  const content =
    'Forløbet beskriver regionernes tilbud. Patienter med osteoporose henvises af egen læge til en scanning.';

  it('builds an excerpt around the first word the reader meant, with that word marked', () => {
    const pieces = excerptAround(content, highlightFor(['knogleskørhed'], synonyms));
    expect(marked(pieces)).toEqual(['osteoporose']);
    expect(pieces?.map((piece) => piece.text).join('')).toContain('henvises af egen læge');
  });
  it('keeps punctuation outside the mark', () => {
    const pieces = excerptAround('Om knæartrose, træning.', highlightFor(['knæ'], []));
    expect(marked(pieces)).toEqual(['knæartrose']);
  });
  it('gives nothing when the text holds none of the words', () => {
    expect(excerptAround(content, highlightFor(['amputation'], []))).toBeNull();
  });
  it('starts a few words before the mark and keeps the excerpt short', () => {
    const long = `${'ord '.repeat(100)}osteoporose ${'mere '.repeat(100)}`;
    const text = (excerptAround(long, highlightFor(['osteoporose'], [])) ?? [])
      .map((piece) => piece.text)
      .join('');
    expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(31);
    expect(text.trim().startsWith('ord')).toBe(true);
  });
});

describe('withoutMarkedFillers', () => {
  it('unmarks a filler Pagefind marked', () => {
    expect(
      withoutMarkedFillers([
        { text: 'hvem', marked: true },
        { text: ' ', marked: false },
        { text: 'kræft', marked: true },
      ]),
    ).toEqual([
      { text: 'hvem', marked: false },
      { text: ' ', marked: false },
      { text: 'kræft', marked: true },
    ]);
  });
});

describe('isHighlighted in compounds and hyphenated words', () => {
  it('marks a compound that ends with a synonym the query names', () => {
    const highlight = highlightFor(
      ['slidgigt'],
      [{ terms: ['slidgigt', 'artrose'], misspellings: [] }],
    );
    expect(isHighlighted('knæartrose', highlight)).toBe(true);
  });
  it('marks the part of a hyphenated word the reader meant', () => {
    expect(isHighlighted('2-diabetes', highlightFor(['diabetes'], []))).toBe(true);
  });
});
