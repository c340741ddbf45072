import { needsHyphen, syllables } from './hyphenate';

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
 * Splits `text` into lines of at most `maxChars` characters, breaking between words. A word
 * longer than a line is divided where Danish allows it (between syllables or the parts of a
 * compound, with a hyphen; after a hyphen or a slash already there), filling the line it starts
 * on. Only a syllable longer than a whole line is cut where it must be. Runs of white space
 * count as one space, and an empty text gives no lines.
 */
export function wrapText(text: string, maxChars: number): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 2) {
    throw new RangeError(`En linje skal have plads til mindst 2 tegn, ikke ${maxChars}`);
  }
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const room = () => (line === '' ? maxChars : maxChars - line.length - 1);
  const add = (piece: string) => {
    line = line === '' ? piece : `${line} ${piece}`;
  };
  for (const word of words) {
    if (length(word) <= room()) {
      add(word);
      continue;
    }
    if (length(word) <= maxChars) {
      lines.push(line);
      line = word;
      continue;
    }
    // Longer than a line: as many syllables as fit on each line, the rest on the next.
    let rest = syllables(word).flatMap((piece) => cutToFit(piece, maxChars - 1));
    while (rest.length > 0) {
      const taken = fittingPieces(rest, room());
      if (taken === rest.length) {
        add(rest.join(''));
        break;
      }
      if (taken > 0) {
        const head = rest.slice(0, taken).join('');
        add(needsHyphen(head) ? `${head}-` : head);
        rest = rest.slice(taken);
      }
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const length = (text: string) => [...text].length;

/** How many of `pieces`, from the first, fit in `room` characters with a hyphen after them. */
function fittingPieces(pieces: readonly string[], room: number): number {
  let used = 0;
  let count = 0;
  for (const [index, piece] of pieces.entries()) {
    used += length(piece);
    const last = index === pieces.length - 1;
    const hyphen = !last && needsHyphen(piece) ? 1 : 0;
    if (used + hyphen > room) break;
    count += 1;
  }
  return count;
}

/** A piece longer than `max` characters, cut into pieces of `max` (the last resort). */
function cutToFit(piece: string, max: number): string[] {
  const chars = [...piece];
  const pieces: string[] = [];
  for (let start = 0; start < chars.length; start += max) {
    pieces.push(chars.slice(start, start + max).join(''));
  }
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
