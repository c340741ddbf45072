import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  firstBidiControl,
  firstInvisible,
  hasVisibleText,
} from '../../../src/schemas/unseen-characters';

describe('unseen characters', () => {
  it('labels a character by its code point as editors search for it', () => {
    expect(codePointLabel('\u200b')).toBe('U+200B');
    expect(codePointLabel('\u{e0041}')).toBe('U+E0041');
  });
  it('finds the first zero-width, soft-hyphen or bidirectional character', () => {
    expect(firstInvisible('kom\u00admune')).toBe('U+00AD');
    expect(firstInvisible('kommune\u200b')).toBe('U+200B');
    expect(firstInvisible('\u202ekommune')).toBe('U+202E');
    expect(firstInvisible('kommune')).toBeUndefined();
  });
  it('finds bidirectional controls but not zero-width joiners', () => {
    expect(firstBidiControl('abc\u2067')).toBe('U+2067');
    expect(firstBidiControl('👩‍⚕️')).toBeUndefined();
  });
  it('treats text of only unseen characters and spaces as empty', () => {
    expect(hasVisibleText('\u200b\u2060\u00a0 \ufeff')).toBe(false);
  });
  it('treats emoji and letters from any script as visible', () => {
    expect(hasVisibleText('👩‍⚕️')).toBe(true);
    expect(hasVisibleText('Ωmega')).toBe(true);
  });
});
