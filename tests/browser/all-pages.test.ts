import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser';
import {
  BROKEN_PAGES,
  MISSING_PATH,
  HOSTILE_QUERY,
  RISKY_ELEMENTS,
  newContext,
  type Visit,
  Tab,
  visit,
  keyboardProblems,
  motionProblems,
  riskyCounts,
  inlineHandlers,
  perPage,
  pages,
  paths,
  SWEEP_TIMEOUT,
} from '../support/page-sweep';
import { serveStatic, type StaticSite } from '../support/static-server';
import { SITE_DIR } from '../support/site-dirs';

// Every page of the built site in real Chromium, in the light colour scheme: axe-core (WCAG
// 2.0/2.1/2.2 A and AA and best practices), console errors, failed and foreign requests, CSP
// violations, the skip link and visible focus, reduced motion and hostile query strings; and
// the checks themselves, on deliberately broken pages. The dark scheme, the widths and the
// sub-path build are in all-pages-dark.test.ts, so the two sweeps run side by side.

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

interface LightResult {
  axe: string[];
  skip: string[];
  focus: string[];
  motion: string[];
  counts: Record<string, number>;
}

describe('every page in the light colour scheme', () => {
  const visits = new Map<string, Visit<LightResult>>();
  const everyPage = [...paths, MISSING_PATH];

  beforeAll(async () => {
    const context = await newContext(browser, 'light');
    const tab = await Tab.open(context, site);
    for (const path of everyPage) {
      const found = await tab.visit(`${site.origin}${path}`, async (page) => {
        const counts = await riskyCounts(page);
        const axe = await axeViolations(page);
        const { skip, focus } = await keyboardProblems(page);
        const motion = await motionProblems(page);
        return { axe, skip, focus, motion, counts };
      });
      visits.set(path, found);
    }
    await context.close();
  }, SWEEP_TIMEOUT);

  it('visits every page of the sitemap and the noindex pages it leaves out', () => {
    // The pages the sitemap leaves out on purpose (src/site/indexing.mjs) are visited too.
    const notInSitemap = pages.filter((page) => !page.inSitemap).map((page) => page.path);
    expect(notInSitemap).toEqual(
      expect.arrayContaining(['/404.html', '/redaktion/gennemgang/', '/soeg/']),
    );
    expect(paths).toHaveLength(pages.length);
  });

  it('serves every page with status 200, and the 404 page for a missing address', () => {
    const statuses = [...visits].map(([path, found]) => `${path} ${found.status}`);
    expect(statuses).toEqual(
      everyPage.map((path) => `${path} ${path === MISSING_PATH ? 404 : 200}`),
    );
  });

  it('has no axe-core violation on any page', () => {
    expect(perPage(visits, (found) => found.result.axe)).toEqual([]);
  });

  it('logs no console error and throws no uncaught exception on any page', () => {
    expect(
      perPage(visits, (found) => [...found.problems.consoleErrors, ...found.problems.pageErrors]),
    ).toEqual([]);
  });

  it('loads every file a page asks for from the site', () => {
    expect(perPage(visits, (found) => found.failedRequests)).toEqual([]);
  });

  it('requests nothing from another origin on any page', () => {
    expect(perPage(visits, (found) => found.problems.foreignRequests)).toEqual([]);
  });

  it('causes no Content-Security-Policy violation on any page', () => {
    expect(perPage(visits, (found) => found.problems.cspViolations)).toEqual([]);
  });

  it('takes a keyboard user past the header with the skip link on every page', () => {
    expect(perPage(visits, (found) => found.result.skip)).toEqual([]);
  });

  it('shows a visible focus indicator on the skip link and the next stop on every page', () => {
    expect(perPage(visits, (found) => found.result.focus)).toEqual([]);
  });

  it('keeps transitions and animations at 0.01 ms or less when reduced motion is asked for', () => {
    expect(perPage(visits, (found) => found.result.motion)).toEqual([]);
  });

  describe('with a hostile query string and fragment', () => {
    const hostile = new Map<
      string,
      Visit<{ xss: unknown; counts: Record<string, number>; handlers: string[] }>
    >();

    beforeAll(async () => {
      const context = await newContext(browser, 'light');
      const tab = await Tab.open(context, site);
      for (const path of paths) {
        const found = await tab.visit(
          `${site.origin}${path}${HOSTILE_QUERY}`,
          async (page) => ({
            xss: await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
            counts: await riskyCounts(page),
            handlers: await inlineHandlers(page),
          }),
          'quiet',
        );
        hostile.set(path, found);
      }
      await context.close();
    }, SWEEP_TIMEOUT);

    it('runs none of the injected code on any page', () => {
      const ran = [...hostile].filter(([, found]) => found.result.xss !== undefined);
      expect(ran.map(([path]) => path)).toEqual([]);
    });

    it('adds no img, svg, iframe, object, embed or inline or foreign script on any page', () => {
      const added = [...hostile].flatMap(([path, found]) => {
        const before = visits.get(path)?.result.counts ?? {};
        return RISKY_ELEMENTS.filter(
          (tag) => (found.result.counts[tag] ?? 0) > (before[tag] ?? 0),
        ).map((tag) => `${path}: ${before[tag]} → ${found.result.counts[tag]} <${tag}>`);
      });
      expect(added).toEqual([]);
    });

    it('puts no inline event handler into any page', () => {
      expect(perPage(hostile, (found) => found.result.handlers)).toEqual([]);
    });

    it('causes no console error or CSP violation on any page', () => {
      expect(
        perPage(hostile, (found) => [
          ...found.problems.consoleErrors,
          ...found.problems.pageErrors,
          ...found.problems.cspViolations,
        ]),
      ).toEqual([]);
    });
  });
});

describe('the page checks, on deliberately broken pages', () => {
  let broken: StaticSite;
  let context: BrowserContext;
  beforeAll(async () => {
    broken = await serveStatic(BROKEN_PAGES);
    context = await newContext(browser);
  });
  afterAll(async () => {
    await context?.close();
    await broken?.close();
  });

  it('reports the CSP violations of a page that breaks its own policy', async () => {
    const found = await visit(context, broken, `${broken.url}csp-violation.html`, async (page) =>
      page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window),
    );
    expect(found.result).toBe(false);
    expect(found.problems.cspViolations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src(-elem)? blocked inline/),
        expect.stringMatching(/^style-src(-attr)? blocked inline/),
      ]),
    );
  });

  it('reports the requests a page makes to other origins', async () => {
    const found = await visit(
      context,
      broken,
      `${broken.url}foreign-request.html`,
      async () => null,
    );
    expect(found.problems.foreignRequests).toEqual(
      expect.arrayContaining([
        'https://fonts.example.com/skrift.css',
        'https://cdn.example.com/logo.png',
      ]),
    );
  });

  it('reports the axe-core violations of an invalid page', async () => {
    const found = await visit(context, broken, `${broken.url}invalid-html.html`, axeViolations);
    expect(found.result).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt /)]));
  });

  it('reports a page whose first Tab does not reach a skip link', async () => {
    const found = await visit(context, broken, `${broken.url}invalid-html.html`, keyboardProblems);
    expect(found.result.skip[0]).toMatch(/^first Tab reaches .*, not the skip link$/);
  });
});
