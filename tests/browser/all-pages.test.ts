import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, watchPage, type PageProblems } from '../support/browser';
import { listSitePages } from '../support/pages';
import { serveStatic, type StaticSite } from '../support/static-server';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';

// Every page of the built site in real Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA and
// best practices) in the light and the dark colour scheme, console errors, failed and
// foreign requests, CSP violations, the skip link and visible focus, reduced motion, and
// hostile query strings. Pages come from the sitemap, cross-checked with the files on disk.
// Each sweep visits the pages one after another in one browser context, collects every
// finding, and the tests below then assert on them, so one run reports everything.

const BROKEN_PAGES = resolve(import.meta.dirname, '../fixtures/broken-pages');

/** A path that no page has, to see the 404 page served for a missing URL at depth. */
const MISSING_PATH = '/findes-ikke/dybt/nede/';

/** Markup that must stay text wherever a page echoes its address. */
const HOSTILE_QUERY =
  `?q=${encodeURIComponent('<img src=x onerror=window.__xss=1>')}` +
  `&ids=${encodeURIComponent('<svg onload=window.__xss=1>')}#<script>`;

/** Elements that could carry injected code; a hostile address must not add any. */
const RISKY_ELEMENTS = ['img', 'svg', 'script', 'iframe', 'object', 'embed'];
// Scripts count only when inline or from another origin: the search page rightly loads
// Pagefind's own script from the site when the address holds a query.

/** Longest transition or animation allowed when the reader asks for reduced motion. */
const MAX_REDUCED_MS = 0.01;

/** Runs in every page before its own scripts: records `securitypolicyviolation` events. */
function recordCspViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
          (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''),
      ),
    true,
  );
}

/** A browser context for one sweep, with the CSP recorder installed. */
async function newContext(
  browser: Browser,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme });
  await context.addInitScript(recordCspViolations);
  return context;
}

/** Everything one visit found, besides what the inspection returns. */
interface Visit<T> {
  status: number | null;
  problems: PageProblems;
  /** Same-origin requests that failed or answered 4xx/5xx (the page's own 404 excepted). */
  failedRequests: string[];
  result: T;
}

/** Waits for two animation frames, so that scripts run on load have drawn. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

/**
 * One browser tab, reused for a whole sweep (a new tab per page costs a renderer each time).
 * It records, per visit, console errors, uncaught exceptions, foreign and failed requests and
 * CSP violations.
 */
class Tab {
  private readonly problems: PageProblems;
  private failedRequests: string[] = [];
  private url = '';

  private constructor(
    readonly page: Page,
    private readonly site: StaticSite,
  ) {
    this.problems = watchPage(page, site.origin);
    // The page's own address is not a failed request, even when it answers 404 on purpose.
    const ownFile = (address: string) =>
      address.startsWith(this.site.origin) && address.split('#')[0] !== this.url.split('#')[0];
    page.on('response', (response) => {
      if (response.status() >= 400 && ownFile(response.url())) {
        this.failedRequests.push(`${response.status()} ${response.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? 'failed';
      if (ownFile(request.url()) && error !== 'net::ERR_ABORTED') {
        this.failedRequests.push(`${error} ${request.url()}`);
      }
    });
  }

  static async open(context: BrowserContext, site: StaticSite): Promise<Tab> {
    return new Tab(await context.newPage(), site);
  }

  /** Opens `url`, lets `inspect` look at the page, and returns what it and the watchers found. */
  async visit<T>(
    url: string,
    inspect: (page: Page) => Promise<T>,
    waitUntil: 'load' | 'networkidle' = 'load',
  ): Promise<Visit<T>> {
    for (const list of Object.values(this.problems)) list.length = 0;
    this.failedRequests = [];
    this.url = url;
    const response = await this.page.goto(url, { waitUntil });
    await nextFrames(this.page);
    const result = await inspect(this.page);
    const recorded = await this.page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    const status = response?.status() ?? null;
    return {
      status,
      problems: {
        // The browser logs the 404 status of a missing page itself: the expected answer.
        consoleErrors: this.problems.consoleErrors.filter(
          (text) => !(status === 404 && /status of 404/.test(text)),
        ),
        pageErrors: [...this.problems.pageErrors],
        foreignRequests: [...this.problems.foreignRequests],
        cspViolations: [...this.problems.cspViolations, ...recorded],
      },
      failedRequests: [...this.failedRequests],
      result,
    };
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** Visits one address in a tab of its own. */
async function visit<T>(
  context: BrowserContext,
  site: StaticSite,
  url: string,
  inspect: (page: Page) => Promise<T>,
  waitUntil: 'load' | 'networkidle' = 'load',
): Promise<Visit<T>> {
  const tab = await Tab.open(context, site);
  try {
    return await tab.visit(url, inspect, waitUntil);
  } finally {
    await tab.close();
  }
}

/** Focus as the keyboard user sees it. */
interface FocusState {
  description: string;
  href: string | null;
  id: string;
  inMain: boolean;
  visible: boolean;
  indicated: boolean;
}

/** Where focus is now, and whether it is visible and has a focus indicator. */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return {
        description: 'body',
        href: null,
        id: '',
        inMain: false,
        visible: false,
        indicated: false,
      };
    }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      description: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> «${text}»`,
      href: element.getAttribute('href'),
      id: element.id,
      inMain: element.closest('main') !== null,
      visible: box.width > 1 && box.height > 1,
      indicated: outline || shadow,
    };
  });
}

/**
 * The keyboard path every page shares: Tab reaches the skip link (visible, with a focus
 * indicator), Enter moves focus to the main content, and the next Tab lands on something
 * with a visible focus indicator. Returns what went wrong.
 */
async function keyboardProblems(page: Page): Promise<{ skip: string[]; focus: string[] }> {
  const skip: string[] = [];
  const focus: string[] = [];
  await page.keyboard.press('Tab');
  const first = await focusState(page);
  if (!first.indicated) focus.push(`no focus indicator on ${first.description}`);
  if (first.href !== '#indhold') {
    // Without a skip link, Enter would activate whatever has focus: stop here.
    skip.push(`first Tab reaches ${first.description}, not the skip link`);
    return { skip, focus };
  }
  if (!first.visible) skip.push('the focused skip link is not visible');
  await page.keyboard.press('Enter');
  const target = await focusState(page);
  if (target.id !== 'indhold') skip.push(`the skip link moves focus to ${target.description}`);
  await page.keyboard.press('Tab');
  const next = await focusState(page);
  if (!next.visible || !next.indicated) {
    focus.push(
      `no visible focus indicator on ${next.description} (the first stop after the skip link)`,
    );
  }
  return { skip, focus };
}

/** Transitions and animations longer than allowed, with reduced motion asked for. */
async function motionProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const slow = await page.evaluate((maxMs) => {
    const longest = (value: string) =>
      Math.max(
        0,
        ...value.split(',').map((part) => {
          const text = part.trim();
          const number = parseFloat(text);
          if (Number.isNaN(number)) return 0;
          return text.endsWith('ms') ? number : number * 1000;
        }),
      );
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const transition = longest(style.transitionDuration);
        const animation = style.animationName === 'none' ? 0 : longest(style.animationDuration);
        if (transition > maxMs || animation > maxMs) {
          const name = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>${pseudo ?? ''}`;
          found.push(`${name} transition ${transition}ms, animation ${animation}ms`);
        }
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') {
      found.push('smooth scrolling on <html>');
    }
    return found.slice(0, 5);
  }, MAX_REDUCED_MS * 1.01);
  // The tab is reused for the next page, which must see the default again.
  await page.emulateMedia({ reducedMotion: null });
  return slow;
}

/** How many of each risky element a page has. */
function riskyCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (tags) =>
      Object.fromEntries(
        tags.map((tag) => [
          tag,
          [...document.getElementsByTagName(tag)].filter(
            (element) =>
              tag !== 'script' ||
              !element.hasAttribute('src') ||
              new URL((element as HTMLScriptElement).src).origin !== location.origin,
          ).length,
        ]),
      ),
    RISKY_ELEMENTS,
  );
}

/** Elements that carry an inline event handler attribute (`onerror`, `onload`, …). */
function inlineHandlers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => name.startsWith('on'))
        .map((name) => `<${element.tagName.toLowerCase()} ${name}>`),
    ),
  );
}

/** One line per problem, prefixed with the page. */
function perPage<T>(results: ReadonlyMap<string, T>, pick: (result: T) => readonly string[]) {
  return [...results].flatMap(([path, result]) => pick(result).map((line) => `${path}: ${line}`));
}

/**
 * A page that only forwards the reader (the short address /was/ with its meta refresh). It
 * navigates away as soon as it loads, so the sweeps check the page it leads to instead;
 * tests/browser/home.test.ts follows the redirect.
 */
const isRedirect = (siteDir: string, file: string) =>
  readFileSync(join(siteDir, file), 'utf8').includes('http-equiv="refresh"');

const { pages: allPages } = listSitePages(SITE_DIR);
const pages = allPages.filter((page) => !isRedirect(SITE_DIR, page.file));
const paths = pages.map((page) => page.path);
const hasPage = (path: string) => paths.includes(path);

/** Time for one sweep of every page: generous, as a shared CI machine can be slow. */
const SWEEP_TIMEOUT = Math.max(600_000, (paths.length + 1) * 20_000);

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

  it("visits every page of the sitemap, the 404 page and the editors' review list", () => {
    // The two pages the sitemap leaves out on purpose: 404.html and the noindex review list.
    const notInSitemap = pages.filter((page) => !page.inSitemap).map((page) => page.path);
    expect(notInSitemap).toEqual(['/404.html', '/redaktion/gennemgang/']);
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
          'networkidle',
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
      const found = await tab.visit(`${site.origin}${path}`, axeViolations);
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

  it('has no axe-core violation on any page', () => {
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
        'networkidle',
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
