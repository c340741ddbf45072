import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  NATIONWIDE,
  NO_FILTERS,
  availableValues,
  filterCases,
  matchesFilters,
  parseCatalogueState,
  serializeCatalogueState,
  type FilterVocabulary,
  type FilterableCase,
} from '../../../src/catalogue/case-filters';
import { EQUAL_WEIGHTS } from '../../../src/catalogue/weights';
import { CASE_STATUSES } from '../../../src/schemas/case';
import { DISEASE_AREAS, REGIONS, SECTORS } from '../../../src/schemas/vocabulary';

const ALL: FilterVocabulary = {
  diseaseAreas: DISEASE_AREAS,
  sectors: SECTORS,
  regions: [...REGIONS, NATIONWIDE],
  statuses: CASE_STATUSES,
};

const samblik: FilterableCase & { id: string } = {
  id: 'samblik',
  diseaseAreas: ['diabetes', 'kol'],
  sectors: ['sygehus', 'kommune', 'almen-praksis'],
  regions: ['midtjylland'],
  nationwide: false,
  status: 'pilot',
};
const national: FilterableCase & { id: string } = {
  id: 'national',
  diseaseAreas: ['kraeft'],
  sectors: ['civilsamfund'],
  regions: [],
  nationwide: true,
  status: 'drift',
};
const liva: FilterableCase & { id: string } = {
  id: 'liva',
  diseaseAreas: ['kronisk-sygdom'],
  sectors: ['kommune', 'borger'],
  regions: ['nordjylland'],
  nationwide: false,
  status: 'drift',
};
const rows = [samblik, national, liva];
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('matchesFilters', () => {
  it('lets every case through when no filter is set', () => {
    expect(ids(filterCases(rows, NO_FILTERS))).toEqual(['samblik', 'national', 'liva']);
  });
  it('keeps the cases with the chosen disease area among their areas', () => {
    expect(ids(filterCases(rows, { ...NO_FILTERS, diseaseArea: 'kol' }))).toEqual(['samblik']);
  });
  it('keeps the cases a chosen sector takes part in', () => {
    expect(ids(filterCases(rows, { ...NO_FILTERS, sector: 'kommune' }))).toEqual([
      'samblik',
      'liva',
    ]);
  });
  it('keeps the cases in a chosen region and leaves out nationwide ones', () => {
    expect(ids(filterCases(rows, { ...NO_FILTERS, region: 'nordjylland' }))).toEqual(['liva']);
  });
  it('keeps only nationwide cases for «hele landet»', () => {
    expect(ids(filterCases(rows, { ...NO_FILTERS, region: NATIONWIDE }))).toEqual(['national']);
  });
  it('keeps the cases with the chosen status', () => {
    expect(ids(filterCases(rows, { ...NO_FILTERS, status: 'drift' }))).toEqual([
      'national',
      'liva',
    ]);
  });
  it('requires every active filter to match', () => {
    expect(matchesFilters(liva, { ...NO_FILTERS, sector: 'kommune', status: 'pilot' })).toBe(false);
  });
});

describe('availableValues', () => {
  it('offers only values that occur, in the vocabulary order', () => {
    const available = availableValues(rows, ALL);
    expect(available.diseaseAreas).toEqual(['kraeft', 'diabetes', 'kol', 'kronisk-sygdom']);
    expect(available.statuses).toEqual(['pilot', 'drift']);
    expect(available.regions).toEqual(['midtjylland', 'nordjylland', NATIONWIDE]);
  });
  it('leaves out «hele landet» when no case is nationwide', () => {
    expect(availableValues([samblik], ALL).regions).toEqual(['midtjylland']);
  });
});

describe('catalogue state in the URL', () => {
  it('reads an empty query as the default state', () => {
    expect(parseCatalogueState('', ALL)).toEqual(DEFAULT_STATE);
  });
  it('reads filters and sorting from Danish parameter names', () => {
    const state = parseCatalogueState(
      '?sygdomsomraade=diabetes&sektor=kommune&region=hele-landet&status=pilot&sorter=virkning',
      ALL,
    );
    expect(state).toEqual({
      filters: { diseaseArea: 'diabetes', sector: 'kommune', region: NATIONWIDE, status: 'pilot' },
      sort: 'effect',
      direction: 'desc',
      weights: EQUAL_WEIGHTS,
    });
  });
  it('reads the planner’s weights from the same query', () => {
    const state = parseCatalogueState('vaegt-virkning=3&vaegt-maal=0', ALL);
    expect(state.weights).toEqual({ ...EQUAL_WEIGHTS, effect: 3, goals: 0 });
  });
  it('ignores unknown and hostile values', () => {
    const state = parseCatalogueState(
      'sygdomsomraade=<script>&sektor=hospital&sorter=__proto__&retning=op',
      ALL,
    );
    expect(state).toEqual(DEFAULT_STATE);
  });
  it('ignores a value the page does not offer', () => {
    const state = parseCatalogueState('region=sjaelland', { ...ALL, regions: ['midtjylland'] });
    expect(state.filters.region).toBeNull();
  });
  it('writes the default state as an empty query', () => {
    expect(serializeCatalogueState(DEFAULT_STATE)).toBe('');
  });
  it('leaves out the direction when it is the column’s default', () => {
    expect(serializeCatalogueState({ ...DEFAULT_STATE, sort: 'effect', direction: 'desc' })).toBe(
      'sorter=virkning',
    );
  });
  it('writes a reversed ranking with its direction', () => {
    expect(serializeCatalogueState({ ...DEFAULT_STATE, direction: 'asc' })).toBe(
      'sorter=plads&retning=stigende',
    );
  });
  it('keeps only the weights that differ from equal weights in the address', () => {
    expect(
      serializeCatalogueState({ ...DEFAULT_STATE, weights: { ...EQUAL_WEIGHTS, effect: 3 } }),
    ).toBe('vaegt-virkning=3');
  });
  it('reads back what it writes', () => {
    const state = {
      filters: { diseaseArea: 'kol', sector: null, region: 'midtjylland', status: 'drift' },
      sort: 'goals',
      direction: 'asc',
      weights: { ...EQUAL_WEIGHTS, theory: 0, transferability: 2 },
    } as const;
    expect(parseCatalogueState(serializeCatalogueState(state), ALL)).toEqual(state);
  });
});
