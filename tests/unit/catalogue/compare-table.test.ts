import { describe, expect, it } from 'vitest';
import {
  evidenceRows,
  extremeLabel,
  factRows,
  markExtremes,
  scoreRows,
} from '../../../src/catalogue/compare-table';
import { toCaseRecord } from '../../../src/catalogue/case-record';
import { caseInput, rubric } from './case-fixture';

const record = (id: string, scores: [number, number, number, number, number]) =>
  toCaseRecord(id, caseInput({ title: id }, scores), `/cases/${id}/`, rubric);

const a = record('a', [2, 3, 3, 4, 1]);
const b = record('b', [2, 4, 3, 4, 3]);
const c = record('c', [3, 4, 1, 4, 2]);

describe('markExtremes', () => {
  it('marks nothing when the scores are less than two points apart', () => {
    expect(markExtremes([2, 3, 3])).toEqual({
      notable: false,
      extremes: [undefined, undefined, undefined],
    });
  });
  it('marks the highest and lowest when they are two points or more apart', () => {
    expect(markExtremes([1, 3, 2])).toEqual({
      notable: true,
      extremes: ['lowest', 'highest', undefined],
    });
  });
});

describe('scoreRows', () => {
  const rows = scoreRows([a, b, c]);
  it('has one row per parameter in axis order and the sum last', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'theory',
      'effect',
      'description',
      'goals',
      'transferability',
      'total',
    ]);
  });
  it('points out only the rows where the cases are two or more points apart', () => {
    expect(rows.filter((r) => r.notable).map((r) => r.key)).toEqual([
      'description',
      'transferability',
      'total',
    ]);
  });
  it('says in words which case is highest and which lowest in such a row', () => {
    const row = rows.find((r) => r.key === 'transferability');
    expect(row?.cells.map((cell) => cell.extreme)).toEqual(['lowest', 'highest', undefined]);
    expect(extremeLabel('highest')).toBe('højest');
  });
});

describe('evidenceRows', () => {
  it('quotes the deciding words and names the rubric level of each case’s score', () => {
    const row = evidenceRows([a, b]).find((r) => r.key === 'effect');
    expect(row?.cells[0]).toMatchObject({
      text: '«ord om effect»',
      detail: 'Niveau 3 i vurderingsnøglen: effect 3',
    });
    expect(row?.cells[1]?.detail).toBe('Niveau 4 i vurderingsnøglen: effect 4');
  });
  it('says so when the case text, not the written assessment, settled a score', () => {
    const input = caseInput({ title: 'd' });
    input.assessment.effect.basis = 'case-text';
    const d = toCaseRecord('d', input, '/cases/d/', rubric);
    const cell = evidenceRows([a, d]).find((r) => r.key === 'effect')?.cells[1];
    expect(cell?.note).toMatch(/casebeskrivelsen afgjort scoren/);
  });
});

describe('factRows', () => {
  it('shows the facts side by side without calling every wording a difference', () => {
    const rows = factRows([a, b]);
    expect(rows.map((r) => r.key)).toContain('status');
    expect(rows.every((r) => !r.notable)).toBe(true);
  });
});
