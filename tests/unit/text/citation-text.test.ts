import { describe, expect, it } from 'vitest';
import { citationDetail, formatSection, sourceNotes } from '../../../src/text/citation-text';

describe('formatSection', () => {
  it('puts «afsnit» before a bare section number', () => {
    expect(formatSection('2.1 Samblik')).toBe('afsnit 2.1 Samblik');
  });
  it('leaves a locator that already names its kind alone', () => {
    expect(formatSection('Figur 3')).toBe('Figur 3');
    expect(formatSection('Afsnit 4.2')).toBe('Afsnit 4.2');
  });
});

describe('citationDetail', () => {
  it('writes publisher, date and section with no space before a comma', () => {
    expect(
      citationDetail(
        { shortTitle: 'Kræft', publisher: 'Sundhedsstyrelsen', dateText: '9. februar 2018' },
        'Figur 3',
      ),
    ).toBe('(Sundhedsstyrelsen, 9. februar 2018), Figur 3.');
  });
});

describe('sourceNotes', () => {
  const source = { shortTitle: 'Kræft – forløbsprogram 2018', publisher: 'SST', dateText: '2018' };

  it('labels each remark with the document and section it concerns', () => {
    expect(
      sourceNotes([
        { source, section: 'Figur 2', note: 'Figuren er ikke gengivet her.' },
        { source, section: '3.3' },
      ]),
    ).toEqual([
      { label: 'Kræft – forløbsprogram 2018, Figur 2', note: 'Figuren er ikke gengivet her.' },
    ]);
  });
});
