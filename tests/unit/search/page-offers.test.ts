import { describe, expect, it } from 'vitest';
import { OFFER_PATHS, pageOffers, sitePathOf } from '../../../src/search/page-offers';
import { paths } from '../../../src/site/urls';

describe('pageOffers', () => {
  it('names the catalogue, the comparison and «Om vurderingerne» by their site paths', () => {
    expect([...OFFER_PATHS].sort()).toEqual(
      [paths.cases(), paths.compare(), paths.rubric()].sort(),
    );
  });
  it('gives the catalogue the words for ranking and the spreadsheet download', () => {
    const words = pageOffers('cases/index.html').split(' ');
    for (const word of ['rangering', 'csv', 'excel', 'download']) expect(words).toContain(word);
  });
  it('gives the comparison the words for comparing', () => {
    expect(pageOffers('cases/sammenlign/index.html')).toContain('sammenligne');
  });
  it('gives other pages no such words', () => {
    expect(pageOffers('cases/liva/index.html')).toBe('');
    expect(pageOffers('cases/side/2/index.html')).toBe('');
  });
});

describe('sitePathOf', () => {
  it('turns a built file into its site path, also from a Windows path', () => {
    expect(sitePathOf('cases\\sammenlign\\index.html')).toBe('/cases/sammenlign/');
  });
});
