import { describe, expect, it } from 'vitest';
import { drawingOrder, groupBranches } from '../../../src/charts/diagram-branches';

describe('groupBranches', () => {
  it('puts conditions that lead to the same step into one group, in the order listed', () => {
    const groups = groupBranches([
      { condition: 'Kriterium 1', next: 'kommune' },
      { condition: 'Ingen', next: 'privat' },
      { condition: 'Kriterium 2', next: 'kommune' },
    ]);
    expect(groups).toEqual([
      { next: 'kommune', outcome: undefined, conditions: ['Kriterium 1', 'Kriterium 2'] },
      { next: 'privat', outcome: undefined, conditions: ['Ingen'] },
    ]);
  });

  it('keeps branches with different outcomes apart even when they have no next step', () => {
    const groups = groupBranches([
      { condition: 'A', outcome: 'Henvises' },
      { condition: 'B', outcome: 'Afsluttes' },
    ]);
    expect(groups.map((group) => group.conditions)).toEqual([['A'], ['B']]);
  });
});

describe('drawingOrder', () => {
  it('moves the group that continues with the next step to the end', () => {
    const groups = groupBranches([
      { condition: 'Videre', next: 'næste' },
      { condition: 'Ud', outcome: 'Slut' },
    ]);
    expect(drawingOrder(groups, 'næste').map((group) => group.conditions[0])).toEqual([
      'Ud',
      'Videre',
    ]);
  });
});
