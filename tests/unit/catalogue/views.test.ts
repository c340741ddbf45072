import { describe, expect, it } from 'vitest';
import { toCaseRecord } from '../../../src/catalogue/case-record';
import { cataloguePageViews } from '../../../src/catalogue/views/catalogue-page';
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
const links = {
  self: '/cases/',
  rubric: '/r/',
  compare: '/c/',
  csv: '/x.csv',
  json: '/x.json',
  index: '/cases/katalog.json',
};
const firstPage = (...args: Parameters<typeof cataloguePageViews>) =>
  cataloguePageViews(...args)[0]!;

describe('cataloguePageViews', () => {
  const view = firstPage(
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
    const mixed = firstPage(
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
      index: '/cases/katalog.json',
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

describe('a catalogue longer than one page', () => {
  const many = Array.from({ length: 120 }, (_, i) =>
    record(`case-${String(i).padStart(3, '0')}`, [(i % 4) + 1, 2, 2, 2, 2] as [
      number,
      number,
      number,
      number,
      number,
    ]),
  );
  const pages = cataloguePageViews(many, vocabulary, links, 50);

  it('splits the ranking into pages of the page size, in rank order', () => {
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    const ranked = cataloguePageViews(many, vocabulary, links, 1000)[0]!.rows.map((r) => r.id);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(ranked);
  });
  it('keeps each row’s place in the whole ranking on a later page', () => {
    const full = cataloguePageViews(many, vocabulary, links, 1000)[0]!.rows;
    expect(pages[1]!.rows[0]?.placeLabel).toBe(full[50]?.placeLabel);
    expect(pages[2]!.rows.at(-1)?.placeLabel).toBe('delt 91.');
  });
  it('names the index of every case and says which rows a page shows', () => {
    expect(pages[1]!.index).toBe('/cases/katalog.json');
    expect(pages[1]!.status).toMatch(/^Viser nr\. 51-100 af 120 cases i rangordningen\./);
    expect(pages[1]!.documentTitle).toBe('Casekataloget, side 2 af 3');
  });
  it('names no index when every case fits on one page', () => {
    const [only, ...rest] = cataloguePageViews(many.slice(0, 13), vocabulary, links, 50);
    expect(rest).toEqual([]);
    expect(only!.index).toBeNull();
    expect(only!.documentTitle).toBe('Casekataloget');
  });
});

describe('comparePageView for a long catalogue', () => {
  const links = {
    cases: '/cases/',
    self: '/c/',
    caseData: '/d/{id}.json',
    index: '/cases/katalog.json',
  };
  const records = Array.from({ length: 51 }, (_, i) => ({ id: `c${i}`, title: `Case ${i}` }));
  it('lists no cases and names the index for the finder when there are more than the limit', () => {
    const view = comparePageView(records, links, 50);
    expect(view.choices).toEqual([]);
    expect(view.finderIndex).toBe('/cases/katalog.json');
  });
  it('lists every case and offers no finder up to the limit', () => {
    const view = comparePageView(records.slice(0, 50), links, 50);
    expect(view.choices).toHaveLength(50);
    expect(view.finderIndex).toBeNull();
  });
});
