import { describe, expect, it } from 'vitest';
import { measure, offsetLines, round } from '../../../src/charts/diagram-measure';
import { DIAGRAM_FONT } from '../../../src/charts/diagram-types';
import { estimateTextWidth } from '../../../src/text/text-wrap';

describe('diagram text measuring', () => {
  it('wraps every line to fit inside the box and its padding', () => {
    const measured = measure(
      [{ role: 'title', text: 'Udredning af sygdommen på reumatologisk afdeling' }],
      120,
      8,
    );
    expect(measured.lines.length).toBeGreaterThan(1);
    for (const line of measured.lines) {
      expect(estimateTextWidth(line.text, DIAGRAM_FONT.title, 'bold')).toBeLessThanOrEqual(104);
    }
  });

  it('makes the box tall enough for all its lines', () => {
    const measured = measure(
      [
        { role: 'eyebrow', text: 'Trin 1' },
        { role: 'body', text: 'En tekst' },
      ],
      200,
      8,
    );
    const last = measured.lines.at(-1)!;
    expect(measured.height).toBeGreaterThanOrEqual(last.y + 8);
  });

  it('moves lines with their box', () => {
    expect(offsetLines([{ text: 'a', x: 1, y: 2, role: 'meta' }], 10, 20)).toEqual([
      { text: 'a', x: 11, y: 22, role: 'meta' },
    ]);
  });

  it('rounds coordinates to two decimals', () => {
    expect(round(1.23456)).toBe(1.23);
  });
});
