import { describe, expect, it } from 'vitest';
import { labelsNotInText } from '../../../src/text/topic-labels';

describe('labelsNotInText', () => {
  it('leaves out a label the condition text already says', () => {
    expect(labelsNotInText('Kroniske sygdomme generelt', ['Kronisk sygdom generelt'])).toEqual([]);
  });

  it('keeps a label the condition text does not mention', () => {
    expect(labelsNotInText('Type 2-diabetes', ['Diabetes', 'Hjerte-kar-sygdom'])).toEqual([
      'Hjerte-kar-sygdom',
    ]);
  });

  it('matches a label only at the start of a word', () => {
    expect(labelsNotInText('Alkoholproblemer', ['KOL'])).toEqual(['KOL']);
  });
});
