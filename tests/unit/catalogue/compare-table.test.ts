import { describe, expect, it } from 'vitest';
import {
  differs,
  factRows,
  rationaleRows,
  scoreRows,
  type CompareCase,
} from '../../../src/catalogue/compare-table';
import { toCaseRecord } from '../../../src/catalogue/case-export';
import { caseInput } from './case-fixture';

function compareCase(
  id: string,
  scores: [number, number, number, number, number],
  status: 'pilot' | 'drift',
): CompareCase {
  const input = caseInput({ title: id, status }, scores);
  return {
    ...toCaseRecord(id, input, `/cases/${id}/`),
    targetGroup: 'Borgere med type 2-diabetes',
    organisations: ['Region Midtjylland'],
    assessment: input.assessment,
  };
}

const a = compareCase('a', [2, 3, 3, 4, 3], 'pilot');
const b = compareCase('b', [2, 4, 3, 4, 3], 'drift');

describe('differs', () => {
  it('is false when all values are equal and true otherwise', () => {
    expect(differs(['3', '3'])).toBe(false);
    expect(differs([3, '4'])).toBe(true);
  });
});

describe('comparison rows', () => {
  it('has one score row per parameter in axis order, then the total', () => {
    expect(scoreRows([a, b]).map((r) => r.key)).toEqual([
      'theory',
      'effect',
      'description',
      'goals',
      'transferability',
      'total',
    ]);
  });
  it('marks the rows where the scores differ', () => {
    const rows = scoreRows([a, b]);
    expect(rows.filter((r) => r.different).map((r) => r.key)).toEqual(['effect', 'total']);
  });
  it('carries each score’s provenance into its cell', () => {
    expect(scoreRows([a, b])[0]?.cells[0]).toEqual({ text: '2', provenance: 'derived' });
  });
  it('marks differing key facts and leaves equal ones unmarked', () => {
    const rows = factRows([a, b]);
    expect(rows.find((r) => r.key === 'status')?.different).toBe(true);
    expect(rows.find((r) => r.key === 'targetGroup')?.different).toBe(false);
    expect(rows.find((r) => r.key === 'period')?.cells[0]?.text).toBe('Ikke oplyst i kataloget');
  });
  it('shows the catalogue’s assessment and the rationale side by side without marking them', () => {
    const rows = rationaleRows([a, b]);
    expect(rows).toHaveLength(5);
    expect(rows[0]?.cells[0]).toMatchObject({
      text: 'Katalogets vurdering.',
      detail: 'Begrundelse.',
    });
    expect(rows.every((r) => !r.different)).toBe(true);
  });
});
