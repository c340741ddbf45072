import { describe, expect, it } from 'vitest';
import {
  danishSortKey,
  searchAttributeSpans,
  searchFilterLabel,
  searchTypeLabel,
} from '../../../src/search/search-attributes';

describe('searchTypeLabel', () => {
  it('gives the Danish label of a known page type', () => {
    expect(searchTypeLabel('forløb')).toBe('Forløb');
    expect(searchTypeLabel('ansvarstabel')).toBe('Ansvarstabel');
  });
  it('capitalises an unknown page type instead of dropping it', () => {
    expect(searchTypeLabel('dataset')).toBe('Dataset');
  });
});

describe('searchFilterLabel', () => {
  it('shows a disease area id with its Danish label', () => {
    expect(searchFilterLabel('sygdomsområde', 'kraeft')).toBe('Kræft');
  });
  it('shows a region id with its Danish label', () => {
    expect(searchFilterLabel('region', 'hovedstaden')).toBe('Region Hovedstaden');
  });
  it('shows a sector id with its Danish label', () => {
    expect(searchFilterLabel('sektor', 'almen-praksis')).toBe('Almen praksis');
  });
  it('keeps a value that is already a label', () => {
    expect(searchFilterLabel('region', 'Region Sjælland')).toBe('Region Sjælland');
  });
  it('keeps values of filters without a vocabulary, trimmed', () => {
    expect(searchFilterLabel('aktør', '  Almen praksis ')).toBe('Almen praksis');
  });
});

describe('danishSortKey', () => {
  it('sorts æ, ø and å after z, in that order', () => {
    const titles = ['Åbne tilbud', 'Ørebetændelse', 'Æblekost', 'Zoneterapi', 'amputation'];
    const sorted = [...titles].sort((a, b) => (danishSortKey(a) < danishSortKey(b) ? -1 : 1));
    expect(sorted).toEqual([
      'amputation',
      'Zoneterapi',
      'Æblekost',
      'Ørebetændelse',
      'Åbne tilbud',
    ]);
  });
  it('sorts «aa» as «å», as Danish dictionaries do', () => {
    expect(danishSortKey('Aalborg')).toBe(danishSortKey('Ålborg'));
  });
  it('ignores case', () => {
    expect(danishSortKey('Knæ')).toBe(danishSortKey('knæ'));
  });
});

describe('searchAttributeSpans', () => {
  it('gives the page type as filter and as result meta, and the title as sort key', () => {
    expect(searchAttributeSpans({ type: 'forløb', title: 'Kræft' })).toEqual([
      { 'data-pagefind-filter': 'sidetype[data-value]', 'data-value': 'Forløb' },
      { 'data-pagefind-meta': 'type[data-value]', 'data-value': 'Forløb' },
      { 'data-pagefind-sort': 'titel[data-value]', 'data-value': 'kr{ft' },
    ]);
  });
  it('gives one span per filter value, labelled, without duplicates or blanks', () => {
    const spans = searchAttributeSpans({
      type: 'case',
      title: 'Samblik',
      filters: { sygdomsområde: ['kraeft', 'Kræft', ' '], aktør: ['Kommune'] },
    });
    expect(spans.slice(3)).toEqual([
      { 'data-pagefind-filter': 'sygdomsområde[data-value]', 'data-value': 'Kræft' },
      { 'data-pagefind-filter': 'aktør[data-value]', 'data-value': 'Kommune' },
    ]);
  });
  it('keeps commas and colons inside one value', () => {
    const spans = searchAttributeSpans({
      type: 'aktør',
      title: 'x',
      filters: { aktør: ['Patient, pårørende: netværk'] },
    });
    expect(spans.at(-1)).toEqual({
      'data-pagefind-filter': 'aktør[data-value]',
      'data-value': 'Patient, pårørende: netværk',
    });
  });
});
