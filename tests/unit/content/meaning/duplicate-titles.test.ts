import { describe, expect, it } from 'vitest';
import { findDuplicateTitles, titleKey } from '../../../../src/content/meaning/duplicate-titles';
import { entry } from './support';

const fields = { cases: 'title', actors: 'name' };

describe('findDuplicateTitles', () => {
  it('refuses a case copied as a template and never renamed, naming the other file in each', () => {
    const problems = findDuplicateTitles(
      [entry('cases', 'samblik', { title: 'Samblik' }), entry('cases', 'samblik-kopi', { title: 'samblik ' })],
      fields,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/cases/samblik.mdx',
        message: expect.stringContaining('content/cases/samblik-kopi.mdx har samme titel'),
      }),
      {
        file: 'content/cases/samblik-kopi.mdx',
        field: 'title',
        message: expect.stringContaining('content/cases/samblik.mdx har samme titel'),
        value: 'samblik ',
      },
    ]);
  });
  it('allows the same title in two collections and reads each collection\'s own field', () => {
    const problems = findDuplicateTitles(
      [entry('cases', 'kommune', { title: 'Kommune' }), entry('actors', 'kommune', { name: 'Kommune' })],
      fields,
    );
    expect(problems).toEqual([]);
  });
  it('passes over collections without a title field', () => {
    expect(findDuplicateTitles([entry('synonyms', 'a', { title: 'x' }), entry('synonyms', 'b', { title: 'x' })], fields)).toEqual([]);
  });
});

describe('titleKey', () => {
  it('compares titles regardless of case, spacing and Unicode form', () => {
    expect(titleKey('Knæ  Artrose')).toBe(titleKey('knæ artrose'.normalize('NFD')));
  });
});
