import { describe, expect, it } from 'vitest';
import { buildVocabulary, pageSearchTerms } from '../../../src/search/index-terms';
import { compoundParts, splitCompound, textWords, wordStem } from '../../../src/search/compounds';

const site = [
  'Kræft og rehabilitering. Kræftrehabilitering i kommunen.',
  'Navigatortilbud for kræftpatienter. Patienten får en navigator.',
  'Knæ og knæartrose. Amputationsrådgivning og rådgivning efter amputation.',
  'Ansvarsfordeling og ansvar. Fordeling af opgaver. Anbefalinger og sårbare borgere.',
];
const synonyms = [
  { terms: ['osteoporose', 'knogleskørhed'], misspellings: ['osteoporosis'] },
  { terms: ['almen praksis', 'egen læge', 'praktiserende læge'], misspellings: [] },
  { terms: ['artrose', 'slidgigt'], misspellings: [] },
  { terms: ['patient', 'borger'], misspellings: [] },
];
const vocabulary = buildVocabulary(site, synonyms);

describe('textWords', () => {
  it('gives the lower-case letter runs of a text, splitting at hyphens and signs', () => {
    expect(textWords('KOL-patienter, «Knæet»!')).toEqual(['kol', 'patienter', 'knæet']);
  });
});

describe('wordStem', () => {
  it('compares inflected forms by one stem', () => {
    expect(wordStem('Patienten')).toBe(wordStem('patienter'));
  });
});

describe('splitCompound', () => {
  it('splits a compound into two words the site uses', () => {
    expect(splitCompound('kræftrehabilitering', vocabulary)).toEqual({
      head: 'kræft',
      tail: 'rehabilitering',
    });
  });
  it('drops the linking «s» of the first part', () => {
    expect(splitCompound('amputationsrådgivning', vocabulary)).toEqual({
      head: 'amputation',
      tail: 'rådgivning',
    });
  });
  it('accepts the last part in another form than the site uses', () => {
    expect(splitCompound('kræftpatienter', vocabulary)?.tail).toBe('patienter');
  });
  it('uses words from the synonym groups as parts', () => {
    expect(splitCompound('knæartrose', vocabulary)).toEqual({ head: 'knæ', tail: 'artrose' });
  });
  it('does not split at an ending that only makes a word', () => {
    expect(splitCompound('anbefalinger', vocabulary)).toBeNull();
  });
  it('does not split where either part is not a word of its own', () => {
    expect(splitCompound('sårbare', vocabulary)).toBeNull();
    expect(splitCompound('navigatortilbud', vocabulary)).toBeNull();
  });
});

describe('compoundParts', () => {
  it('gives every part, splitting the rest again', () => {
    const words = buildVocabulary(['kræft rehabilitering tilbud rehabiliteringstilbud'], []);
    expect(compoundParts('kræftrehabiliteringstilbud', words)).toEqual([
      'kræft',
      'rehabiliteringstilbud',
      'rehabilitering',
      'tilbud',
    ]);
  });
  it('gives nothing for a word that is no compound', () => {
    expect(compoundParts('rehabilitering', vocabulary)).toEqual([]);
  });
});

describe('pageSearchTerms', () => {
  const terms = (text: string, title = 'Side', topics: string[] = [], isRole = false) =>
    pageSearchTerms({ title, topics, text, isRole }, vocabulary);

  it('indexes a compound by its last part, so that part finds the page', () => {
    expect(terms('Om kræftrehabilitering.').extra.split(' ')).toContain('rehabilitering');
  });
  it('indexes a page that uses both parts of a known compound by the compound', () => {
    expect(terms('Kræft hos patienten.').extra.split(' ')).toContain('kræftpatienter');
  });
  it('indexes a page by the synonyms and misspellings of the words it uses', () => {
    const extra = terms('Tilbud ved osteoporose.').extra;
    expect(extra).toContain('knogleskørhed');
    expect(extra).toContain('osteoporosis');
  });
  it('matches a phrase of several words only when they follow each other', () => {
    expect(terms('Hos egen læge.').extra).toContain('almen praksis');
    expect(terms('Læge i egen praksis.').extra).not.toContain('almen praksis');
  });
  it('never repeats a word the page already uses', () => {
    expect(terms('Osteoporose og knogleskørhed.').extra.split(' ')).not.toContain('knogleskørhed');
  });
  it('gives a topic page its title, topics and their synonyms as topic', () => {
    const page = terms('', 'Osteoporose: regionale tilbud', ['Muskel og skelet']);
    expect(page.topic).toContain('osteoporose: regionale tilbud');
    expect(page.topic).toContain('muskel og skelet');
    expect(page.topic).toContain('knogleskørhed');
    expect(page.role).toBe('');
  });
  it('leaves a qualifier in brackets out of the topic', () => {
    expect(terms('', 'LIVA (Aalborg Kommune)').topic).toBe('liva');
  });
  it('gives the topic the compounds the title words make', () => {
    expect(terms('', 'Kræft: rehabilitering og palliation').topic).toContain('kræftrehabilitering');
  });
  it('gives an actor its name and the role’s other names as role, not as topic', () => {
    const actor = terms('', 'Almen praksis', [], true);
    expect(actor.role).toBe('almen praksis egen læge praktiserende læge');
    expect(actor.topic).not.toContain('almen praksis');
  });
});
