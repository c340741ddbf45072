import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/built-pages';
import { SITE_DIR } from '../support/site-dirs';
import { assessCurrency, buildDate } from '../../src/text/dates';
import { parse as parseYaml } from 'yaml';
import { decodeCatalogueIndex } from '../../src/catalogue/catalogue-index';
import { contentData, contentIds } from '../support/content-entries';
import { LIST_PAGE_SIZE } from '../../src/site/pagination';

// The case catalogue as built: case pages, overview, comparison, rubric and downloads.

const CASE_IDS = contentIds('cases');
const AXES = ['Teori og viden', 'Virkning', 'Beskrivelse', 'Mål', 'Overførbarhed'];
const SECTIONS = [
  'Formål og målsætninger',
  'Social ulighed',
  'Teknologisk understøttelse og datadeling',
  'Indhold og vidensgrundlag',
  'Organisering på tværs af sektorer',
  'Resultater og virkning',
  'Økonomi',
  'Implementering',
  'Kontekst',
  'Udbredelsespotentiale',
];
const RUBRIC_HREF = '/cases/om-vurderingerne/';
const PROVENANCE = /Afledt af dette site|Katalogets score/;
const PARAMETER_IDS = ['theory', 'effect', 'description', 'goals', 'transferability'];

/** A case's assessment as its content file has it. */
function assessmentOf(
  id: string,
): Record<string, { score: number; evidence: string[]; basis?: string }> {
  const file = readFileSync(resolve(import.meta.dirname, `../../content/cases/${id}.mdx`), 'utf8');
  return parseYaml(file.split('\n---')[0]!.replace(/^---\n/, '')).assessment;
}

const casePage = (id: string) => readPage(SITE_DIR, `cases/${id}/index.html`);
const text = (element: { text: string } | null | undefined) =>
  (element?.text ?? '').replace(/\s+/g, ' ').trim();

describe('the case pages', () => {
  it('builds a page for every case in the content folder and no other', () => {
    const built = readdirSync(join(SITE_DIR, 'cases'), { withFileTypes: true })
      .filter((entry) => existsSync(join(SITE_DIR, 'cases', entry.name, 'index.html')))
      .map((entry) => entry.name)
      .filter((name) => !['om-vurderingerne', 'sammenlign', 'data', 'side'].includes(name));
    expect(CASE_IDS.length).toBeGreaterThan(0);
    expect(built.sort()).toEqual(CASE_IDS);
  });

  it.each(CASE_IDS)('builds a page for %s with every section of the catalogue', (id) => {
    expect(existsSync(join(SITE_DIR, `cases/${id}/index.html`))).toBe(true);
    const headings = casePage(id)
      .querySelectorAll('h2')
      .map((h) => text(h));
    for (const section of SECTIONS) expect(headings).toContain(section);
  });

  it.each(CASE_IDS)('draws a radar chart for %s with the axes in the same order', (id) => {
    const svg = casePage(id).querySelector('svg.radar');
    expect(svg?.getAttribute('role')).toBe('img');
    const titleId = svg?.getAttribute('aria-labelledby') ?? '';
    const descId = svg?.getAttribute('aria-describedby') ?? '';
    expect(text(svg?.querySelector(`title#${titleId}`))).not.toBe('');
    expect(text(svg?.querySelector(`desc#${descId}`))).toMatch(/Teori og viden \d/);
    const axes = svg?.querySelectorAll('text.radar-axis').map((t) => text(t));
    expect(axes).toEqual(['Teori og viden', 'Virkning', 'Beskrivelse', 'Mål', 'Overfør-barhed']);
    expect(svg?.querySelectorAll('.radar-marker')).toHaveLength(5);
  });

  it.each(CASE_IDS)(
    'gives %s a score table with scoped headers that says once, in its caption, that the scores are derived',
    (id) => {
      const table = casePage(id)
        .querySelectorAll('table')
        .find((t) => text(t.querySelector('caption')).startsWith('Scorer for'));
      expect(text(table?.querySelector('caption'))).toMatch(/afledt af dette site\)$/);
      expect(table?.querySelectorAll('thead th[scope="col"]')).toHaveLength(2);
      const rows = table?.querySelectorAll('tbody tr, tfoot tr') ?? [];
      expect(rows).toHaveLength(6);
      for (const row of rows) {
        expect(row.querySelector('th[scope="row"]')).not.toBeNull();
        expect(text(row)).toMatch(/\d af (4|20)/);
        expect(text(row)).not.toMatch(PROVENANCE);
      }
    },
  );

  it.each(CASE_IDS)(
    'shows beside every score on %s the deciding words in quotation marks and the rubric level',
    (id) => {
      const page = casePage(id);
      const assessment = assessmentOf(id);
      for (const parameter of PARAMETER_IDS) {
        const item = page.querySelector(`[data-evidence="${parameter}"]`);
        const { score, evidence } = assessment[parameter]!;
        expect(text(item?.querySelector('.evidence-quote'))).toBe(
          evidence.map((words) => `«${words}»`).join(' … '),
        );
        const terms = item?.querySelectorAll('dt').map((dt) => text(dt));
        expect(terms).toContain(`Niveau ${score} i vurderingsnøglen`);
      }
    },
  );

  it.each(CASE_IDS)('says on %s where the case text, not the assessment, settled a score', (id) => {
    const page = casePage(id);
    const assessment = assessmentOf(id);
    for (const parameter of PARAMETER_IDS) {
      const note = page.querySelector(`[data-evidence="${parameter}"] [data-basis="case-text"]`);
      expect(note !== null).toBe(assessment[parameter]!.basis === 'case-text');
    }
  });

  it.each(CASE_IDS)('links the page of %s to the rubric once in its assessment', (id) => {
    const links = casePage(id)
      .querySelectorAll('section[aria-labelledby="vurdering"] a')
      .filter((a) => a.getAttribute('href') === RUBRIC_HREF);
    expect(links).toHaveLength(1);
  });

  it.each(CASE_IDS)('shows the rationale and key facts of %s and cites the catalogue', (id) => {
    const page = casePage(id);
    const terms = page.querySelectorAll('dt').map((dt) => text(dt));
    expect(terms.filter((t) => t === 'Begrundelse')).toHaveLength(5);
    expect(terms.filter((t) => t === 'Katalogets vurdering med vores ord')).toHaveLength(5);
    for (const fact of ['Sygdomsområde', 'Målgruppe', 'Region', 'Sektorer', 'Status', 'Periode']) {
      expect(terms).toContain(fact);
    }
    // The catalogue: the case's cited source of the kind «casekatalog».
    const catalogues = (contentData('cases', id)['sources'] as { source: string }[])
      .map(({ source }) => source)
      .filter((source) => contentData('sources', source)['kind'] === 'casekatalog');
    expect(catalogues.length, `${id} cites no source of the kind «casekatalog»`).toBeGreaterThan(0);
    const citations = page.querySelector('section[aria-labelledby="kilder"]');
    for (const catalogue of catalogues) {
      expect(citations?.querySelector(`a[href="/kilder/${catalogue}/"]`), catalogue).not.toBeNull();
    }
  });

  it('says «Ikke oplyst i kataloget» where the catalogue gives no period', () => {
    const periods = CASE_IDS.map((id) => {
      const terms = casePage(id).querySelectorAll('dl.case-facts > *');
      const index = terms.findIndex((el) => el.tagName === 'DT' && text(el) === 'Periode');
      return text(terms[index + 1]);
    });
    expect(periods.every((period) => period !== '')).toBe(true);
  });

  it('shows the catalogue’s date and the currency notice exactly when it is due', () => {
    const due = assessCurrency({
      sourceDate: new Date('2022-01-01T00:00:00Z'),
      today: buildDate(),
    }).sourceIsOld;
    for (const id of CASE_IDS) {
      const page = casePage(id);
      expect(text(page.querySelector('dl.case-facts'))).toContain('Katalogets dato 2022');
      expect(page.querySelector('[data-currency-notice]') !== null).toBe(due);
    }
  });

  it('indexes every case page for search as a case with its filters', () => {
    for (const id of CASE_IDS) {
      const filters = casePage(id)
        .querySelectorAll('[data-pagefind-filter]')
        .map((el) => ({
          name: (el.getAttribute('data-pagefind-filter') ?? '').replace(/\[.*$/, ''),
          value: el.getAttribute('data-value') ?? '',
        }));
      const names = filters.map((f) => f.name);
      expect(filters.map((f) => f.value)).toContain('Case');
      for (const name of ['sygdomsområde', 'region', 'sektor', 'status']) {
        expect(names).toContain(name);
      }
    }
  });
});

describe('the catalogue overview', () => {
  const page = readPage(SITE_DIR, 'cases/index.html');
  const table = page.querySelector('table#case-table');

  it('lists every case in a plain table with a caption', () => {
    expect(text(table?.querySelector('caption'))).not.toBe('');
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(CASE_IDS.length);
  });

  it('has columns for place, case, the five parameters, the sum, status and where it runs', () => {
    const headings = table?.querySelectorAll('thead th').map((th) =>
      text(th)
        .replace(/\u00AD/g, '')
        .replace(/ afledt$/, ''),
    );
    expect(headings).toEqual([
      'Vælg',
      'Plads',
      'Case',
      ...AXES,
      'Sum',
      'Status',
      'Sygdomsområde',
      'Region',
      'Sektor',
    ]);
    expect(table?.querySelectorAll('thead th[scope="col"]')).toHaveLength(headings?.length ?? 0);
  });

  it('marks derivation once per score column, in the heading, and in no cell', () => {
    const scoreHeadings = table?.querySelectorAll('thead th.col-score') ?? [];
    expect(scoreHeadings).toHaveLength(6);
    for (const th of scoreHeadings) {
      expect(th.querySelectorAll('.derived-mark').map((m) => text(m))).toEqual(['afledt']);
    }
    expect(table?.querySelectorAll('tbody .derived-mark')).toHaveLength(0);
    expect(text(page.querySelector('[data-derived-notice]'))).toMatch(/udledt af sitet/);
  });

  it('links to the rubric once, from the notice', () => {
    const links = page
      .querySelectorAll('main a')
      .filter((a) => a.getAttribute('href') === RUBRIC_HREF);
    expect(links).toHaveLength(1);
  });

  it('ranks by the sum with shared places for ties and names A-Å within a tie', () => {
    const rows = table?.querySelectorAll('tbody tr') ?? [];
    const sums = rows.map((row) => Number(text(row.querySelector('[data-total]'))));
    expect(sums).toEqual([...sums].sort((a, b) => b - a));
    const places = rows.map((row) => text(row.querySelector('[data-place]')));
    sums.forEach((sum, i) => {
      const shared = sums.filter((other) => other === sum).length > 1;
      const place = 1 + sums.filter((other) => other > sum).length;
      expect(places[i]).toBe(shared ? `delt ${place}.` : `${place}.`);
      if (i > 0 && sums[i - 1] === sum) {
        const names = [rows[i - 1], rows[i]].map((r) => text(r?.querySelector('th')));
        expect(names[0]!.localeCompare(names[1]!, 'da')).toBeLessThan(0);
      }
    });
    expect(places.some((p) => p.startsWith('delt '))).toBe(true);
    expect(text(page.querySelector('#catalogue-tiebreak'))).toMatch(/deler pladsen/);
  });

  it('links to both downloads and the comparison', () => {
    const hrefs = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/cases/cases.csv');
    expect(hrefs).toContain('/cases/cases.json');
    expect(hrefs).toContain('/cases/sammenlign/');
  });

  it('lets readers pick cases for comparison with a GET form, without JavaScript', () => {
    const form = page.querySelector('form#compare-form');
    expect(form?.getAttribute('action')).toBe('/cases/sammenlign/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelectorAll('input[type="checkbox"][name="ids"]')).toHaveLength(
      CASE_IDS.length,
    );
  });

  it('hides filters and weights until the script runs, and says what a reader gets without it', () => {
    expect(page.querySelector('#catalogue-controls')?.hasAttribute('hidden')).toBe(true);
    expect(page.querySelectorAll('#catalogue-filters select[name^="vaegt-"]')).toHaveLength(5);
    expect(text(page.querySelector('noscript'))).toMatch(/lige vægte/);
  });

  it('gives the script its data in the rows, with no copy of the catalogue as JSON or code', () => {
    expect(page.querySelectorAll('script[type="application/json"]')).toHaveLength(0);
    const first = table?.querySelector('tbody tr');
    expect(first?.getAttribute('data-scores')).toMatch(/^\d \d \d \d \d$/);
    const inline = page.querySelectorAll('script').filter((s) => !s.getAttribute('src'));
    expect(inline).toEqual([]);
  });
});

// While the catalogue has at most one list page of cases (tests/browser/catalogue-scale.test.ts
// covers a longer one).
describe.runIf(CASE_IDS.length <= LIST_PAGE_SIZE)(
  'today’s catalogue, which fits on one page',
  () => {
    const page = readPage(SITE_DIR, 'cases/index.html');

    it('is not split: no page links, no later pages, and the table names no index to fetch', () => {
      expect(page.querySelectorAll('nav.pagination')).toHaveLength(0);
      expect(existsSync(join(SITE_DIR, 'cases/side'))).toBe(false);
      const table = page.querySelector('table#case-table');
      expect(table?.hasAttribute('data-catalogue-index')).toBe(false);
      expect(table?.hasAttribute('data-page-size')).toBe(false);
    });

    it('lists every case as a checkbox on the comparison page, with no finder', () => {
      const compare = readPage(SITE_DIR, 'cases/sammenlign/index.html');
      expect(compare.querySelector('#compare-finder')).toBeNull();
      expect(compare.querySelectorAll('form#compare-choose input[name="ids"]')).toHaveLength(
        CASE_IDS.length,
      );
    });

    it('writes the compact index with every case, its address and its scores', () => {
      const index = decodeCatalogueIndex(
        JSON.parse(readFileSync(join(SITE_DIR, 'cases/katalog.json'), 'utf8')),
      );
      expect(index.map((c) => c.id).sort()).toEqual(CASE_IDS);
      for (const item of index) {
        expect(item.url).toBe(`/cases/${item.id}/`);
        const scores = assessmentOf(item.id);
        expect(PARAMETER_IDS.map((p) => item.scores[p as 'theory'].score)).toEqual(
          PARAMETER_IDS.map((p) => scores[p]!.score),
        );
      }
    });
  },
);

describe('the comparison page', () => {
  const page = readPage(SITE_DIR, 'cases/sammenlign/index.html');

  it('works without JavaScript as a GET form and says what JavaScript adds', () => {
    expect(text(page.querySelector('noscript'))).toMatch(/JavaScript/);
    const form = page.querySelector('form#compare-choose');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelectorAll('input[name="ids"]')).toHaveLength(CASE_IDS.length);
  });

  it('embeds no case data and never tells the reader to edit the address', () => {
    expect(page.querySelectorAll('script[type="application/json"]')).toHaveLength(0);
    expect(text(page.querySelector('main'))).not.toMatch(/adressen selv|\?ids=/);
  });

  it.each(CASE_IDS)('writes a data file for %s with its scores and deciding words', (id) => {
    const data = JSON.parse(readFileSync(join(SITE_DIR, `cases/data/${id}.json`), 'utf8'));
    expect(data.id).toBe(id);
    expect(data.scores.theory.evidence.length).toBeGreaterThan(0);
    expect(data.scores.goals.levelText).toBeTruthy();
  });
});

describe('the rubric page', () => {
  const page = readPage(SITE_DIR, 'cases/om-vurderingerne/index.html');
  const rubric = parseYaml(
    readFileSync(
      resolve(import.meta.dirname, '../../content/rubric/vurderingsnoegle.yaml'),
      'utf8',
    ),
  );

  it('gives each of the five parameters a definition and its four levels from the rubric file', () => {
    for (const parameter of PARAMETER_IDS) {
      const section = page.querySelector(`section[aria-labelledby="${parameter}"]`);
      const levels = section?.querySelectorAll('tbody td').map((td) => text(td));
      expect(levels).toEqual(rubric.parameters[parameter].levels);
    }
  });

  it('states the rule that decides a score', () => {
    const rule = page.querySelectorAll('section[aria-labelledby="reglen"] p').map((p) => text(p));
    expect(rule).toEqual(rubric.rule);
  });

  it('speaks to planners: no editor instructions, field names or file paths', () => {
    const main = text(page.querySelector('main'));
    expect(main).not.toMatch(/provenance|derived|catalogue\b|content\/|YAML/);
    expect(page.querySelector('pre')).toBeNull();
  });
});

describe('the downloads', () => {
  const csv = readFileSync(join(SITE_DIR, 'cases/cases.csv'), 'utf8');
  const json = JSON.parse(readFileSync(join(SITE_DIR, 'cases/cases.json'), 'utf8'));

  it('writes the CSV as UTF-8 with a byte order mark for Danish Excel', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('says in the CSV headings that the scores and the sum are derived', () => {
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toHaveLength(CASE_IDS.length + 2);
    expect(lines[0]?.split(';').slice(8, 14)).toEqual([
      ...AXES.map((axis) => `${axis} (afledt af dette site)`),
      'Sum af afledte scorer',
    ]);
  });

  it('writes JSON with a notice, every case, its scores and the deciding words', () => {
    expect(json.notice).toMatch(/udledt af dette site/);
    expect(json.cases).toHaveLength(CASE_IDS.length);
    for (const record of json.cases) {
      const assessment = assessmentOf(record.id);
      for (const parameter of PARAMETER_IDS) {
        expect(record.scores[parameter].score).toBe(assessment[parameter]!.score);
        expect(record.scores[parameter].evidence).toEqual(assessment[parameter]!.evidence);
      }
    }
  });
});
