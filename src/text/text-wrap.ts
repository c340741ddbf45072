/**
 * Word wrapping for text drawn in build-time SVG, where the browser does not wrap.
 *
 * Widths are estimated from the font size, because there are no font metrics at build time.
 * The estimate is deliberately generous (system sans-serif fonts average about 0.5 em per
 * character in Danish text), so wrapped lines fit their box in every common font.
 */

/** Average character width as a share of the font size; bold text runs wider. */
export const CHAR_WIDTH_EM = { regular: 0.56, bold: 0.62 } as const;
export type FontWeight = keyof typeof CHAR_WIDTH_EM;

/** Estimated width of `text` set at `fontSize`. */
export function estimateTextWidth(
  text: string,
  fontSize: number,
  weight: FontWeight = 'regular',
): number {
  return [...text].length * fontSize * CHAR_WIDTH_EM[weight];
}

/** How many characters fit on a line `width` wide at `fontSize` (at least one). */
export function charsPerLine(
  width: number,
  fontSize: number,
  weight: FontWeight = 'regular',
): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH_EM[weight])));
}

/**
 * Splits `text` into lines of at most `maxChars` characters, breaking between words.
 * A word longer than a line is cut into pieces that end with a hyphen. Runs of white space
 * count as one space, and an empty text gives no lines.
 */
export function wrapText(text: string, maxChars: number): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 2) {
    throw new RangeError(`En linje skal have plads til mindst 2 tegn, ikke ${maxChars}`);
  }
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    for (const piece of splitLongWord(word, maxChars)) {
      if (line === '') {
        line = piece;
      } else if (line.length + 1 + piece.length <= maxChars) {
        line = `${line} ${piece}`;
      } else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Cuts a word that is longer than a line into hyphenated pieces; shorter words pass unchanged. */
function splitLongWord(word: string, maxChars: number): string[] {
  const chars = [...word];
  if (chars.length <= maxChars) return [word];
  const pieces: string[] = [];
  let rest = chars;
  while (rest.length > maxChars) {
    pieces.push(`${rest.slice(0, maxChars - 1).join('')}-`);
    rest = rest.slice(maxChars - 1);
  }
  pieces.push(rest.join(''));
  return pieces;
}

/** Wraps `text` to fit a box `width` wide at `fontSize`. */
export function wrapToWidth(
  text: string,
  width: number,
  fontSize: number,
  weight: FontWeight = 'regular',
): string[] {
  return wrapText(text, Math.max(2, charsPerLine(width, fontSize, weight)));
}

/**
 * Shortens a title to at most `maxChars` characters for the browser tab: first by dropping a
 * trailing parenthesis («Specialiseret palliation (hospice og palliative teams)»), then by
 * cutting at a word boundary and adding «…». A title that fits is returned unchanged.
 */
export function shortenTitle(title: string, maxChars: number): string {
  const text = title.trim().replace(/\s+/g, ' ');
  if ([...text].length <= maxChars) return text;
  const withoutParenthesis = text.replace(/\s*\([^()]*\)$/, '');
  if (withoutParenthesis !== text && [...withoutParenthesis].length <= maxChars) {
    return withoutParenthesis;
  }
  const chars = [...withoutParenthesis].slice(0, maxChars - 1).join('');
  const cut = chars.lastIndexOf(' ');
  const head = (cut > 0 ? chars.slice(0, cut) : chars).replace(/[\s,;:–-]+$/, '');
  return `${head}…`;
}
