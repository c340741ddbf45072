import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closePage, openPage, watchPage, useServedSite } from '../support/browser';
import { SITE_DIR } from '../support/site-dirs';

// The clinician-facing pages in real Chromium: a pathway page with its diagram, tables and
// charts, the responsibility tables and an actor page, with axe-core in both colour
// schemes, on a phone and in print.

const PATHWAY = 'forloeb/kraeft-rehabilitering-palliation/';
const PAGES = [
  PATHWAY,
  'forloeb/benamputation-raadgivning/',
  'forloeb/',
  'ansvarsfordeling/',
  'ansvarsfordeling/osteoporose-tilbud/',
  'aktoerer/',
  'aktoerer/almen-praksis/',
];

const served = useServedSite(SITE_DIR);

/** Opens a page, runs `check` on it, and closes it again. */
async function withPage<T>(
  path: string,
  check: (page: Page) => Promise<T>,
  options: Parameters<typeof openPage>[1] = {},
): Promise<T> {
  const page = await openPage(served.browser, options);
  try {
    const response = await page.goto(`${served.site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return await check(page);
  } finally {
    await closePage(page);
  }
}

describe('the pathway, table and actor pages', () => {
  it.each(PAGES)('%s has no axe violations in the light colour scheme', async (path) => {
    expect(await withPage(path, axeViolations)).toEqual([]);
  });

  it.each([PATHWAY, 'ansvarsfordeling/osteoporose-tilbud/', 'aktoerer/almen-praksis/'])(
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
  it('is exposed to screen readers as one image named by its title', async () => {
    const name = await withPage(PATHWAY, (page) =>
      page.locator('figure.pathway-diagram svg').evaluate((svg) => {
        const id = svg.getAttribute('aria-labelledby') ?? '';
        return { role: svg.getAttribute('role'), title: document.getElementById(id)?.textContent };
      }),
    );
    expect(name.role).toBe('img');
    expect(name.title).toMatch(/^Flowdiagram over forløbet Kræft/);
  });

  it('fits a 375 px phone screen without making the page scroll sideways', async () => {
    const result = await withPage(PATHWAY, async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      const box = await page.locator('figure.pathway-diagram svg').boundingBox();
      const scroll = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      return { box, scroll };
    });
    expect(result.scroll.page).toBeLessThanOrEqual(result.scroll.viewport);
    expect(result.box?.x).toBeGreaterThanOrEqual(0);
    expect((result.box?.x ?? 0) + (result.box?.width ?? 0)).toBeLessThanOrEqual(375);
  });

  it('keeps the diagram text at a readable size on a phone', async () => {
    const smallest = await withPage(PATHWAY, async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      return page
        .locator('figure.pathway-diagram svg text')
        .evaluateAll((texts) =>
          Math.min(...texts.map((text) => (text as SVGTextElement).getBoundingClientRect().height)),
        );
    });
    // Rendered line boxes of 11-px text scaled to the phone's width; below ~10 px it is too small.
    expect(smallest).toBeGreaterThanOrEqual(10);
  });

  it('keeps every page free of horizontal scrolling on a phone', async () => {
    for (const path of PAGES) {
      const overflow = await withPage(path, async (page) => {
        await page.setViewportSize({ width: 375, height: 800 });
        return page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
      });
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

describe('printing a pathway page', () => {
  it('leaves out the navigation and the footer but keeps the diagram and the tables', async () => {
    const visible = await withPage(PATHWAY, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) => page.locator(selector).first().isVisible();
      return {
        nav: await shown('header nav'),
        footer: await shown('footer'),
        onThisPage: await shown('nav[aria-labelledby="paa-siden"]'),
        diagram: await shown('figure.pathway-diagram svg'),
        responsibilityTable: await shown('.responsibility-table table'),
        dataTable: await shown('table.dataset-table'),
        steps: await shown('ol#trin'),
      };
    });
    expect(visible).toEqual({
      nav: false,
      footer: false,
      onThisPage: false,
      diagram: true,
      responsibilityTable: true,
      dataTable: true,
      steps: true,
    });
  });
});

describe('the tables on a phone', () => {
  it('scroll inside their own box, which a keyboard user can reach', async () => {
    const result = await withPage('ansvarsfordeling/kraeft-ansvarsfordeling/', async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      const region = page.locator('.table-scroll').first();
      return {
        tabindex: await region.getAttribute('tabindex'),
        scrolls: await region.evaluate((el) => el.scrollWidth > el.clientWidth),
        pageOverflow: await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      };
    });
    expect(result).toEqual({ tabindex: '0', scrolls: true, pageOverflow: 0 });
  });
});
