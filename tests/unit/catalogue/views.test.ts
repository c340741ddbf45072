import { describe, expect, it } from 'vitest';
import { toCaseRecord } from '../../../src/catalogue/case-record';
import { cataloguePageView } from '../../../src/catalogue/views/catalogue-page';
import { casePageView } from '../../../src/catalogue/views/case-page';
import { comparePageView } from '../../../src/catalogue/views/compare-page';
import { rubricPageView } from '../../../src/catalogue/views/rubric-page';
import { caseDataJson, sourceLabel } from '../../../src/catalogue/views/downloads';
import { catalogueStatus } from '../../../src/catalogue/catalogue-status';
import { EQUAL_WEIGHTS } from '../../../src/catalogue/weights';
import { NATIONWIDE, type FilterVocabulary } from '../../../src/catalogue/case-filters';
import { CASE_STATUSES, caseSectionsSchema } from '../../../src/schemas/case';
import { DISEASE_AREAS, REGIONS, SECTORS } from '../../../src/schemas/vocabulary';
import { caseInput, rubric } from './case-fixture';

const record = (id: string, scores: [number, number, number, number, number]) =>
  toCaseRecord(id, caseInput({ title: id }, scores), `/cases/${id}/`, rubric);

const vocabulary: FilterVocabulary = {
  diseaseAreas: DISEASE_AREAS,
  sectors: SECTORS,
  regions: [...REGIONS, NATIONWIDE],
  statuses: CASE_STATUSES,
};
const links = { self: '/cases/', rubric: '/r/', compare: '/c/', csv: '/x.csv', json: '/x.json' };

describe('cataloguePageView', () => {
  const view = cataloguePageView(
    [
      record('Bravo', [3, 3, 3, 3, 3]),
      record('Alfa', [3, 3, 3, 3, 3]),
      record('Charlie', [4, 4, 4, 4, 4]),
    ],
    vocabulary,
    links,
  );
  it('ranks by the sum, highest first, with names A-Å within a tie', () => {
    expect(view.rows.map((r) => r.title)).toEqual(['Charlie', 'Alfa', 'Bravo']);
  });
  it('shows a shared place as «delt 2.»', () => {
    expect(view.rows.map((r) => r.placeLabel)).toEqual(['1.', 'delt 2.', 'delt 2.']);
  });
  it('marks a column of derived scores once, in its heading, and not in its cells', () => {
    expect(view.columns.map((c) => c.mark)).toEqual(Array(5).fill('afledt'));
    expect(view.rows.flatMap((r) => r.scores).every((cell) => cell.mark === null)).toBe(true);
    expect(view.totalMark).toBe('afledt');
  });
  it('marks a catalogue score in a derived column in its cell', () => {
    const input = caseInput({ title: 'Delta' });
    input.assessment.effect.provenance = 'catalogue';
    const mixed = cataloguePageView(
      [toCaseRecord('delta', input, '/d/', rubric), record('Echo', [1, 1, 1, 1, 1])],
      vocabulary,
      links,
    );
    expect(mixed.rows[0]?.scores[1]?.mark).toBe('katalogets');
  });
  it('writes what the browser needs into data attributes', () => {
    expect(view.rows[0]?.attrs).toMatchObject({
      'data-case-id': 'Charlie',
      'data-scores': '4 4 4 4 4',
      'data-regions': 'midtjylland',
    });
  });
  it('offers a weight from 0 to 3 for every parameter, equal weight chosen', () => {
    expect(view.weights).toHaveLength(5);
    expect(view.weights[0]?.options.map((o) => o.value)).toEqual(['0', '1', '2', '3']);
    expect(view.weights[0]?.options.find((o) => o.selected)?.value).toBe('1');
  });
});

describe('catalogueStatus', () => {
  it('says how many cases are shown and how they are ranked', () => {
    expect(catalogueStatus(3, 13, 'rank', 'desc', EQUAL_WEIGHTS)).toBe(
      'Viser 3 af 13 cases. Sorteret efter plads, plads 1 først.',
    );
  });
  it('lists the weights when they are not all equal', () => {
    expect(catalogueStatus(13, 13, 'effect', 'desc', { ...EQUAL_WEIGHTS, effect: 3 })).toMatch(
      /Sorteret efter virkning, højeste først\. Vægte: Teori og viden 1, Virkning 3/,
    );
  });
});

describe('casePageView', () => {
  const input = caseInput({ title: 'Samblik' });
  input.assessment.effect.basis = 'case-text';
  input.assessment.effect.evidence = ['første ord', 'andet ord'];
  const view = casePageView({
    record: toCaseRecord('samblik', input, '/cases/samblik/', rubric),
    sections: Object.fromEntries(
      Object.keys(caseSectionsSchema.shape).map((k) => [k, `Tekst ${k}`]),
    ) as Parameters<typeof casePageView>[0]['sections'],
    citations: [],
    sourceDate: { date: new Date('2020-01-01'), precision: 'year' },
    today: new Date('2026-11-23'),
    casesHref: '/cases/',
    rubricHref: '/r/',
    pathways: [],
  });
  it('puts the deciding words in quotation marks beside every score', () => {
    const effect = view.assessment.items.find((i) => i.parameter === 'effect');
    expect(effect?.evidenceText).toBe('«første ord» … «andet ord»');
    expect(effect?.levelLabel).toBe('Niveau 3 i vurderingsnøglen');
    expect(effect?.levelText).toBe('effect 3');
  });
  it('says when the case text settled a score, and only then', () => {
    const notes = view.assessment.items.map((i) => i.basisNote !== null);
    expect(notes).toEqual([false, true, false, false, false]);
  });
  it('warns that a catalogue more than five years old may be out of date', () => {
    expect(view.currency?.heading).toBe('Oplysningerne kan være forældede');
  });
  it('leaves related pathways out of the contents when there are none', () => {
    expect(view.toc.map((t) => t.id)).not.toContain('relaterede-forloeb');
  });
});

describe('comparePageView', () => {
  it('lists the cases to choose from and embeds no case data', () => {
    const view = comparePageView([{ id: 'liva', title: 'LIVA' }], {
      cases: '/cases/',
      self: '/c/',
      caseData: '/cases/data/{id}.json',
    });
    expect(view.choices).toEqual([{ id: 'liva', title: 'LIVA', inputId: 'choose-liva' }]);
    expect(Object.keys(view.choices[0] ?? {})).toEqual(['id', 'title', 'inputId']);
  });
});

describe('rubricPageView', () => {
  it('gives each parameter its levels from the rubric content, lowest first', () => {
    const view = rubricPageView(rubric, undefined, {
      cases: '/cases/',
      source: (id) => `/k/${id}/`,
    });
    expect(view.parameters[1]?.levels).toEqual([
      { score: 1, text: 'effect 1' },
      { score: 2, text: 'effect 2' },
      { score: 3, text: 'effect 3' },
      { score: 4, text: 'effect 4' },
    ]);
    expect(view.rule).toEqual(['Vurderingen afgør.']);
    expect(view.citations).toEqual([]);
  });
});

describe('downloads', () => {
  it('serves one case’s record as JSON for the comparison', () => {
    const data = JSON.parse(caseDataJson(record('liva', [1, 2, 3, 4, 4])));
    expect(data.scores.goals.score).toBe(4);
  });
  it('names the source with publisher and date', () => {
    expect(sourceLabel({ title: 'Bilag', publisher: 'Rambøll' }, '2022')).toBe(
      'Bilag (Rambøll, 2022)',
    );
  });
});
