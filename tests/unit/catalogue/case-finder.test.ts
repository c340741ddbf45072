import { describe, expect, it } from 'vitest';
import { findCases } from '../../../src/catalogue/case-finder';

const cases = [
  'Sammen om diabetes',
  'Aktiv med diabetes',
  'Diabetesskolen',
  'Årets forløb',
  'Zoneterapi',
  'Ærlig snak',
].map((title, i) => ({ id: `c${i}`, title }));
const titles = (found: { offered: { title: string }[] }) => found.offered.map((c) => c.title);

describe('findCases', () => {
  it('offers titles that begin with the words before titles that contain them', () => {
    expect(titles(findCases(cases, 'diabetes'))).toEqual([
      'Diabetesskolen',
      'Aktiv med diabetes',
      'Sammen om diabetes',
    ]);
  });
  it('ignores upper and lower case', () => {
    expect(titles(findCases(cases, 'DIABETESS'))).toEqual(['Diabetesskolen']);
  });
  it('keeps æ, ø and å as letters of their own', () => {
    expect(titles(findCases(cases, 'år'))).toEqual(['Årets forløb']);
    expect(titles(findCases(cases, 'ar'))).toEqual([]);
  });
  it('sorts the Danish way, with Æ and Å after Z', () => {
    const danish = ['Åben for alle', 'Zone for alle', 'Ærlig for alle', 'Alle for en'].map(
      (title) => ({ id: title, title }),
    );
    expect(titles(findCases(danish, 'for'))).toEqual([
      'Alle for en',
      'Zone for alle',
      'Ærlig for alle',
      'Åben for alle',
    ]);
  });
  it('leaves out the cases already chosen', () => {
    expect(titles(findCases(cases, 'diabetes', new Set(['c2'])))).toEqual([
      'Aktiv med diabetes',
      'Sammen om diabetes',
    ]);
  });
  it('offers at most the limit and counts every match', () => {
    const found = findCases(cases, 'diabetes', new Set(), 2);
    expect(found.offered).toHaveLength(2);
    expect(found.matches).toBe(3);
  });
  it('matches nothing on a single letter', () => {
    expect(findCases(cases, ' d ')).toEqual({ offered: [], matches: 0 });
  });
});
