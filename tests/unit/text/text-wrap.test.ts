import { describe, expect, it } from 'vitest';
import {
  charsPerLine,
  estimateTextWidth,
  shortenTitle,
  wrapText,
  wrapToWidth,
} from '../../../src/text/text-wrap';

describe('wrapText', () => {
  it('keeps a text that fits on one line as it is', () => {
    expect(wrapText('Basal palliation', 20)).toEqual(['Basal palliation']);
  });

  it('breaks between words so no line is longer than the limit', () => {
    const lines = wrapText('Henvisning til afklarende samtale i kommunen', 16);
    expect(lines).toEqual(['Henvisning til', 'afklarende', 'samtale i', 'kommunen']);
    expect(lines.every((line) => line.length <= 16)).toBe(true);
  });

  it('keeps every word in its order', () => {
    const text = 'Sygehuset vurderer, at der er behov for indsatser i kommunalt regi';
    expect(wrapText(text, 12).join(' ')).toBe(text);
  });

  it('divides a word longer than a line between its syllables, with a hyphen', () => {
    expect(wrapText('Amputationsrådgiverprojektet', 10)).toEqual([
      'Amputa-',
      'tionsråd-',
      'giverpro-',
      'jektet',
    ]);
  });

  it('never divides «operationsindikation» inside a syllable', () => {
    const lines = wrapText('Vurdering af operationsindikation', 14);
    expect(lines.join('')).not.toContain('indik-');
    expect(lines.join(' ').replaceAll('- ', '')).toBe('Vurdering af operationsindikation');
  });

  it('starts a long word on the line before when some of its syllables fit there', () => {
    expect(wrapText('Se genoptræningsplanen', 12)).toEqual(['Se genoptræ-', 'ningsplanen']);
  });

  it('divides after a slash without adding a hyphen', () => {
    expect(wrapText('Borgeren/patienten', 10)).toEqual(['Borgeren/', 'patienten']);
  });

  it('treats runs of white space as one space', () => {
    expect(wrapText('  Trin   1\n og  2 ', 40)).toEqual(['Trin 1 og 2']);
  });

  it('gives no lines for an empty text', () => {
    expect(wrapText('   ', 10)).toEqual([]);
  });

  it('refuses a line too short to hold a letter and a hyphen', () => {
    expect(() => wrapText('tekst', 1)).toThrow(RangeError);
  });
});

describe('text width estimates', () => {
  it('grows with the number of characters and the font size', () => {
    expect(estimateTextWidth('abcd', 10)).toBeCloseTo(2 * estimateTextWidth('ab', 10));
    expect(estimateTextWidth('abcd', 20)).toBeCloseTo(2 * estimateTextWidth('abcd', 10));
  });

  it('counts bold text as wider than regular text', () => {
    expect(estimateTextWidth('Trin', 12, 'bold')).toBeGreaterThan(estimateTextWidth('Trin', 12));
  });

  it('fits fewer characters on a line at a larger font size', () => {
    expect(charsPerLine(200, 16)).toBeLessThan(charsPerLine(200, 11));
  });

  it('wraps to a width so every line is estimated to fit it', () => {
    const lines = wrapToWidth(
      'Patienten har komplekse behov, fx multisygdom eller terminal palliativ fase',
      150,
      12,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => estimateTextWidth(line, 12) <= 150)).toBe(true);
  });
});

describe('shortenTitle', () => {
  it('leaves a title that fits unchanged', () => {
    expect(shortenTitle('Almen praksis', 46)).toBe('Almen praksis');
  });

  it('drops a trailing parenthesis when that makes the title fit', () => {
    expect(shortenTitle('Specialiseret palliation (hospice og palliative teams)', 46)).toBe(
      'Specialiseret palliation',
    );
  });

  it('cuts a long title at a word boundary and marks the cut with an ellipsis', () => {
    const short = shortenTitle('Ansvarsfordeling i rehabilitering og palliation ved kræft', 46);
    expect(short).toBe('Ansvarsfordeling i rehabilitering og…');
    expect([...short].length).toBeLessThanOrEqual(46);
  });
});
