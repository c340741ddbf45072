import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../src/catalogue/row-window';

const rows = Array.from({ length: 120 }, (_, i) => i + 1);

describe('rowWindow', () => {
  it('shows the first step of rows and says how many the next step adds', () => {
    const shown = rowWindow(rows, 50, 50);
    expect(shown.rows).toEqual(rows.slice(0, 50));
    expect(shown).toMatchObject({ total: 120, next: 50 });
  });
  it('adds only the rows that are left on the last step', () => {
    expect(rowWindow(rows, 100, 50).next).toBe(20);
    expect(rowWindow(rows, 150, 50)).toMatchObject({ total: 120, next: 0 });
    expect(rowWindow(rows, 150, 50).rows).toHaveLength(120);
  });
  it('never shows fewer than one step', () => {
    expect(rowWindow(rows, 0, 50).rows).toHaveLength(50);
  });
  it('shows every row of a short result and offers no more', () => {
    expect(rowWindow([1, 2, 3], 50, 50)).toEqual({ rows: [1, 2, 3], total: 3, next: 0 });
  });
});
