import { describe, expect, it } from 'vitest';
import {
  MAX_PATHWAY_DOORS,
  areaCounts,
  hasAreaLists,
  pathwaysInArea,
} from '../../../src/pathways/pathway-areas';
import type { DiseaseArea } from '../../../src/schemas/vocabulary';

const pathway = (id: string, ...diseaseAreas: DiseaseArea[]) => ({ id, data: { diseaseAreas } });

describe('hasAreaLists', () => {
  it('offers lists per disease area only beyond the number of doors the home page has', () => {
    expect(hasAreaLists(MAX_PATHWAY_DOORS)).toBe(false);
    expect(hasAreaLists(MAX_PATHWAY_DOORS + 1)).toBe(true);
  });
});

describe('areaCounts', () => {
  const pathways = [
    pathway('a', 'osteoporose', 'muskel-skelet'),
    pathway('b', 'muskel-skelet'),
    pathway('c', 'kraeft'),
  ];

  it('counts the pathways of each area in the vocabulary’s order, leaving out empty areas', () => {
    expect(areaCounts(pathways)).toEqual([
      { area: 'kraeft', label: 'Kræft', count: 1 },
      { area: 'muskel-skelet', label: 'Muskel og skelet', count: 2 },
      { area: 'osteoporose', label: 'Osteoporose', count: 1 },
    ]);
  });
});

describe('pathwaysInArea', () => {
  it('keeps the pathways of the area in the order given, also those in several areas', () => {
    const pathways = [pathway('a', 'osteoporose', 'muskel-skelet'), pathway('b', 'kraeft')];
    expect(pathwaysInArea(pathways, 'muskel-skelet').map((p) => p.id)).toEqual(['a']);
  });
});
