import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/built-pages';
import { SITE_DIR } from '../support/site-dirs';
import { assessCurrency, buildDate } from '../../src/text/dates';

// The case catalogue as built: case pages, overview, comparison, rubric and downloads.

const CASE_IDS = readdirSync(resolve(import.meta.dirname, '../../content/cases'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort();
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
const DERIVED = 'Afledt af dette site';
const RUBRIC_HREF = '/cases/om-vurderingerne/';
const PROVENANCE = /Afledt af dette site|Katalogets score/;

const casePage = (id: string) => readPage(SITE_DIR, `cases/${id}/index.html`);
const text = (element: { text: string } | null | undefined) =>
  (element?.text ?? '').replace(/\s+/g, ' ').trim();

describe('the case pages', () => {
  it('has all thirteen cases of the catalogue', () => {
    expect(CASE_IDS).toHaveLength(13);
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
    expect(axes).toEqual(AXES);
    expect(svg?.querySelectorAll('.radar-marker')).toHaveLength(5);
  });

  it.each(CASE_IDS)(
    'gives %s a score table with a caption, scoped headers and provenance on every score',
    (id) => {
      const table = casePage(id)
        .querySelectorAll('table')
        .find((t) => text(t.querySelector('caption')).startsWith('Scorer for'));
      expect(table).toBeDefined();
      expect(table?.querySelectorAll('thead th[scope="col"]')).toHaveLength(3);
      const rows = table?.querySelectorAll('tbody tr, tfoot tr') ?? [];
      expect(rows).toHaveLength(6);
      for (const row of rows) {
        expect(row.querySelector('th[scope="row"]')).not.toBeNull();
        expect(text(row)).toMatch(/\d af (4|20)/);
        expect(text(row)).toMatch(PROVENANCE);
      }
    },
  );

  it.each(CASE_IDS)('links every derived score on %s to the rubric', (id) => {
    const page = casePage(id);
    const derivedLinks = page
      .querySelectorAll('a')
      .filter((a) => text(a) === DERIVED)
      .map((a) => a.getAttribute('href'));
    expect(derivedLinks.length).toBeGreaterThan(0);
    expect(new Set(derivedLinks)).toEqual(new Set([RUBRIC_HREF]));
    const derivedTexts = page.querySelectorAll('.provenance-derived');
    expect(derivedTexts.every((element) => element.tagName === 'A')).toBe(true);
  });

  it.each(CASE_IDS)('shows the rationale and key facts of %s and cites the catalogue', (id) => {
    const page = casePage(id);
    const terms = page.querySelectorAll('dt').map((dt) => text(dt));
    expect(terms.filter((t) => t === 'Begrundelse for scoren')).toHaveLength(5);
    expect(terms.filter((t) => t === 'Katalogets vurdering')).toHaveLength(5);
    for (const fact of ['Sygdomsområde', 'Målgruppe', 'Region', 'Sektorer', 'Status', 'Periode']) {
      expect(terms).toContain(fact);
    }
    const citations = page.querySelector('section[aria-labelledby="kilder"]');
    expect(citations?.querySelector('a[href="/kilder/ramboll-casekatalog-2022/"]')).not.toBeNull();
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

  it('has a column per parameter, the total, provenance, status, disease area, region and sector', () => {
    const headings = table?.querySelectorAll('thead th').map((th) => text(th));
    expect(headings).toEqual([
      'Vælg',
      'Case',
      ...AXES,
      'I alt',
      'Oprindelse',
      'Status',
      'Sygdomsområde',
      'Region',
      'Sektor',
    ]);
    expect(table?.querySelectorAll('thead th[scope="col"]')).toHaveLength(headings?.length ?? 0);
  });

  it('puts the provenance text in every score cell', () => {
    const cells = table?.querySelectorAll('td.score-cell') ?? [];
    expect(cells).toHaveLength(CASE_IDS.length * 6);
    expect(cells.filter((cell) => !PROVENANCE.test(text(cell)))).toEqual([]);
  });

  it('links to both downloads, the comparison and the rubric', () => {
    const hrefs = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/cases/cases.csv');
    expect(hrefs).toContain('/cases/cases.json');
    expect(hrefs).toContain('/cases/sammenlign/');
    expect(hrefs).toContain(RUBRIC_HREF);
  });

  it('lets readers pick cases for comparison with a GET form, without JavaScript', () => {
    const form = page.querySelector('form#compare-form');
    expect(form?.getAttribute('action')).toBe('/cases/sammenlign/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelectorAll('input[type="checkbox"][name="ids"]')).toHaveLength(
      CASE_IDS.length,
    );
  });

  it('hides the filters until the script enhances the page', () => {
    expect(page.querySelector('#catalogue-controls')?.hasAttribute('hidden')).toBe(true);
  });

  it('gives the page script its data as a JSON block, not as code', () => {
    const data = page.querySelector('script#catalogue-data');
    expect(data?.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(data?.textContent ?? '')).toHaveLength(CASE_IDS.length);
    const inline = page
      .querySelectorAll('script')
      .filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/json');
    expect(inline).toEqual([]);
  });
});

describe('the comparison page', () => {
  const page = readPage(SITE_DIR, 'cases/sammenlign/index.html');

  it('works without JavaScript: instructions, a GET form and the full score table', () => {
    expect(page.querySelector('noscript')).not.toBeNull();
    const form = page.querySelector('form#compare-choose');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelectorAll('input[name="ids"]')).toHaveLength(CASE_IDS.length);
    expect(page.querySelectorAll('table#all-cases tbody tr')).toHaveLength(CASE_IDS.length);
  });

  it('embeds every case with scores, rationales and key facts for the script', () => {
    const data = JSON.parse(page.querySelector('script#compare-data')?.textContent ?? '[]');
    expect(data).toHaveLength(CASE_IDS.length);
    expect(data[0].assessment.theory.rationale).toBeTruthy();
    expect(data[0].targetGroup).toBeTruthy();
  });
});

describe('the rubric page', () => {
  const page = readPage(SITE_DIR, 'cases/om-vurderingerne/index.html');

  it('gives each of the five parameters a definition and four levels', () => {
    const tables = page.querySelectorAll('table');
    expect(tables).toHaveLength(5);
    for (const table of tables) {
      expect(table.querySelectorAll('tbody th[scope="row"]').map((th) => text(th))).toEqual([
        '1',
        '2',
        '3',
        '4',
      ]);
    }
    expect(page.querySelectorAll('h3').map((h) => text(h))).toEqual(AXES);
  });

  it('explains that the charts are not reproduced and how a catalogue score gets corrected', () => {
    const body = text(page.querySelector('main'));
    expect(body).toContain('spindelvævsdiagrammer');
    expect(body).toContain('skriv til udgiveren');
    expect(page.querySelector('a[href="/kilder/ramboll-casekatalog-2022/"]')).not.toBeNull();
  });
});

describe('the downloads', () => {
  const csv = readFileSync(join(SITE_DIR, 'cases/cases.csv'), 'utf8');
  const bytes = readFileSync(join(SITE_DIR, 'cases/cases.csv'));

  it('writes the CSV as UTF-8 with a byte order mark for Danish Excel', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain('Overførbarhed');
  });

  it('separates the CSV with semicolons and CRLF, one row per case plus headings', () => {
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(CASE_IDS.length + 2);
    expect(lines[0]?.split(';')).toContain('Scorernes oprindelse');
    expect(lines[0]?.split(';').slice(8, 14)).toEqual([...AXES, 'I alt']);
  });

  it('gives every CSV row its provenance', () => {
    const rows = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1, -1);
    expect(rows.every((row) => PROVENANCE.test(row))).toBe(true);
  });

  it('writes JSON with every case, its five scores, total and provenance', () => {
    const json = JSON.parse(readFileSync(join(SITE_DIR, 'cases/cases.json'), 'utf8'));
    expect(json.cases.map((c: { id: string }) => c.id).sort()).toEqual(CASE_IDS);
    for (const entry of json.cases) {
      expect(Object.keys(entry.scores)).toEqual([
        'theory',
        'effect',
        'description',
        'goals',
        'transferability',
      ]);
      for (const score of Object.values(entry.scores) as { score: number; provenance: string }[]) {
        expect(score.score).toBeGreaterThanOrEqual(1);
        expect(score.score).toBeLessThanOrEqual(4);
        expect(['catalogue', 'derived']).toContain(score.provenance);
      }
      expect(entry.total).toBe(
        Object.values(entry.scores as Record<string, { score: number }>).reduce(
          (sum, s) => sum + s.score,
          0,
        ),
      );
    }
    expect(json.provenance.rubricUrl).toBe(RUBRIC_HREF);
  });
});
