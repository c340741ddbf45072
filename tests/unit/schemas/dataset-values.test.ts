import { describe, expect, it } from 'vitest';
import {
  cellProblem,
  compareTotals,
  countFromThousandDots,
  ownCell,
  unitProblem,
} from '../../../src/schemas/dataset-values';

describe('cellProblem', () => {
  it('accepts whole counts, percentages from 0 to 100, decimal amounts and «ikke oplyst»', () => {
    expect([
      cellProblem(0, 'count'),
      cellProblem(100, 'percentage'),
      cellProblem(4.1, 'amount'),
      cellProblem(null, 'count'),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('spells out the number to write for a count with Danish thousand dots, as text or as YAML read it', () => {
    expect(cellProblem('1.234.567', 'count')).toMatch(/: 1234567$/);
    expect(cellProblem(7.342, 'count')).toMatch(/«7\.342».*: 7342$/);
    expect(cellProblem(7.34, 'count')).toMatch(/«7\.340».*: 7340$/);
  });
  it('spells out the number to write for a decimal comma or a quoted number', () => {
    expect(cellProblem('13,2', 'percentage')).toMatch(/decimalkomma.*: 13\.2$/);
    expect(cellProblem('42', 'count')).toMatch(/anførselstegn.*: 42$/);
  });
  it('refuses a negative count and a percentage outside 0-100', () => {
    expect(cellProblem(-1, 'count')).toMatch(/negativt/);
    expect(cellProblem(520, 'percentage')).toMatch(/fra 0 til 100/);
    expect(cellProblem(-0.5, 'percentage')).toMatch(/fra 0 til 100/);
  });
  it('accepts any value in a text column', () => {
    expect(cellProblem('7.342', 'text')).toBeUndefined();
  });
});

describe('countFromThousandDots', () => {
  it('reads a number YAML took for a decimal as the count it was meant to be', () => {
    expect(countFromThousandDots(14.053)).toBe(14053);
  });
  it('gives nothing for a whole number or a number that cannot have had thousand dots', () => {
    expect([
      countFromThousandDots(42),
      countFromThousandDots(1.23456),
      countFromThousandDots(1234.5),
    ]).toEqual([undefined, undefined, undefined]);
  });
});

describe('unitProblem', () => {
  it('asks a count and an amount for their unit, allows a percentage only «%» and a text column none', () => {
    expect(unitProblem('count', undefined)).toMatch(/unit: antal/);
    expect(unitProblem('amount', undefined)).toMatch(/unit: år/);
    expect(unitProblem('percentage', 'pct')).toMatch(/«%»/);
    expect(unitProblem('percentage', undefined)).toBeUndefined();
    expect(unitProblem('text', 'år')).toMatch(/ingen enhed/);
  });
  it('sends a count or an amount in «%» to the percentage kind, so its values are held to 0-100', () => {
    expect(unitProblem('count', '%')).toMatch(/kind: percentage/);
    expect(unitProblem('amount', '%')).toMatch(/kind: percentage/);
  });
});

describe('ownCell', () => {
  it('reads only what the row itself holds, never a property every object has', () => {
    expect(ownCell({ antal: 3 }, 'antal')).toBe(3);
    expect(ownCell({ antal: 3 }, 'constructor')).toBeUndefined();
    expect(ownCell({ antal: 3 }, 'toString')).toBeUndefined();
  });
});

describe('compareTotals', () => {
  const rows = [
    { klynge: 'A', n: 2, m: 1 },
    { klynge: 'B', n: 3, m: null },
    { klynge: 'Samlet', n: 6, m: 1 },
  ];
  it('compares each count column whose rows all give a number, and skips the others', () => {
    expect(compareTotals(rows, 2, ['n', 'm'])).toEqual([
      { columnId: 'n', stated: 6, sum: 5, agrees: false },
    ]);
  });
});
