import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import CaseFacts from '../../../src/components/case/CaseFacts.astro';
import CaseAssessment from '../../../src/components/case/CaseAssessment.astro';
import CaseScoresTable from '../../../src/components/case/CaseScoresTable.astro';
import { toCaseRecord } from '../../../src/catalogue/case-record';
import { casePageView } from '../../../src/catalogue/views/case-page';
import { cataloguePageViews } from '../../../src/catalogue/views/catalogue-page';
import { NATIONWIDE } from '../../../src/catalogue/case-filters';
import { CASE_STATUSES, caseSectionsSchema } from '../../../src/schemas/case';
import { DISEASE_AREAS, REGIONS, SECTORS } from '../../../src/schemas/vocabulary';
import { caseInput, rubric } from '../catalogue/case-fixture';

async function render(
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
) {
  const container = await AstroContainer.create();
  return parse(await container.renderToString(component, { props }));
}

const input = caseInput({ title: 'Samblik' });
input.assessment.effect.basis = 'case-text';
const record = toCaseRecord('samblik', input, '/cases/samblik/', rubric);
const view = casePageView({
  record,
  sections: Object.fromEntries(
    Object.keys(caseSectionsSchema.shape).map((key) => [key, 'Tekst']),
  ) as Parameters<typeof casePageView>[0]['sections'],
  citations: [],
  today: new Date('2026-11-23'),
  casesHref: '/cases/',
  rubricHref: '/cases/om-vurderingerne/',
  pathways: [],
});

describe('CaseFacts', () => {
  it('writes a list value as a bulleted list and a text value as text', async () => {
    const html = await render(CaseFacts, {
      facts: [
        { term: 'Målgruppe', value: 'Voksne' },
        { term: 'Organisationer', value: ['A', 'B'], detail: '(to)' },
      ],
    });
    const dds = html.querySelectorAll('dd');
    expect(dds[0]?.text.trim()).toBe('Voksne');
    expect(dds[1]?.querySelectorAll('li').map((li) => li.text)).toEqual(['A', 'B']);
    expect(dds[1]?.querySelector('span')?.text).toBe('(to)');
  });
});

describe('CaseAssessment', () => {
  it('shows the deciding words and the rubric level beside each of the five scores', async () => {
    const html = await render(CaseAssessment, { assessment: view.assessment });
    const items = html.querySelectorAll('[data-evidence]');
    expect(items).toHaveLength(5);
    expect(items[0]?.querySelector('.evidence-quote')?.text).toBe('«ord om theory»');
    expect(items[0]?.querySelectorAll('dt').map((dt) => dt.text)).toContain(
      'Niveau 2 i vurderingsnøglen',
    );
  });
  it('adds the case-text note only to the score the case text settled', async () => {
    const html = await render(CaseAssessment, { assessment: view.assessment });
    const notes = html.querySelectorAll('[data-basis="case-text"]');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.closest('[data-evidence]')?.getAttribute('data-evidence')).toBe('effect');
  });
});

describe('CaseScoresTable', () => {
  it('puts the derivation mark in the headings and a label on every cell for the phone cards', async () => {
    const catalogue = cataloguePageViews(
      [record],
      {
        diseaseAreas: DISEASE_AREAS,
        sectors: SECTORS,
        regions: [...REGIONS, NATIONWIDE],
        statuses: CASE_STATUSES,
      },
      {
        self: '/cases/',
        rubric: '/r/',
        compare: '/c/',
        csv: '/x.csv',
        json: '/x.json',
        index: '/cases/katalog.json',
      },
    );
    const html = await render(CaseScoresTable, { view: catalogue[0]! });
    expect(html.querySelectorAll('thead .derived-mark')).toHaveLength(6);
    expect(html.querySelectorAll('tbody .derived-mark')).toHaveLength(0);
    const cells = html.querySelectorAll('tbody td:not(.col-select)');
    expect(cells.every((td) => td.getAttribute('data-label'))).toBe(true);
    expect(html.querySelector('tbody tr')?.getAttribute('data-scores')).toBe('2 3 3 4 3');
  });
});
