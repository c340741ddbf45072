import { describe, expect, it } from 'vitest';
import {
  backLinks,
  formatCell,
  formatNumber,
  groupConsecutiveRows,
  hasGroups,
  rowHeading,
  columnHeading,
} from '../../../src/pathways/table-model';

describe('groupConsecutiveRows', () => {
  it('puts consecutive rows with the same group together, in order', () => {
    const rows = [
      { id: 1, group: 'Region Nordjylland' },
      { id: 2, group: 'Region Nordjylland' },
      { id: 3, group: 'Region Midtjylland' },
    ];
    expect(groupConsecutiveRows(rows).map((g) => [g.group, g.rows.map((r) => r.id)])).toEqual([
      ['Region Nordjylland', [1, 2]],
      ['Region Midtjylland', [3]],
    ]);
  });

  it('starts a new run when a group comes back after another one', () => {
    const rows = [{ group: 'A' }, { group: 'B' }, { group: 'A' }];
    expect(groupConsecutiveRows(rows).map((g) => g.group)).toEqual(['A', 'B', 'A']);
  });

  it('keeps rows without a group in one run without a heading', () => {
    expect(groupConsecutiveRows([{}, {}])).toEqual([{ group: undefined, rows: [{}, {}] }]);
  });
});

describe('hasGroups', () => {
  it('is true only when some row has a group', () => {
    expect(hasGroups([{}, { group: 'A' }])).toBe(true);
    expect(hasGroups([{}, {}])).toBe(false);
  });
});

describe('rowHeading', () => {
  const names = (id: string) => ({ sygehus: 'Sygehus' })[id] ?? id;
  it('uses the row’s own label first', () => {
    expect(rowHeading({ label: 'Kommunalt sundhedstilbud', actor: { id: 'kommune' } }, names)).toBe(
      'Kommunalt sundhedstilbud',
    );
  });
  it('falls back to the actor’s name', () => {
    expect(rowHeading({ actor: { id: 'sygehus' } }, names)).toBe('Sygehus');
  });
});

describe('backLinks', () => {
  it('lists, for each table, the pathways that relate to it in pathway order', () => {
    const pathways = [
      { id: 'kraeft', data: { title: 'Kræft', relatedTables: [{ id: 't1' }, { id: 't2' }] } },
      { id: 'knae', data: { title: 'Knæ', relatedTables: [{ id: 't2' }] } },
    ];
    const links = backLinks(pathways, (p) => p.data.relatedTables);
    expect(links.get('t1')).toEqual([{ id: 'kraeft', title: 'Kræft' }]);
    expect(links.get('t2')?.map((l) => l.id)).toEqual(['kraeft', 'knae']);
    expect(links.get('t3')).toBeUndefined();
  });

  it('lists a pathway once even when it names a table twice', () => {
    const pathways = [{ id: 'p', data: { title: 'P', relatedTables: [{ id: 't' }, { id: 't' }] } }];
    expect(backLinks(pathways, (p) => p.data.relatedTables).get('t')).toHaveLength(1);
  });
});

describe('Danish numbers', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(14053)).toBe('14.053');
  });
  it('writes decimals with a comma and keeps every decimal the source gives', () => {
    expect(formatNumber(13.2)).toBe('13,2');
    expect(formatNumber(28.15)).toBe('28,15');
  });
  it('shows a missing value as «ikke oplyst»', () => {
    expect(formatCell(null, 'count', 'ikke oplyst')).toBe('ikke oplyst');
    expect(formatCell(undefined, 'text', 'ikke oplyst')).toBe('ikke oplyst');
  });
  it('formats numbers in number columns and leaves text as it is', () => {
    expect(formatCell(2798, 'count', '-')).toBe('2.798');
    expect(formatCell('60-74', 'text', '-')).toBe('60-74');
  });
});

describe('columnHeading', () => {
  it('adds the unit in parentheses', () => {
    expect(columnHeading('Andel', 'pct.')).toBe('Andel (pct.)');
  });

  it('leaves out a unit the label already says', () => {
    expect(columnHeading('Antal', 'antal')).toBe('Antal');
    expect(columnHeading('Antal deltagere', 'antal')).toBe('Antal deltagere');
  });

  it('leaves a label without a unit as it is', () => {
    expect(columnHeading('Alder')).toBe('Alder');
  });
});
