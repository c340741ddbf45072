import { describe, expect, it } from 'vitest';
import {
  SORT_KEYS,
  compareNames,
  competitionRanks,
  defaultDirection,
  isSortKey,
  sortCases,
  type RankableCase,
} from '../../../src/catalogue/ranking';

function row(title: string, theory: number, effect = 2): RankableCase {
  const scores = {
    theory: { score: theory },
    effect: { score: effect },
    description: { score: 3 },
    goals: { score: 3 },
    transferability: { score: 3 },
  };
  return { title, scores, total: theory + effect + 9 };
}

const titles = (rows: RankableCase[]) => rows.map((r) => r.title);

describe('Danish collation', () => {
  it('sorts æ, ø and å after z, in that order', () => {
    const sorted = ['Åben', 'Zebra', 'Østerbro', 'Ærø', 'Anden'].sort(compareNames);
    expect(sorted).toEqual(['Anden', 'Zebra', 'Ærø', 'Østerbro', 'Åben']);
  });
  it('treats the double a as å, as Danish does', () => {
    expect(compareNames('Aalborg', 'Zealand')).toBeGreaterThan(0);
  });
});

describe('sortCases', () => {
  const rows = [row('Samblik', 2), row('LIVA', 3), row('BackTrace', 3), row('MinSP', 1)];

  it('sorts by name A-Å by default for the name column', () => {
    expect(titles(sortCases(rows, 'name'))).toEqual(['BackTrace', 'LIVA', 'MinSP', 'Samblik']);
  });
  it('sorts a parameter with the highest score first by default', () => {
    expect(titles(sortCases(rows, 'theory'))).toEqual(['BackTrace', 'LIVA', 'Samblik', 'MinSP']);
  });
  it('sorts a parameter lowest first when asked', () => {
    expect(titles(sortCases(rows, 'theory', 'asc'))).toEqual([
      'MinSP',
      'Samblik',
      'BackTrace',
      'LIVA',
    ]);
  });
  it('breaks ties by name A-Å whatever the direction', () => {
    const desc = sortCases(rows, 'theory', 'desc');
    const asc = sortCases(rows, 'theory', 'asc');
    expect(titles(desc).slice(0, 2)).toEqual(['BackTrace', 'LIVA']);
    expect(titles(asc).slice(2)).toEqual(['BackTrace', 'LIVA']);
  });
  it('sorts by the total', () => {
    const byTotal = sortCases([row('A', 1, 1), row('B', 4, 4), row('C', 2, 2)], 'total');
    expect(titles(byTotal)).toEqual(['B', 'C', 'A']);
  });
  it('is stable: rows that are equal in every way keep their order', () => {
    const first = row('Samme', 2);
    const second = row('Samme', 2);
    const sorted = sortCases([first, second], 'theory');
    expect(sorted[0]).toBe(first);
    expect(sorted[1]).toBe(second);
  });
  it('does not change the array it is given', () => {
    const copy = [...rows];
    sortCases(rows, 'theory');
    expect(rows).toEqual(copy);
  });
  it('sorts Danish names the Danish way', () => {
    const sorted = sortCases([row('Åben', 1), row('Ærø', 1), row('Zebra', 1)], 'name');
    expect(titles(sorted)).toEqual(['Zebra', 'Ærø', 'Åben']);
  });
});

describe('sort keys', () => {
  it('offers name, the five parameters in axis order and the total', () => {
    expect(SORT_KEYS).toEqual([
      'name',
      'theory',
      'effect',
      'description',
      'goals',
      'transferability',
      'total',
    ]);
  });
  it('recognises only known keys', () => {
    expect(isSortKey('effect')).toBe(true);
    expect(isSortKey('constructor')).toBe(false);
    expect(isSortKey(undefined)).toBe(false);
  });
  it('sorts names ascending and scores descending first', () => {
    expect(defaultDirection('name')).toBe('asc');
    expect(defaultDirection('goals')).toBe('desc');
  });
});

describe('competitionRanks', () => {
  it('gives equal scores the same rank and skips the next', () => {
    const rows = sortCases([row('A', 4), row('B', 3), row('C', 3), row('D', 1)], 'theory');
    expect(competitionRanks(rows, 'theory')).toEqual([1, 2, 2, 4]);
  });
  it('numbers rows one by one when sorted by name', () => {
    expect(competitionRanks([row('A', 1), row('B', 1)], 'name')).toEqual([1, 2]);
  });
});
