import { describe, expect, it } from 'vitest';
import { findMisquotations, quotationKey } from '../../../../src/content/meaning/quotations';
import { cite, entry, source } from './support';

const catalogue = source('katalog', { seedFile: '003.txt' });
const text = 'Vurdering: Der er en ret udfør-\nlig beskrivelse af den «teknologiske»\n  løsning, og målene er klare.';
const readText = (name: string) => (name === '003.txt' ? text : undefined);
const caseWith = (evidence: string[]) =>
  entry('cases', 'samblik', {
    sources: [cite('katalog')],
    assessment: { description: { evidence }, goals: { evidence: ['målene er klare'] } },
  });

describe('findMisquotations', () => {
  it('finds a quotation across a line break, a hyphenation and other quotation marks', () => {
    const result = findMisquotations([catalogue, caseWith(['ret udførlig beskrivelse af den "teknologiske" løsning'])], readText);
    expect(result).toEqual({ problems: [], unchecked: [] });
  });
  it('refuses a quotation that is not in the source text, naming the text and the field', () => {
    const result = findMisquotations([catalogue, caseWith(['en meget udførlig beskrivelse'])], readText);
    expect(result.problems).toEqual([
      {
        file: 'content/cases/samblik.mdx',
        field: 'assessment.description.evidence[0]',
        message: expect.stringContaining('003.txt til content/sources/katalog.yaml'),
        value: 'en meget udførlig beskrivelse',
      },
    ]);
  });
  it('names the sources whose text is missing instead of refusing their quotations', () => {
    const result = findMisquotations([catalogue, caseWith(['hvad som helst'])], () => undefined);
    expect(result).toEqual({ problems: [], unchecked: ['katalog'] });
  });
  it('refuses a quotation made only of quotation marks', () => {
    const result = findMisquotations([catalogue, caseWith(['«»'])], readText);
    expect(result.problems).toHaveLength(1);
  });
});

describe('quotationKey', () => {
  it('ignores line breaks, spacing, hyphenation and the kind of quotation marks', () => {
    expect(quotationKey('«udfør-\nlig»  tekst')).toBe(quotationKey('"udførlig" tekst'));
  });
  it('keeps different words apart', () => {
    expect(quotationKey('god virkning')).not.toBe(quotationKey('ingen virkning'));
  });
});
