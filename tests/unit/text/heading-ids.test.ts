import { describe, expect, it } from 'vitest';
import { headingIds } from '../../../src/text/heading-ids';

describe('headingIds', () => {
  it('gives a heading the slug of its text, and a repeated heading a numbered one', () => {
    const idFor = headingIds();
    expect(['Baggrund', 'Træning før operation', 'Baggrund'].map(idFor)).toEqual([
      'baggrund',
      'træning-før-operation',
      'baggrund-1',
    ]);
  });
  it('numbers a heading whose text gives no slug by its place among the headings', () => {
    const idFor = headingIds();
    expect(['Indledning', '🦵', '🏃', '!!'].map(idFor)).toEqual([
      'indledning',
      'overskrift-2',
      'overskrift-3',
      'overskrift-4',
    ]);
  });
});
