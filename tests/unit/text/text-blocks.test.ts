import { describe, expect, it } from 'vitest';
import { toTextBlocks } from '../../../src/text/text-blocks';

describe('toTextBlocks', () => {
  it('makes a paragraph of each block separated by a blank line', () => {
    expect(toTextBlocks('Første afsnit.\n\nAndet afsnit.\n')).toEqual([
      { kind: 'paragraph', text: 'Første afsnit.' },
      { kind: 'paragraph', text: 'Andet afsnit.' },
    ]);
  });
  it('joins the lines of one paragraph with a space', () => {
    expect(toTextBlocks('En linje\nfortsætter her.')).toEqual([
      { kind: 'paragraph', text: 'En linje fortsætter her.' },
    ]);
  });
  it('makes a list of lines that start with a dash', () => {
    expect(toTextBlocks('Data:\n\n- Medicin\n- Aftaler\n\nSlut.')).toEqual([
      { kind: 'paragraph', text: 'Data:' },
      { kind: 'list', items: ['Medicin', 'Aftaler'] },
      { kind: 'paragraph', text: 'Slut.' },
    ]);
  });
  it('splits a paragraph from a list that follows it directly', () => {
    expect(toTextBlocks('Tre måder:\n- én\n- to')).toEqual([
      { kind: 'paragraph', text: 'Tre måder:' },
      { kind: 'list', items: ['én', 'to'] },
    ]);
  });
  it('keeps one list when its items are separated by blank lines', () => {
    expect(toTextBlocks('- én\n\n- to')).toEqual([{ kind: 'list', items: ['én', 'to'] }]);
  });
  it('continues a list item on the next line without a dash', () => {
    expect(toTextBlocks('- en lang\n  genstand')).toEqual([
      { kind: 'list', items: ['en lang genstand'] },
    ]);
  });
  it('does not treat a dash inside a sentence as a list', () => {
    expect(toTextBlocks('Type 2-diabetes - og KOL.')).toEqual([
      { kind: 'paragraph', text: 'Type 2-diabetes - og KOL.' },
    ]);
  });
});
