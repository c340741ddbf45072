import { describe, expect, it } from 'vitest';
import { printFacts, publicPageUrl } from '../../../src/site/print-facts';

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

describe('printFacts without configuration', () => {
  it('prints neither an address nor a publisher that are not configured', () => {
    expect(printFacts({})).toEqual([]);
  });
});

describe('publicPageUrl', () => {
  it('puts the path under the configured origin', () => {
    expect(publicPageUrl('https://rehab.example', '/rehab/was/')).toBe(
      'https://rehab.example/rehab/was/',
    );
  });

  it('gives no address when the site address is not configured', () => {
    expect(publicPageUrl(undefined, '/om/')).toBeUndefined();
  });
});
