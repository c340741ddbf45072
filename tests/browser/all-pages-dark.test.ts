import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser';
import {
  MISSING_PATH,
  newContext,
  type Visit,
  Tab,
  visit,
  perPage,
  isRedirect,
  paths,
  hasPage,
  SWEEP_TIMEOUT,
} from '../support/page-sweep';
import { listSitePages } from '../support/pages';
import { serveStatic, type StaticSite } from '../support/static-server';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';

// Every page of the built site in real Chromium at 320, 390, 768 and 1280 px, in the dark
// colour scheme, the interactive states in both schemes, and every page of the sub-path build.
// The light-scheme sweep is in all-pages.test.ts; tests/support/page-sweep.ts has the helpers.

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveStatic(SITE_DIR);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The widths every page is checked at: small phone, phone, tablet, desktop. */
const WIDTHS = [320, 390, 768, 1280];

describe('every page at 320, 390, 768 and 1280 px', () => {
  const overflow: string[] = [];

  beforeAll(async () => {
    // One tab; each page is loaded once and measured at every width (only the viewport
    // changes, so media queries apply as on a device of that width).
    const context = await newContext(browser, 'light');
    const page = await context.newPage();
    for (const path of paths) {
      await page.setViewportSize({ width: WIDTHS[0] ?? 320, height: 900 });
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      // Sections that content-visibility leaves unrendered off screen are laid out here, so
      // their width counts (through the CSSOM, which the page's CSP allows).
      await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('body *')) {
          if (getComputedStyle(element).contentVisibility === 'auto') {
            element.style.contentVisibility = 'visible';
          }
        }
      });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const extra = await page.evaluate(async () => {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return document.documentElement.scrollWidth - document.documentElement.clientWidth;
        });
        if (extra > 0) overflow.push(`${path} at ${width} px: ${extra} px wider than the screen`);
      }
    }
    await context.close();
  }, SWEEP_TIMEOUT);

  it('keeps every page free of horizontal scrolling', () => {
    expect(paths.length).toBeGreaterThan(40);
    expect(overflow).toEqual([]);
  });
});

describe('every page in the dark colour scheme', () => {
  const violations = new Map<string, string[]>();

  beforeAll(async () => {
    const context = await newContext(browser, 'dark');
    const tab = await Tab.open(context, site);
    for (const path of [...paths, MISSING_PATH]) {
      // Only colours change in the dark scheme: the rules that read them (COLOUR_RULES); the
      // light sweep runs every rule on the same pages.
      const found = await tab.visit(`${site.origin}${path}`, (page) =>
        axeViolations(page, 'colour rules'),
      );
      violations.set(path, found.result);
    }
    await context.close();
  }, SWEEP_TIMEOUT);

  it('is really shown in the dark scheme', async () => {
    const context = await newContext(browser, 'dark');
    const page = await context.newPage();
    await page.goto(site.url);
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    await context.close();
    const [red = 255, green = 255, blue = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(red + green + blue).toBeLessThan(3 * 80);
  });

  it('has no colour contrast or colour-only link violation (axe-core) on any page', () => {
    expect(perPage(violations, (found) => found)).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('the interactive states in the %s scheme', (scheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(browser, scheme);
  });
  afterAll(async () => {
    await context?.close();
  });

  /** The problems a visit found, axe violations included, one line each. */
  const allProblems = (found: Visit<{ axe: string[] }>) => [
    ...found.result.axe,
    ...found.problems.consoleErrors,
    ...found.problems.pageErrors,
    ...found.problems.foreignRequests,
    ...found.problems.cspViolations,
    ...found.failedRequests,
  ];

  it.skipIf(!hasPage('/soeg/'))(
    'shows search results with no axe violation, console error, foreign request or CSP violation',
    async () => {
      const found = await visit(context, site, `${site.url}soeg/`, async (page) => {
        const links = () => page.locator('main a[href]').count();
        const before = await links();
        const field = page.locator('main input[type="search"]').first();
        await field.focus();
        await page.keyboard.type('rehabilitering');
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (count) => document.querySelectorAll('main a[href]').length > count,
          before,
        );
        await page.waitForLoadState('networkidle');
        return { axe: await axeViolations(page), results: (await links()) - before };
      });
      expect(found.result.results).toBeGreaterThan(0);
      expect(allProblems(found)).toEqual([]);
    },
  );

  it.skipIf(!hasPage('/cases/sammenlign/'))(
    'shows a comparison chosen with ?ids= with no axe violation, console error, foreign request or CSP violation',
    async () => {
      const compare = `${site.url}cases/sammenlign/`;
      const plain = await visit(context, site, compare, async (page) => ({
        ids: await page
          .locator('main input[name="ids"]')
          .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value)),
        svgs: await page.locator('main svg').count(),
      }));
      const ids = plain.result.ids.slice(0, 3);
      expect(ids.length).toBe(3);
      const found = await visit(
        context,
        site,
        `${compare}?ids=${ids.map(encodeURIComponent).join(',')}`,
        async (page) => ({
          axe: await axeViolations(page),
          svgs: await page.locator('main svg').count(),
        }),
        'quiet',
      );
      // The chart is drawn: the page has more SVG than without a selection.
      expect(found.result.svgs).toBeGreaterThan(plain.result.svgs);
      expect(allProblems(found)).toEqual([]);
    },
  );
});

describe(`every page of the ${SUBPATH_BASE} build`, () => {
  const visits = new Map<string, Visit<null>>();

  beforeAll(async () => {
    const subpathSite = await serveStatic(SUBPATH_SITE_DIR, SUBPATH_BASE);
    const context = await newContext(browser);
    const tab = await Tab.open(context, subpathSite);
    const subpathPages = listSitePages(SUBPATH_SITE_DIR, SUBPATH_BASE).pages.filter(
      (page) => !isRedirect(SUBPATH_SITE_DIR, page.file),
    );
    for (const page of subpathPages) {
      const url = `${subpathSite.url}${page.path.slice(1)}`;
      visits.set(page.path, await tab.visit(url, async () => null));
    }
    await context.close();
    await subpathSite.close();
  }, SWEEP_TIMEOUT);

  it('loads with no console error, failed or foreign request or CSP violation', () => {
    expect(
      perPage(visits, (found) => [
        ...found.problems.consoleErrors,
        ...found.problems.pageErrors,
        ...found.problems.foreignRequests,
        ...found.problems.cspViolations,
        ...found.failedRequests,
      ]),
    ).toEqual([]);
  });
});
