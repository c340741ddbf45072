import { describe, expect, it } from 'vitest';
import {
  SORT_KEYS,
  compareNames,
  places,
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
  return { title, scores };
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
  it('ranks by the sum of the five scores, highest first', () => {
    const byRank = sortCases([row('A', 1, 1), row('B', 4, 4), row('C', 2, 2)], 'rank');
    expect(titles(byRank)).toEqual(['B', 'C', 'A']);
  });
  it('ranks by the weighted sum when the planner sets weights', () => {
    const rows = [row('Teori', 4, 1), row('Virkning', 1, 3)];
    expect(titles(sortCases(rows, 'rank'))).toEqual(['Teori', 'Virkning']);
    const weights = { theory: 0, effect: 3, description: 1, goals: 1, transferability: 1 };
    expect(titles(sortCases(rows, 'rank', 'desc', weights))).toEqual(['Virkning', 'Teori']);
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
  it('offers the ranking, the name and the five parameters in axis order', () => {
    expect(SORT_KEYS).toEqual([
      'rank',
      'name',
      'theory',
      'effect',
      'description',
      'goals',
      'transferability',
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

describe('places', () => {
  it('gives equal sums a shared place and skips the places they take', () => {
    const rows = sortCases([row('A', 4), row('B', 3), row('C', 3), row('D', 1)], 'rank');
    expect(places(rows)).toEqual([
      { place: 1, shared: false },
      { place: 2, shared: true },
      { place: 2, shared: true },
      { place: 4, shared: false },
    ]);
  });
  it('works out places for rows in any order', () => {
    expect(places([row('D', 1), row('A', 4)]).map((p) => p.place)).toEqual([2, 1]);
  });
  it('shares places by the weighted sum when weights are given', () => {
    const weights = { theory: 0, effect: 1, description: 1, goals: 1, transferability: 1 };
    expect(places([row('A', 4), row('B', 1)], weights)).toEqual([
      { place: 1, shared: true },
      { place: 1, shared: true },
    ]);
  });
});
