import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { sectorLabels } from '../../src/i18n/da';
import { assessCurrency, buildDate } from '../../src/text/dates';
import { readPage } from '../support/built-pages';
import { CONTENT_DIR, contentData, contentIds } from '../support/content-entries';
import { SITE_DIR, SUBPATH_SITE_DIR } from '../support/site-dirs';

// Reads the pathway, responsibility table and actor pages of the built site (`SITE_DIR`) and
// checks what clinicians and screen readers rely on. Entries with a property a test needs are
// found in content/ when the test runs; rendering of a particular shape is checked on the
// sub-path build's own fixture entries (tests/fixtures/new-content/).

const pathwayIds = contentIds('pathways');
const tableIds = contentIds('responsibilities');
const actorIds = contentIds('actors');

interface PathwayData {
  nextReview: string;
  sources: { source: string }[];
  steps: { id: string; actors: string[] }[];
  relatedDatasets?: string[];
}
interface ColumnData {
  id: string;
  label?: string;
  kind?: string;
}
interface DatasetData {
  columns: ColumnData[];
  rows: Record<string, unknown>[];
  chart?: unknown;
}
interface TableData {
  columns: ColumnData[];
  rows: { actor?: string; tasks?: Record<string, string[]> }[];
}
const pathwayData = (id: string) => contentData('pathways', id) as unknown as PathwayData;
const datasetData = (id: string) => contentData('datasets', id) as unknown as DatasetData;
const tableData = (id: string) => contentData('responsibilities', id) as unknown as TableData;

/** The first entry with the property a test needs; a test fails clearly when the content has none. */
function first<T>(entries: readonly T[], property: string): T {
  const found = entries[0];
  if (found === undefined) throw new Error(`No entry in content/ ${property}; the test needs one.`);
  return found;
}

/** The source notice a pathway's page shows: the main (first) source's age, if it is old. */
function pathwayCurrency(id: string) {
  const data = pathwayData(id);
  const source = contentData('sources', first(data.sources, `cited by ${id}`).source);
  return assessCurrency({
    sourceDate: new Date(`${String(source['date'])}T00:00:00Z`),
    nextReview: new Date(`${data.nextReview}T00:00:00Z`),
    today: buildDate(),
  });
}

/** A pathway's MDX body, the prose under its front matter. */
const pathwayBody = (id: string) =>
  readFileSync(join(CONTENT_DIR, 'pathways', `${id}.mdx`), 'utf8').replace(
    /^---\r?\n[\s\S]*?\r?\n---\r?\n/,
    '',
  );

const pathwayPage = (id: string) => readPage(SITE_DIR, `forloeb/${id}/index.html`);
const dataPage = (id: string) => readPage(SITE_DIR, `forloeb/${id}/tal/index.html`);
const tablePage = (id: string) => readPage(SITE_DIR, `ansvarsfordeling/${id}/index.html`);
const actorPage = (id: string) => readPage(SITE_DIR, `aktoerer/${id}/index.html`);
const main = (page: HTMLElement) => page.querySelector('main') as HTMLElement;
const hrefs = (root: HTMLElement, selector = 'a') =>
  root.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');

/** Every way a data table can break the rules for accessible tables, as readable strings. */
function tableProblems(page: HTMLElement, label: string): string[] {
  return main(page)
    .querySelectorAll('table')
    .flatMap((table, index) => {
      const where = `${label} table ${index + 1}`;
      const problems: string[] = [];
      if (!table.querySelector('caption')?.text.trim()) problems.push(`${where}: no caption`);
      const headers = table.querySelectorAll('th');
      for (const th of headers) {
        if (!['col', 'row', 'rowgroup'].includes(th.getAttribute('scope') ?? '')) {
          problems.push(`${where}: <th> «${th.text.trim()}» without scope`);
        }
      }
      if (table.querySelectorAll('thead th').some((th) => th.getAttribute('scope') !== 'col')) {
        problems.push(`${where}: a column header is not scope="col"`);
      }
      for (const row of table.querySelectorAll('tbody tr')) {
        const first = row.querySelector('th, td');
        const scope = first?.getAttribute('scope');
        if (first?.tagName !== 'TH' || (scope !== 'row' && scope !== 'rowgroup')) {
          problems.push(`${where}: a body row does not start with a row header`);
        }
      }
      for (const cell of table.querySelectorAll('td')) {
        if (cell.text.trim() === '') problems.push(`${where}: an empty cell`);
      }
      return problems;
    });
}

describe('the pathway pages', () => {
  it('builds a page for every pathway in the content', () => {
    expect(pathwayIds.length).toBeGreaterThan(0);
    const missing = pathwayIds.filter(
      (id) => !existsSync(join(SITE_DIR, `forloeb/${id}/index.html`)),
    );
    expect(missing).toEqual([]);
  });

  it('links every pathway from the pathway index with its condition, scope and source date', () => {
    const index = main(readPage(SITE_DIR, 'forloeb/index.html'));
    expect(hrefs(index)).toEqual(expect.arrayContaining(pathwayIds.map((id) => `/forloeb/${id}/`)));
    const items = index.querySelectorAll('li:has(> h2)');
    expect(items).toHaveLength(pathwayIds.length);
    for (const item of items) {
      const terms = item.querySelectorAll('dt').map((dt) => dt.text.trim());
      expect(terms).toEqual(expect.arrayContaining(['Tilstand', 'Gyldighed', 'Kildens dato']));
      expect(item.querySelector('time[datetime]')).not.toBeNull();
    }
  });

  it('draws the diagram on every pathway page as a named group of lanes, wide and for phones', () => {
    for (const id of pathwayIds) {
      const figure = main(pathwayPage(id)).querySelector('figure.pathway-diagram');
      const svg = figure?.querySelector('.dg-wide svg');
      expect(svg?.getAttribute('role'), id).toBe('group');
      const titleId = svg?.getAttribute('aria-labelledby') ?? '';
      const descId = svg?.getAttribute('aria-describedby') ?? '';
      expect(svg?.querySelector(`title[id="${titleId}"]`)?.text.trim(), id).toMatch(
        /^Diagram over forløbet/,
      );
      expect(svg?.querySelector(`desc[id="${descId}"]`)?.text, id).toContain('Trin for trin');
      const lanes = svg?.querySelectorAll('.dg-lane-label').map((text) => text.text.trim());
      expect(lanes?.length, id).toBeGreaterThanOrEqual(2);
      for (const lane of lanes ?? []) expect(Object.values(sectorLabels), id).toContain(lane);
      expect(figure?.querySelector('.dg-narrow'), id).not.toBeNull();
    }
  });

  it('points each diagram at the ordered step list that says the same in text', () => {
    for (const id of pathwayIds) {
      const page = main(pathwayPage(id));
      const target = page
        .querySelector('figure.pathway-diagram figcaption a')
        ?.getAttribute('href');
      expect(target, id).toBe('#trin');
      const list = page.querySelector('ol#trin');
      const boxes = page.querySelectorAll('figure.pathway-diagram .dg-narrow .dg-node-step');
      expect(list?.querySelectorAll(':scope > li').length, id).toBe(boxes.length);
    }
  });

  it('makes every box of the diagram a link to a step on the same page', () => {
    for (const id of pathwayIds) {
      const page = main(pathwayPage(id));
      const links = page.querySelectorAll('figure.pathway-diagram a.dg-link');
      expect(links.length, id).toBeGreaterThan(0);
      expect(links.length, id).toBe(
        page.querySelectorAll('figure.pathway-diagram .dg-node').length,
      );
      for (const href of links.map((a) => a.getAttribute('href') ?? '')) {
        expect(page.querySelector(`li${href}`), `${id} ${href}`).not.toBeNull();
      }
    }
  });

  it('keeps the diagram out of the search index, since the step list holds its text', () => {
    const figure = main(pathwayPage(pathwayIds[0]!)).querySelector('figure.pathway-diagram');
    expect(figure?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('draws three criteria that lead to the same later step as one way out of one decision', () => {
    // The fixture pathway's first step has three criteria that all lead to step 3.
    const narrow = readPage(
      SUBPATH_SITE_DIR,
      'forloeb/lungerehabilitering-hjemme/index.html',
    ).querySelector('main .dg-narrow');
    const texts = narrow?.querySelectorAll('text').map((text) => text.text.trim()) ?? [];
    expect(texts.filter((text) => text === 'Mindst én gælder:')).toHaveLength(1);
    expect(texts.filter((text) => text.startsWith('Videre til trin 3'))).toHaveLength(1);
    expect(texts.filter((text) => text.startsWith('• Kriterium'))).toHaveLength(3);
  });

  it('gives every step its responsible actors as links and its phase', () => {
    for (const id of pathwayIds) {
      for (const step of main(pathwayPage(id)).querySelectorAll('ol#trin > li')) {
        const terms = step.querySelectorAll('dt').map((dt) => dt.text.trim());
        expect(['Ansvarlig', 'Ansvarlige']).toContain(terms[0]);
        expect(terms).toContain('Fase');
        const actors = hrefs(step, 'dd a');
        expect(actors.length).toBeGreaterThan(0);
        for (const href of actors) expect(actorIds.map((a) => `/aktoerer/${a}/`)).toContain(href);
      }
    }
  });

  it('starts every pathway with «Kort fortalt» before the diagram', () => {
    for (const id of pathwayIds) {
      const html = main(pathwayPage(id)).toString();
      const brief = main(pathwayPage(id)).querySelectorAll(
        'section[aria-labelledby="kort-fortalt"] li',
      );
      expect(brief.length, id).toBeGreaterThanOrEqual(2);
      expect(html.indexOf('id="kort-fortalt"'), id).toBeLessThan(html.indexOf('id="diagram"'));
    }
  });

  it('sends every branch that continues in the pathway to a step on the same page', () => {
    for (const id of pathwayIds) {
      const page = main(pathwayPage(id));
      for (const href of hrefs(page, 'ol#trin .decision a')) {
        expect(page.querySelector(href), `${id} ${href}`).not.toBeNull();
      }
    }
  });

  it('shows the last review first, then the source date and the next review, once each', () => {
    for (const id of pathwayIds) {
      const page = main(pathwayPage(id));
      const block = page.querySelector('dl.review-dates');
      const terms = block?.querySelectorAll('dt').map((dt) => dt.text.trim());
      expect(terms, id).toEqual(['Senest gennemgået:', 'Kildens dato:', 'Næste gennemgang:']);
      expect(block?.querySelectorAll('time[datetime]'), id).toHaveLength(3);
      expect(page.text, id).not.toContain('Vurderet');
    }
  });

  it('prints the page’s public address, the publisher and the review date on paper', () => {
    // dist-rehab/ is the publishing build, which knows its address and publisher.
    for (const id of pathwayIds) {
      const colophon =
        readPage(SUBPATH_SITE_DIR, `forloeb/${id}/index.html`).querySelector(
          '.print-only.print-facts',
        )?.text ?? '';
      expect(colophon, id).toMatch(new RegExp(`https://[^ ]+/rehab/forloeb/${id}/`));
      expect(colophon, id).toMatch(/Udgiver:\s*\S/);
      expect(colophon, id).toMatch(/Senest gennemgået:\s*\d+\. \p{L}+ \d{4}/u);
    }
  });

  it('warns on a pathway whose main source is five years old or more, giving its age', () => {
    const old = pathwayIds.filter((id) => pathwayCurrency(id).sourceIsOld);
    first(old, 'is a pathway whose main source is five years old or more');
    for (const id of old) {
      const notice = main(pathwayPage(id)).querySelector('[data-currency-notice]');
      expect(notice?.text, id).toContain(
        `Kilden er ${pathwayCurrency(id).sourceAgeYears} år gammel`,
      );
    }
  });

  it('shows no currency notice on a pathway with a recent source before its review is due', () => {
    const current = pathwayIds.filter((id) => {
      const currency = pathwayCurrency(id);
      return !currency.sourceIsOld && !currency.reviewOverdue;
    });
    first(current, 'is a pathway with a source under five years old whose review is not due');
    for (const id of current) {
      expect(main(pathwayPage(id)).querySelector('[data-currency-notice]'), id).toBeNull();
    }
  });

  it('moves the prose of the pathway’s MDX body to a background page linked from the pathway', () => {
    const headings = (id: string) =>
      [...pathwayBody(id).matchAll(/^## (.+)$/gm)].map((match) => (match[1] as string).trim());
    const id = first(
      pathwayIds.filter((pathway) => headings(pathway).length > 0),
      'is a pathway whose MDX body has a heading',
    );
    expect(hrefs(main(pathwayPage(id)))).toContain(`/forloeb/${id}/baggrund/`);
    const prose = main(readPage(SITE_DIR, `forloeb/${id}/baggrund/index.html`)).querySelector(
      'div.prose',
    );
    expect(prose?.querySelectorAll('h2').map((h2) => h2.text.trim())).toEqual(
      expect.arrayContaining(headings(id)),
    );
  });

  it('cites the sources by document, then section by section', () => {
    for (const id of pathwayIds) {
      const items = main(pathwayPage(id)).querySelectorAll('ul.source-list > li');
      expect(items.length, id).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.querySelector(':scope > a[href^="/kilder/"]'), id).not.toBeNull();
        const sections = item.querySelectorAll('li').map((li) => li.text.trim());
        expect(sections.length, id).toBeGreaterThan(0);
        expect(
          sections.every((text) => text.length > 3),
          id,
        ).toBe(true);
      }
    }
  });

  it('gives every table on a figures page a caption and scoped row and column headers', () => {
    const withData = pathwayIds.filter((id) =>
      existsSync(join(SITE_DIR, `forloeb/${id}/tal/index.html`)),
    );
    expect(withData.length).toBeGreaterThan(0);
    expect(withData.flatMap((id) => tableProblems(dataPage(id), id))).toEqual([]);
  });

  it('writes the numbers of the data tables in Danish format', () => {
    // A whole number of four digits or more in a number column of a pathway's dataset.
    const large = pathwayIds.flatMap((id) =>
      (pathwayData(id).relatedDatasets ?? []).flatMap((dataset) => {
        const { columns, rows } = datasetData(dataset);
        const numeric = columns.filter((column) => column.kind !== 'text').map((c) => c.id);
        return rows.flatMap((row) =>
          numeric
            .map((column) => row[column])
            .filter((value): value is number => Number.isInteger(value) && Number(value) >= 1000)
            .map((value) => ({ id, value })),
        );
      }),
    );
    const { id, value } = first(large, 'is a dataset of a pathway with a number of 1000 or more');
    const danish = String(value).replace(/\B(?=(\d{3})+$)/g, '.');
    const cells = main(dataPage(id))
      .querySelectorAll('table.dataset-table td.num')
      .map((td) => td.text.trim());
    expect(cells).toContain(danish);
    expect(cells.every((text) => /^(-?[\d.]+(,\d+)?|ikke oplyst)$/.test(text))).toBe(true);
  });

  it('draws a bar chart with a title and a description for each dataset that asks for one', () => {
    const id = first(
      pathwayIds.filter((pathway) =>
        (pathwayData(pathway).relatedDatasets ?? []).some((d) => datasetData(d).chart),
      ),
      'is a pathway with a dataset that asks for a chart',
    );
    const asked = (pathwayData(id).relatedDatasets ?? []).filter((d) => datasetData(d).chart);
    const charts = main(dataPage(id)).querySelectorAll('svg.bar-chart');
    expect(charts).toHaveLength(asked.length);
    for (const chart of charts) {
      expect(chart.getAttribute('role')).toBe('img');
      const titleId = chart.getAttribute('aria-labelledby') ?? '';
      expect(chart.querySelector(`title[id="${titleId}"]`)?.text.trim()).not.toBe('');
      expect(chart.querySelector('desc')?.text).toContain('tabellen');
    }
  });
});

describe('the responsibility table pages', () => {
  it('builds a page for every responsibility table in the content', () => {
    expect(tableIds.length).toBeGreaterThan(0);
    const missing = tableIds.filter(
      (id) => !existsSync(join(SITE_DIR, `ansvarsfordeling/${id}/index.html`)),
    );
    expect(missing).toEqual([]);
  });

  it('lists every table on the tables page', () => {
    const links = hrefs(main(readPage(SITE_DIR, 'ansvarsfordeling/index.html')));
    expect(links).toEqual(expect.arrayContaining(tableIds.map((id) => `/ansvarsfordeling/${id}/`)));
  });

  it('gives every table a caption and scoped row and column headers', () => {
    expect(tableIds.flatMap((id) => tableProblems(tablePage(id), id))).toEqual([]);
  });

  it('gives row groups a heading that spans the table', () => {
    const groups = tableIds.flatMap((id) =>
      main(tablePage(id)).querySelectorAll('th[scope="rowgroup"]'),
    );
    expect(groups.length).toBeGreaterThan(0);
    for (const th of groups) {
      const columns = th.closest('table')?.querySelectorAll('thead th').length;
      expect(th.getAttribute('colspan')).toBe(String(columns));
    }
  });

  it('says «Ikke nævnt i kilden» in cells where the source names no task', () => {
    const cells = tableIds.flatMap((id) => main(tablePage(id)).querySelectorAll('td'));
    // A cell's text without the column label shown above it on a phone.
    const text = (td: (typeof cells)[number]) =>
      td.text.replace(td.querySelector('.cell-label')?.text ?? '', '').trim();
    const said = cells.filter((td) => text(td) === 'Ikke nævnt i kilden');
    expect(said.length).toBeGreaterThan(0);
  });

  it('links each table from its pathway and back', () => {
    for (const pathwayId of pathwayIds) {
      const tableLinks = hrefs(main(pathwayPage(pathwayId))).filter((href) =>
        /^\/ansvarsfordeling\/[^/]+\/$/.test(href),
      );
      for (const href of tableLinks) {
        const tableId = href.split('/')[2] as string;
        expect(hrefs(main(tablePage(tableId))), `${tableId} → ${pathwayId}`).toContain(
          `/forloeb/${pathwayId}/`,
        );
      }
    }
  });

  it('leaves no table without a pathway that links to it', () => {
    const linked = new Set(
      pathwayIds.flatMap((id) =>
        hrefs(main(pathwayPage(id))).filter((href) => href.startsWith('/ansvarsfordeling/')),
      ),
    );
    expect(tableIds.filter((id) => !linked.has(`/ansvarsfordeling/${id}/`))).toEqual([]);
  });
});

describe('the actor pages', () => {
  it('builds a page for every actor in the content', () => {
    const missing = actorIds.filter(
      (id) => !existsSync(join(SITE_DIR, `aktoerer/${id}/index.html`)),
    );
    expect(missing).toEqual([]);
  });

  it('groups the actors on the actors page by sector', () => {
    const index = main(readPage(SITE_DIR, 'aktoerer/index.html'));
    const sectors = index.querySelectorAll('h2').map((h2) => h2.text.trim());
    expect(sectors).toEqual(expect.arrayContaining(['Sygehus', 'Kommune', 'Almen praksis']));
    expect(hrefs(index)).toEqual(expect.arrayContaining(actorIds.map((id) => `/aktoerer/${id}/`)));
  });

  it('gathers the steps the actor is responsible for, linked to the step on its pathway', () => {
    const { pathway, step, actor } = first(
      pathwayIds.flatMap((pathway) =>
        pathwayData(pathway).steps.flatMap((step) =>
          step.actors.map((actor) => ({ pathway, step: step.id, actor })),
        ),
      ),
      'is an actor that takes part in a pathway step',
    );
    const steps = hrefs(main(actorPage(actor)), 'section[aria-labelledby="trin"] a.step-link');
    expect(steps).toContain(`/forloeb/${pathway}/#trin-${step}`);
    for (const href of steps) {
      const [path, anchor] = href.split('#') as [string, string];
      const page = readPage(SITE_DIR, `${path.slice(1)}index.html`);
      expect(page.getElementById(anchor), href).not.toBeNull();
    }
  });

  it('gathers the actor’s tasks from the responsibility tables, column by column', () => {
    const { table, actor, labels } = first(
      tableIds.flatMap((table) => {
        const { columns, rows } = tableData(table);
        return rows.flatMap(({ actor, tasks = {} }) => {
          const labels = columns
            .filter((column) => (tasks[column.id] ?? []).length > 0)
            .map((column) => column.label ?? column.id);
          return actor === undefined || labels.length === 0 ? [] : [{ table, actor, labels }];
        });
      }),
      'is an actor with tasks in a responsibility table',
    );
    const section = main(actorPage(actor)).querySelector('section[aria-labelledby="tabeller"]');
    expect(hrefs(section as HTMLElement)).toContain(`/ansvarsfordeling/${table}/`);
    const columns = section?.querySelectorAll('dt').map((dt) => dt.text.trim());
    expect(columns).toEqual(expect.arrayContaining(labels));
  });

  it('links every actor named in a pathway step to that actor’s page and back', () => {
    for (const pathwayId of pathwayIds) {
      const actorLinks = new Set(hrefs(main(pathwayPage(pathwayId)), 'ol#trin dd a'));
      for (const href of actorLinks) {
        const actorId = href.split('/')[2] as string;
        const back = hrefs(main(actorPage(actorId)));
        expect(
          back.some((link) => link.startsWith(`/forloeb/${pathwayId}/`)),
          href,
        ).toBe(true);
      }
    }
  });
});
