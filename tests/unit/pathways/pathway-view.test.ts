import { describe, expect, it } from 'vitest';
import {
  actorIdsOf,
  asSentence,
  relatedCasesByPathway,
  scopeText,
  stepAnchor,
  tabTitle,
  TAB_TITLE_MAX,
} from '../../../src/pathways/pathway-view';

const steps = [
  {
    id: 'vurdering',
    title: 'Behovsvurdering',
    phase: 'udredning' as const,
    actors: [{ id: 'sygehus' }, { id: 'patient' }],
    branches: [{ condition: 'Behov', next: 'kommune' }],
  },
  {
    id: 'kommune',
    title: 'Kommunal rehabilitering',
    phase: 'rehabilitering' as const,
    actors: [{ id: 'kommune' }, { id: 'sygehus' }],
    branches: [],
  },
];

describe('pathway view helpers', () => {
  it('gives each step an anchor that starts with «trin-»', () => {
    expect(stepAnchor('vurdering')).toBe('trin-vurdering');
  });

  it('lists each actor once, in order of first mention', () => {
    expect(actorIdsOf(steps)).toEqual(['sygehus', 'patient', 'kommune']);
  });

  it('finds related cases from both sides, once each, sorted by title', () => {
    const pathways = [{ id: 'kraeft', data: { relatedCases: [{ id: 'samblik' }] } }];
    const cases = [
      { id: 'samblik', data: { title: 'Samblik', relatedPathways: [{ id: 'kraeft' }] } },
      { id: 'andet', data: { title: 'Andet', relatedPathways: [] } },
      { id: 'livsstil', data: { title: 'Liva', relatedPathways: [{ id: 'kraeft' }] } },
    ];
    const related = relatedCasesByPathway(pathways, cases);
    expect(related.get('kraeft')?.map((c) => c.id)).toEqual(['livsstil', 'samblik']);
  });

  it('gives a pathway without related cases an empty list', () => {
    const pathways = [
      { id: 'kraeft', data: { relatedCases: [{ id: 'samblik' }] } },
      { id: 'knae', data: { relatedCases: [] } },
    ];
    const cases = [{ id: 'samblik', data: { title: 'Samblik', relatedPathways: [] } }];
    expect(relatedCasesByPathway(pathways, cases).get('knae')).toEqual([]);
  });

  it('sorts related cases by Danish title order, with æ, ø and å last', () => {
    const pathways = [{ id: 'p', data: { relatedCases: [] } }];
    const cases = ['Åben', 'Ølund', 'Zeta', 'Æble'].map((title) => ({
      id: title,
      data: { title, relatedPathways: [{ id: 'p' }] },
    }));
    expect(
      relatedCasesByPathway(pathways, cases)
        .get('p')
        ?.map((c) => c.id),
    ).toEqual(['Zeta', 'Æble', 'Ølund', 'Åben']);
  });

  it('keeps the browser tab title within 70 characters once the site name is added', () => {
    const title = tabTitle(
      'Specialiseret palliation (hospice og palliative teams) og meget mere tekst',
    );
    expect(`${title} – Rehabiliteringsforløb`.length).toBeLessThanOrEqual(70);
    expect(TAB_TITLE_MAX).toBe(70 - ' – Rehabiliteringsforløb'.length);
  });

  it('writes the scope alone for a national pathway and with the region for a regional one', () => {
    expect(scopeText('national', undefined)).toBe('Nationalt');
    expect(scopeText('regional', 'sjaelland')).toBe('Regionalt, Region Sjælland');
  });

  it('ends a condition with exactly one full stop', () => {
    expect(asSentence('Behovet er afklaret')).toBe('Behovet er afklaret.');
    expect(asSentence('Behovet er afklaret.')).toBe('Behovet er afklaret.');
    expect(asSentence('Er behovet afklaret?')).toBe('Er behovet afklaret?');
  });
});
