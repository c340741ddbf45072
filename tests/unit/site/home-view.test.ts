import { describe, expect, it } from 'vitest';
import { MAX_PATHWAY_DOORS } from '../../../src/pathways/pathway-areas';
import { buildHomeView, splitPathwayTitle } from '../../../src/site/home-view';

describe('splitPathwayTitle', () => {
  it('splits the condition from what the pathway covers', () => {
    expect(splitPathwayTitle('Kræft: rehabilitering og palliation')).toEqual({
      condition: 'Kræft',
      detail: 'Rehabilitering og palliation',
    });
  });

  it('keeps a title without a colon whole, as the condition', () => {
    expect(splitPathwayTitle('Knæartrose')).toEqual({ condition: 'Knæartrose', detail: '' });
  });
});

describe('buildHomeView', () => {
  const view = buildHomeView({
    pathways: [
      {
        id: 'kraeft',
        data: { title: 'Kræft: rehabilitering', scope: 'national', diseaseAreas: ['kraeft'] },
      },
      {
        id: 'knae',
        data: {
          title: 'Knæartrose: træning',
          scope: 'regional',
          region: 'nordjylland',
          diseaseAreas: ['muskel-skelet'],
        },
      },
    ],
    cases: 13,
    responsibilities: 3,
    actors: 15,
    sources: 5,
  });

  it('gives one door per pathway, in the order given, linking to the pathway', () => {
    expect(view.doors.map((door) => [door.condition, door.href])).toEqual([
      ['Kræft', '/forloeb/kraeft/'],
      ['Knæartrose', '/forloeb/knae/'],
    ]);
  });

  it('says where each pathway applies', () => {
    expect(view.doors.map((door) => door.scope)).toEqual([
      'Nationalt',
      'Regionalt, Region Nordjylland',
    ]);
  });

  it('offers the catalogue with its number of cases', () => {
    expect(view.catalogueLink).toEqual({ href: '/cases/', text: 'Se casekataloget (13 cases)' });
  });

  it('counts the source documents in the words about trust', () => {
    expect(view.trustText).toContain('5 offentlige dokumenter');
  });
});

describe('buildHomeView with more pathways than doors', () => {
  const pathways = Array.from({ length: MAX_PATHWAY_DOORS + 1 }, (_, i) => ({
    id: `p-${i}`,
    data: {
      title: `Forløb ${i}`,
      scope: 'national' as const,
      diseaseAreas: i < 3 ? (['kraeft'] as const) : (['diabetes'] as const),
    },
  }));
  const view = buildHomeView({ pathways, cases: 0, responsibilities: 0, actors: 0, sources: 5 });

  it('gives one door per disease area with its number of pathways, linking its list', () => {
    expect(view.doors).toEqual([
      { href: '/forloeb/omraade/kraeft/', condition: 'Kræft', detail: '3 forløb' },
      { href: '/forloeb/omraade/diabetes/', condition: 'Diabetes', detail: '6 forløb' },
    ]);
  });
});

describe('buildHomeView with as many pathways as doors', () => {
  const pathways = Array.from({ length: MAX_PATHWAY_DOORS }, (_, i) => ({
    id: `p-${i}`,
    data: { title: `Forløb ${i}`, scope: 'national' as const, diseaseAreas: ['kraeft' as const] },
  }));
  const view = buildHomeView({ pathways, cases: 0, responsibilities: 0, actors: 0, sources: 5 });

  it('still gives one door per pathway', () => {
    expect(view.doors.map((door) => door.href)).toEqual(
      pathways.map((pathway) => `/forloeb/${pathway.id}/`),
    );
  });
});
