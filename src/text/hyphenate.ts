import danish from 'hyphen/da/index.js';

/**
 * Where a Danish word may be divided at the end of a line, by the hyphenation patterns TeX uses
 * for Danish (syllables and the parts of compounds: «ope-ra-tions-in-di-ka-tion»). A word
 * written with a hyphen or a slash may also be divided after it. Build-time only.
 */

/** Neither part of a divided word may be shorter than this (no «a-» or «-e»). */
const MIN_PART = 2;
const SOFT_HYPHEN = '\u00AD';

/**
 * The pieces a word may be divided into, in order; joined they give the word. A piece that ends
 * in «-» or «/» is followed by its next piece without an added hyphen.
 */
export function syllables(word: string): string[] {
  const pieces = word.split(/(?<=[-/])(?=.)/u).flatMap((part) => {
    const marked = danish.hyphenateSync(part, { hyphenChar: SOFT_HYPHEN });
    return marked.split(SOFT_HYPHEN);
  });
  // Join pieces that would leave a part shorter than MIN_PART letters.
  const joined: string[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (last !== undefined && (letters(last) < MIN_PART || letters(piece) < MIN_PART)) {
      joined[joined.length - 1] = last + piece;
    } else {
      joined.push(piece);
    }
  }
  return joined;
}

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Whether a line that ends with `piece` of a divided word needs a hyphen added. */
export function needsHyphen(piece: string): boolean {
  return !/[-/]$/u.test(piece);
}
