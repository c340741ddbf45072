/**
 * Characters a reader cannot see: zero-width spaces and joiners, soft hyphens, variation
 * selectors, and the bidirectional controls that reorder text. Plain functions (no zod), so
 * schemas, file-name checks and messages share one definition.
 */

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u;
const INVISIBLE_OR_SPACE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{White_Space}]/gu;
const BIDI = /\p{Bidi_Control}/u;

/** `U+200B` for a character, as editors search for it. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The code point of the first unseen character in `value`, e.g. `U+200B`, or undefined. */
export function firstInvisible(value: string): string | undefined {
  const match = INVISIBLE.exec(value);
  return match ? codePointLabel(match[0]) : undefined;
}

/** The code point of the first bidirectional control character in `value`, or undefined. */
export function firstBidiControl(value: string): string | undefined {
  const match = BIDI.exec(value);
  return match ? codePointLabel(match[0]) : undefined;
}

/** True when `value` has at least one character a reader can see. */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE_OR_SPACE, '') !== '';
}
