import { describe, expect, it } from 'vitest';
import {
  columnIsDerived,
  levelText,
  regionNames,
  toCaseRecord,
} from '../../../src/catalogue/case-record';
import { caseInput, rubric } from './case-fixture';

const record = toCaseRecord('samblik', caseInput({ title: 'Samblik' }), '/cases/samblik/', rubric);

describe('toCaseRecord', () => {
  it('adds up the five scores to the total', () => {
    expect(record.total).toBe(15);
  });
  it('labels the total as derived when any score is derived', () => {
    expect(record.totalProvenance).toBe('derived');
  });
  it('labels the total as the catalogue’s only when every score is', () => {
    const input = caseInput();
    for (const p of Object.values(input.assessment)) p.provenance = 'catalogue';
    expect(toCaseRecord('x', input, '/x/', rubric).totalProvenance).toBe('catalogue');
  });
  it('gives Danish labels for status, disease areas, regions and sectors', () => {
    expect(record.statusLabel).toBe('Pilotprojekt');
    expect(record.diseaseAreaLabels).toEqual(['Diabetes']);
    expect(record.regionLabels).toEqual(['Region Midtjylland']);
    expect(record.sectorLabels).toEqual(['Kommune', 'Sygehus']);
  });
  it('keeps a missing period as null', () => {
    expect(record.period).toBeNull();
  });
  it('carries each score with its deciding words and the rubric level it stands for', () => {
    expect(record.scores.goals).toMatchObject({
      score: 4,
      label: 'Mål',
      evidence: ['ord om goals'],
      basis: 'assessment',
      levelText: 'goals 4',
      provenanceLabel: 'Afledt af dette site',
    });
  });
});

describe('regionNames', () => {
  it('calls a nationwide offer «Hele landet»', () => {
    expect(regionNames({ regions: [], nationwide: true })).toEqual(['Hele landet']);
  });
});

describe('levelText', () => {
  it('reads the level of a score from the rubric, lowest level first', () => {
    expect(levelText(rubric, 'theory', 1)).toBe('theory 1');
  });
  it('names the parameter when the rubric has no such level', () => {
    expect(() => levelText(rubric, 'effect', 9)).toThrow(/niveau 9 for Virkning/);
  });
});

describe('columnIsDerived', () => {
  it('is true when any case has a derived score on the parameter', () => {
    const catalogueOnly = caseInput();
    catalogueOnly.assessment.effect.provenance = 'catalogue';
    const other = toCaseRecord('y', catalogueOnly, '/y/', rubric);
    expect(columnIsDerived([other], 'effect')).toBe(false);
    expect(columnIsDerived([other, record], 'effect')).toBe(true);
  });
});
