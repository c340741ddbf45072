import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  closePage,
  openPage,
  watchPage,
  useServedSite,
  withPage as withServedPage,
} from '../support/browser';
import {
  actorOfAboutHalf,
  contentData,
  CONTENT_DIR,
  contentIds,
  longestPathway,
  pathwaySteps,
} from '../support/content-entries';
import { SITE_DIR } from '../support/site-dirs';

// The clinician-facing pages in real Chromium: a pathway page with its diagram, tables and
// charts, the responsibility tables and an actor page, with axe-core in both colour
// schemes, on a phone and in print.

// The pages are found in content/ when the test runs, each by the property its test needs.

/** The first of `ids`, or a clear failure when the content has no entry with the property. */
function first(ids: readonly string[], property: string): string {
  const found = ids[0];
  if (found === undefined) throw new Error(`No entry in content/ ${property}; the test needs one.`);
  return found;
}

const pathwayIds = contentIds('pathways');
const LONGEST_ID = longestPathway();
/** The pathway with the most steps. */
const PATHWAY = `forloeb/${LONGEST_ID}/`;
const PATHWAY_TITLE = String(contentData('pathways', LONGEST_ID)['title']);
/** A pathway with a figures page. */
const WITH_DATA = first(
  pathwayIds.filter(
    (id) => ((contentData('pathways', id)['relatedDatasets'] ?? []) as unknown[]).length > 0,
  ),
  'is a pathway with datasets',
);
/** A pathway with a background page (its MDX body has a heading). */
const WITH_BODY = first(
  pathwayIds.filter((id) =>
    /^## /m.test(readFileSync(join(CONTENT_DIR, 'pathways', `${id}.mdx`), 'utf8')),
  ),
  'is a pathway whose MDX body has a heading',
);
const TABLE = first(contentIds('responsibilities'), 'is a responsibility table');
/** An actor responsible for about half the steps of the longest pathway. */
const ACTOR = actorOfAboutHalf(LONGEST_ID);
/** The pathway whose responsible actors come from the most sectors. */
const sectorsOf = (id: string) =>
  new Set(
    pathwaySteps(id).flatMap((step) =>
      step.actors.map((actor) => String(contentData('actors', actor)['sector'])),
    ),
  ).size;
const MOST_SECTORS = `forloeb/${pathwayIds.reduce((best, id) => (sectorsOf(id) > sectorsOf(best) ? id : best), LONGEST_ID)}/`;

const PAGES = [
  PATHWAY,
  `forloeb/${WITH_DATA}/`,
  `forloeb/${WITH_DATA}/tal/`,
  `forloeb/${WITH_BODY}/baggrund/`,
  'forloeb/',
  'ansvarsfordeling/',
  `ansvarsfordeling/${TABLE}/`,
  'aktoerer/',
  `aktoerer/${ACTOR}/`,
];

const ALL_PATHWAYS = pathwayIds.map((id) => `forloeb/${id}/`);
/** Characters of a pathway page's text that one printed A4 page is to hold at least. */
const CHARACTERS_PER_A4 = 3000;

const served = useServedSite(SITE_DIR);

/** Opens a page of the served build, runs `check` on it, and closes it again. */
const withPage = <T>(
  path: string,
  check: (page: Page) => Promise<T>,
  options?: Parameters<typeof withServedPage>[3],
) => withServedPage(served, path, check, options);

describe('the pathway, table and actor pages', () => {
  it.each(PAGES)('%s has no axe violations in the light colour scheme', async (path) => {
    expect(await withPage(path, axeViolations)).toEqual([]);
  });

  it.each([PATHWAY, `ansvarsfordeling/${TABLE}/`, `aktoerer/${ACTOR}/`])(
    '%s has no axe violations in the dark colour scheme',
    async (path) => {
      expect(await withPage(path, axeViolations, { colorScheme: 'dark' })).toEqual([]);
    },
  );

  it.each(PAGES)('%s loads without console errors or blocked content', async (path) => {
    const page = await openPage(served.browser);
    const problems = watchPage(page, served.site.origin);
    await page.goto(`${served.site.url}${path}`);
    await page.waitForLoadState('networkidle');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await closePage(page);
  });
});

describe('the pathway diagram', () => {
  it('is exposed to screen readers as a group named by its title', async () => {
    const name = await withPage(PATHWAY, (page) =>
      page
        .locator('figure.pathway-diagram .dg-wide svg')
        .first()
        .evaluate((svg) => {
          const id = svg.getAttribute('aria-labelledby') ?? '';
          return {
            role: svg.getAttribute('role'),
            title: document.getElementById(id)?.textContent,
          };
        }),
    );
    expect(name.role).toBe('group');
    expect(name.title?.startsWith(`Diagram over forløbet ${PATHWAY_TITLE}`)).toBe(true);
  });

  it('shows one lane per sector side by side on a desktop screen', async () => {
    const lanes = await withPage(MOST_SECTORS, async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      return page
        .locator('figure.pathway-diagram .dg-wide svg')
        .first()
        .locator('.dg-lane')
        .evaluateAll((rects) => rects.map((rect) => Math.round(rect.getBoundingClientRect().x)));
    });
    expect(lanes.length, `${MOST_SECTORS}: the most sectors of any pathway`).toBeGreaterThanOrEqual(
      3,
    );
    expect(lanes).toEqual([...lanes].sort((a, b) => a - b));
    expect(new Set(lanes).size).toBe(lanes.length);
  });

  it('takes a reader from a box in the diagram to its step in the list', async () => {
    const reached = await withPage(PATHWAY, async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.locator('figure.pathway-diagram .dg-wide a.dg-link').nth(2).click();
      const hash = await page.evaluate(() => location.hash);
      const step = page.locator(`li${hash}`);
      return { hash, visible: await step.isVisible(), top: (await step.boundingBox())?.y ?? -1 };
    });
    expect(reached.hash).toMatch(/^#trin-/);
    expect(reached.visible).toBe(true);
    // Scrolled to the step: its top edge at the top of the screen (to within a pixel).
    expect(reached.top).toBeGreaterThanOrEqual(-1);
    expect(reached.top).toBeLessThan(900);
  });

  it.each(ALL_PATHWAYS)(
    '%s starts its diagram within the first two screens of a 390 px phone',
    async (path) => {
      const result = await withPage(path, async (page) => {
        await page.setViewportSize({ width: 390, height: 844 });
        const svg = page.locator('figure.pathway-diagram .dg-narrow');
        return { box: await svg.boundingBox(), visible: await svg.isVisible() };
      });
      expect(result.visible).toBe(true);
      expect(result.box?.y ?? Infinity).toBeLessThan(2 * 844);
      expect((result.box?.x ?? 0) + (result.box?.width ?? 0)).toBeLessThanOrEqual(390);
    },
  );

  it('keeps the diagram text at a readable size on a phone', async () => {
    const smallest = await withPage(PATHWAY, async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      return page
        .locator('figure.pathway-diagram .dg-narrow text')
        .evaluateAll((texts) =>
          Math.min(...texts.map((text) => (text as SVGTextElement).getBoundingClientRect().height)),
        );
    });
    // Rendered line boxes of 11-px text scaled to the phone's width; below ~10 px it is too small.
    expect(smallest).toBeGreaterThanOrEqual(10);
  });

  it('shows a visible focus indicator on a diagram box reached with the keyboard', async () => {
    const widths = await withPage(PATHWAY, async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const link = page.locator('figure.pathway-diagram .dg-wide a.dg-link').first();
      const rect = link.locator('rect');
      const before = await rect.evaluate((el) => getComputedStyle(el).strokeWidth);
      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const after = await rect.evaluate((el) => getComputedStyle(el).strokeWidth);
      return { before, after };
    });
    expect(parseFloat(widths.after)).toBeGreaterThanOrEqual(parseFloat(widths.before) + 2);
  });
});

describe('printing a pathway page', () => {
  it('leaves out the search box, the navigation and the footer but keeps the diagram and steps', async () => {
    const visible = await withPage(PATHWAY, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) => page.locator(selector).first().isVisible();
      return {
        search: await shown('header form'),
        nav: await shown('header nav'),
        footer: await shown('footer'),
        forms: await page.locator('main form:visible').count(),
        diagram: await shown('figure.pathway-diagram .dg-wide svg'),
        phoneDiagram: await shown('figure.pathway-diagram .dg-narrow'),
        colophon: await shown('.print-facts'),
        steps: await shown('ol#trin'),
      };
    });
    expect(visible).toEqual({
      search: false,
      nav: false,
      footer: false,
      forms: 0,
      diagram: true,
      phoneDiagram: false,
      colophon: true,
      steps: true,
    });
  });

  it.each(ALL_PATHWAYS)('%s fits its printed diagram to the width of the page', async (path) => {
    const widths = await withPage(path, async (page) => {
      await page.setViewportSize({ width: 688, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      return page.evaluate(() => ({
        diagram: document.querySelector('.dg-wide')?.getBoundingClientRect().width ?? 0,
        text: document.querySelector('main')?.getBoundingClientRect().width ?? 0,
      }));
    });
    expect(widths.diagram).toBeGreaterThan(0.9 * widths.text);
    expect(widths.diagram).toBeLessThanOrEqual(widths.text);
  });

  it.each(ALL_PATHWAYS)(
    `prints %s on one A4 page for its top and one per ${CHARACTERS_PER_A4} characters of its text`,
    async (path) => {
      const { pages, characters } = await withPage(path, async (page) => {
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        return {
          pages: (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length,
          characters: await page.evaluate(
            () => document.querySelector('main')?.textContent?.replace(/\s+/g, ' ').length ?? 0,
          ),
        };
      });
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(1 + Math.ceil(characters / CHARACTERS_PER_A4));
    },
  );
});

describe('the tables on a phone', () => {
  // Every responsibility table the site lists, each at the narrowest phone and a common one.
  it.each([320, 390])(
    'show every column of every responsibility table within the screen at %i px',
    async (width) => {
      const tables = await withPage('ansvarsfordeling/', (page) =>
        page
          .locator('main a[href*="/ansvarsfordeling/"]')
          .evaluateAll((links) => [
            ...new Set(
              links
                .map((link) => new URL((link as HTMLAnchorElement).href).pathname)
                .filter(
                  (path) => /\/ansvarsfordeling\/[^/]+\/$/.test(path) && !path.includes('/side/'),
                ),
            ),
          ]),
      );
      expect(tables.length).toBeGreaterThan(0);
      for (const path of tables) {
        const result = await withPage(
          path.replace(/^.*?ansvarsfordeling\//, 'ansvarsfordeling/'),
          async (page) => {
            await page.setViewportSize({ width, height: 800 });
            return page.evaluate(() => {
              const cells = [
                ...document.querySelectorAll('.responsibility-table tbody :is(th, td)'),
              ];
              const outside = cells.filter((cell) => {
                const box = cell.getBoundingClientRect();
                return box.left < 0 || box.right > window.innerWidth + 0.5;
              }).length;
              const unlabelled = [...document.querySelectorAll('.responsibility-table td')].filter(
                (cell) => {
                  const label = cell.querySelector('.cell-label');
                  return (
                    !label ||
                    getComputedStyle(label).display === 'none' ||
                    !label.textContent?.trim()
                  );
                },
              ).length;
              return {
                cells: cells.length,
                outside,
                unlabelled,
                pageOverflow:
                  document.documentElement.scrollWidth - document.documentElement.clientWidth,
              };
            });
          },
        );
        expect(result.cells, path).toBeGreaterThan(0);
        expect({ ...result, cells: 0 }, path).toEqual({
          cells: 0,
          outside: 0,
          unlabelled: 0,
          pageOverflow: 0,
        });
      }
    },
  );

  it('keep a table for screen readers: column headers, row headers and cells', async () => {
    const roles = await withPage(`ansvarsfordeling/${TABLE}/`, async (page) => {
      await page.setViewportSize({ width: 390, height: 800 });
      const table = page.getByRole('table').first();
      return {
        columnHeaders: await table.getByRole('columnheader').count(),
        rowHeaders: await table.getByRole('rowheader').count(),
        cells: await table.getByRole('cell').count(),
        labelsHidden: await table
          .locator('.cell-label')
          .evaluateAll((labels) =>
            labels.every((label) => label.getAttribute('aria-hidden') === 'true'),
          ),
      };
    });
    expect(roles.columnHeaders).toBeGreaterThan(1);
    expect(roles.rowHeaders).toBeGreaterThan(0);
    expect(roles.cells).toBeGreaterThan(0);
    expect(roles.labelsHidden).toBe(true);
  });
});
