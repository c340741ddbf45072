import { wrapToWidth, type FontWeight } from '../text/text-wrap';
import { DIAGRAM_FONT, type TextLine, type TextRole } from './diagram-types';

/**
 * Text measuring for diagram boxes: wraps blocks of text into a box of a given width and works
 * out its height, with lines relative to the box's top-left corner. Pure.
 */

const WEIGHT: Record<TextRole, FontWeight> = {
  eyebrow: 'bold',
  title: 'bold',
  meta: 'regular',
  label: 'regular',
  body: 'bold',
};

/** Share of a box's inner width that wrapped text may fill. */
const WRAP_SHARE = 0.96;

export interface TextBlock {
  role: TextRole;
  text: string;
}

export interface Measured {
  width: number;
  height: number;
  /** Lines relative to the box's top-left corner. */
  lines: TextLine[];
}

/** Rounds to two decimals, so SVG coordinates stay short and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Wraps text blocks into a box `width` wide and works out the box's height. */
export function measure(blocks: readonly TextBlock[], width: number, padding: number): Measured {
  // Wrap a little short of the edge: wide fonts (DejaVu Sans on Linux) run past the estimate.
  const inner = (width - 2 * padding) * WRAP_SHARE;
  const lines: TextLine[] = [];
  let y = padding;
  blocks.forEach((block, index) => {
    const size = DIAGRAM_FONT[block.role];
    if (index > 0) y += 3;
    for (const text of wrapToWidth(block.text, inner, size, WEIGHT[block.role])) {
      // The baseline sits one font size below the top of the line.
      lines.push({ text, x: padding, y: round(y + size), role: block.role });
      y += size * DIAGRAM_FONT.lineHeight;
    }
  });
  return { width, height: Math.ceil(y + padding), lines };
}

/** Moves lines measured at the origin to a box at `dx`, `dy`. */
export function offsetLines(lines: readonly TextLine[], dx: number, dy: number): TextLine[] {
  return lines.map((line) => ({ ...line, x: round(line.x + dx), y: round(line.y + dy) }));
}
