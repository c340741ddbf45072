import { describe, expect, it } from 'vitest';
import { absolutePageUrl, printFacts } from '../../../src/site/print-facts';

describe('printFacts', () => {
  it('gives the page address and the publisher', () => {
    expect(
      printFacts({ pageUrl: 'https://rehab.example/om/', publisher: 'Region Eksempel' }),
    ).toEqual([
      { kind: 'address', label: 'Sidens adresse', value: 'https://rehab.example/om/' },
      { kind: 'publisher', label: 'Udgiver', value: 'Region Eksempel' },
    ]);
  });

  it('adds the date of the last review, in Danish and as an ISO day', () => {
    const facts = printFacts({
      pageUrl: 'https://rehab.example/om/',
      publisher: 'Region Eksempel',
      reviewed: new Date('2026-11-23T00:00:00Z'),
    });
    expect(facts.at(-1)).toEqual({
      kind: 'reviewed',
      label: 'Senest gennemgået',
      value: '23. november 2026',
      datetime: '2026-11-23',
    });
  });
});

describe('absolutePageUrl', () => {
  it('puts the path under the configured origin', () => {
    expect(absolutePageUrl(new URL('https://rehab.example'), '/rehab/was/')).toBe(
      'https://rehab.example/rehab/was/',
    );
  });

  it('keeps the path alone when no origin is configured', () => {
    expect(absolutePageUrl(undefined, '/om/')).toBe('/om/');
  });
});
