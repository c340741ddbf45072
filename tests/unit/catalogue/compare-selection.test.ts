import { describe, expect, it } from 'vitest';
import {
  MAX_SELECTED,
  parseCompareSelection,
  readIdsParam,
  selectionQuery,
} from '../../../src/catalogue/compare-selection';

const KNOWN = ['samblik', 'liva', 'v4m', 'minsp', 'backtrace', 'viosklinikken'];

describe('readIdsParam', () => {
  it('reads comma-separated ids', () => {
    expect(readIdsParam('?ids=samblik,liva')).toEqual(['samblik', 'liva']);
  });
  it('reads repeated ids, as a GET form with checkboxes sends them', () => {
    expect(readIdsParam('ids=samblik&ids=liva')).toEqual(['samblik', 'liva']);
  });
  it('drops empty pieces and surrounding spaces', () => {
    expect(readIdsParam('ids=,samblik,, liva ,')).toEqual(['samblik', 'liva']);
  });
  it('reads nothing when there is no ids parameter', () => {
    expect(readIdsParam('?q=x')).toEqual([]);
  });
});

describe('parseCompareSelection', () => {
  it('accepts two known ids without messages', () => {
    const selection = parseCompareSelection(['samblik', 'liva'], KNOWN);
    expect(selection.ids).toEqual(['samblik', 'liva']);
    expect(selection.messages).toEqual([]);
  });
  it('says nothing when nothing was asked for', () => {
    const selection = parseCompareSelection([], KNOWN);
    expect(selection).toMatchObject({ ids: [], tooFew: false, messages: [] });
  });
  it('removes duplicates and says so', () => {
    const selection = parseCompareSelection(['samblik', 'liva', 'samblik'], KNOWN);
    expect(selection.ids).toEqual(['samblik', 'liva']);
    expect(selection.duplicates).toBe(true);
    expect(selection.messages.join(' ')).toMatch(/kun én gang/);
  });
  it('matches ids regardless of case', () => {
    expect(parseCompareSelection(['SAMBLIK', 'Liva'], KNOWN).ids).toEqual(['samblik', 'liva']);
  });
  it('names unknown ids as text in a Danish message', () => {
    const selection = parseCompareSelection(['samblik', 'findes-ikke', 'liva'], KNOWN);
    expect(selection.ids).toEqual(['samblik', 'liva']);
    expect(selection.unknown).toEqual(['findes-ikke']);
    expect(selection.messages[0]).toBe(
      'Denne case findes ikke i kataloget: «findes-ikke». Vælg blandt casene i listen.',
    );
  });
  it('keeps a hostile id as plain text and never as a known case', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const selection = parseCompareSelection([hostile, 'samblik'], KNOWN);
    expect(selection.ids).toEqual(['samblik']);
    expect(selection.unknown).toEqual([hostile]);
    expect(selection.tooFew).toBe(true);
    expect(selection.messages[0]).toContain(hostile);
  });
  it('shortens a very long unknown id and lists at most five', () => {
    const long = 'x'.repeat(500);
    const selection = parseCompareSelection([long, 'a', 'b', 'c', 'd', 'e', 'f'], KNOWN);
    expect(selection.unknown[0]).toBe(`${'x'.repeat(40)}…`);
    expect(selection.messages[0]).toMatch(/og 2 til\./);
  });
  it('refuses more than four cases instead of dropping some, and keeps the reader’s choice', () => {
    const selection = parseCompareSelection(KNOWN, KNOWN);
    expect(KNOWN.length).toBeGreaterThan(MAX_SELECTED);
    expect(selection.ids).toEqual([]);
    expect(selection.chosen).toEqual(KNOWN);
    expect(selection.tooMany).toBe(true);
    expect(selection.tooFew).toBe(false);
    expect(selection.messages[0]).toMatch(/højst sammenlignes 4 ad gangen\. Dine valg er bevaret/);
  });
  it('asks for at least two cases when only one is known', () => {
    const selection = parseCompareSelection(['samblik'], KNOWN);
    expect(selection.tooFew).toBe(true);
    expect(selection.messages).toEqual(['Vælg mindst 2 cases for at sammenligne.']);
  });
});

describe('selectionQuery', () => {
  it('writes the ids comma-separated', () => {
    expect(selectionQuery(['samblik', 'liva'])).toBe('ids=samblik,liva');
  });
});
