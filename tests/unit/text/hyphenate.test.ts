import { describe, expect, it } from 'vitest';
import { needsHyphen, syllables } from '../../../src/text/hyphenate';

describe('syllables', () => {
  it('divides a Danish word between its syllables', () => {
    expect(syllables('operationsindikation')).toEqual([
      'ope',
      'ra',
      'tions',
      'in',
      'di',
      'ka',
      'tion',
    ]);
  });

  it('gives back the word when its pieces are joined', () => {
    for (const word of ['rehabiliteringsforløb', 'genoptræningsplan', 'Borgeren/patienten']) {
      expect(syllables(word).join('')).toBe(word);
    }
  });

  it('leaves no piece of a single letter', () => {
    for (const word of ['osteoporose', 'fysioterapeut', 'ambulant']) {
      expect(syllables(word).every((piece) => piece.length >= 2)).toBe(true);
    }
  });

  it('divides after a hyphen or a slash already in the word', () => {
    expect(syllables('hjerte-kar')[1]).toBe('te-');
    expect(syllables('og/eller')).toContain('og/');
  });
});

describe('needsHyphen', () => {
  it('adds a hyphen after a syllable but not after a hyphen or a slash', () => {
    expect([needsHyphen('ope'), needsHyphen('te-'), needsHyphen('og/')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
