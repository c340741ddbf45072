import { describe, expect, it } from 'vitest';
import { toCaseRecord } from '../../../src/catalogue/case-record';
import { decodeCatalogueIndex, encodeCatalogueIndex } from '../../../src/catalogue/catalogue-index';
import { catalogueIndexJson } from '../../../src/catalogue/views/catalogue-page';
import { caseInput, rubric } from './case-fixture';

const alfa = toCaseRecord(
  'alfa',
  caseInput(
    { title: 'Alfa', regions: ['hovedstaden', 'sjaelland'], nationwide: true },
    [1, 2, 3, 4, 1],
  ),
  '/rehab/cases/alfa/',
  rubric,
);
const bravo = toCaseRecord('bravo', caseInput({ title: 'Bravo' }), '/rehab/cases/bravo/', rubric);
const never = () => false;

describe('the compact catalogue index', () => {
  it('gives back every field the catalogue ranks, filters and shows', () => {
    const [decoded] = decodeCatalogueIndex(
      JSON.parse(encodeCatalogueIndex([alfa], '/rehab/cases/{id}/', never)),
    );
    expect(decoded).toEqual({
      id: 'alfa',
      title: 'Alfa',
      url: '/rehab/cases/alfa/',
      scores: {
        theory: { score: 1 },
        effect: { score: 2 },
        description: { score: 3 },
        goals: { score: 4 },
        transferability: { score: 1 },
      },
      catalogueMarks: [],
      status: alfa.status,
      statusLabel: alfa.statusLabel,
      diseaseAreas: alfa.diseaseAreas,
      diseaseAreasText: alfa.diseaseAreaLabels.join(', '),
      sectors: alfa.sectors,
      sectorsText: alfa.sectorLabels.join(', '),
      regions: ['hovedstaden', 'sjaelland'],
      nationwide: true,
      regionsText: alfa.regionLabels.join(', '),
    });
  });

  it('writes a string shared by several cases once', () => {
    const json = encodeCatalogueIndex([alfa, bravo], '/rehab/cases/{id}/', never);
    expect(json.split(alfa.statusLabel)).toHaveLength(2);
  });

  it('keeps the cells that carry the catalogue mark', () => {
    const json = encodeCatalogueIndex([bravo], '/rehab/cases/{id}/', (_, p) => p === 'goals');
    expect(decodeCatalogueIndex(JSON.parse(json))[0]?.catalogueMarks).toEqual(['goals']);
  });

  it('refuses a case whose address does not follow the template, naming the case', () => {
    expect(() => encodeCatalogueIndex([alfa], '/cases/{id}/', never)).toThrow(
      /«alfa».*\/cases\/alfa\//,
    );
  });

  it('refuses a file of another version instead of misreading it', () => {
    expect(() => decodeCatalogueIndex({ v: 99, u: '', s: [], c: [] })).toThrow(/ukendt format/);
  });

  it('lists the cases in the order of the equal-weight ranking', () => {
    const index = decodeCatalogueIndex(
      JSON.parse(catalogueIndexJson([alfa, bravo], '/rehab/cases/{id}/')),
    );
    expect(index.map((c) => c.id)).toEqual(['bravo', 'alfa']);
  });

  it('marks a catalogue score in a derived column, as the table does', () => {
    const input = caseInput({ title: 'Charlie' });
    input.assessment.effect.provenance = 'catalogue';
    const charlie = toCaseRecord('charlie', input, '/cases/charlie/', rubric);
    const delta = toCaseRecord('delta', caseInput({ title: 'Delta' }), '/cases/delta/', rubric);
    const index = decodeCatalogueIndex(
      JSON.parse(catalogueIndexJson([charlie, delta], '/cases/{id}/')),
    );
    expect(index.find((c) => c.id === 'charlie')?.catalogueMarks).toEqual(['effect']);
  });
});
