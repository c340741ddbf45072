import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { watchPage, type PageProblems } from './browser';
import { listSitePages } from './pages';
import type { StaticSite } from './static-server';
import { SITE_DIR } from './site-dirs';

// The sweeps of tests/browser/all-pages*.test.ts, shared: every page of the built site in real Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA and
// best practices) in the light and the dark colour scheme, console errors, failed and
// foreign requests, CSP violations, the skip link and visible focus, reduced motion, and
// hostile query strings. Pages come from the sitemap, cross-checked with the files on disk.
// Each sweep visits the pages one after another in one browser context, collects every
// finding, and the tests below then assert on them, so one run reports everything.

export const BROKEN_PAGES = resolve(import.meta.dirname, '../fixtures/broken-pages');

/** A path that no page has, to see the 404 page served for a missing URL at depth. */
export const MISSING_PATH = '/findes-ikke/dybt/nede/';

/** Markup that must stay text wherever a page echoes its address. */
export const HOSTILE_QUERY =
  `?q=${encodeURIComponent('<img src=x onerror=window.__xss=1>')}` +
  `&ids=${encodeURIComponent('<svg onload=window.__xss=1>')}#<script>`;

/** Elements that could carry injected code; a hostile address must not add any. */
export const RISKY_ELEMENTS = ['img', 'svg', 'script', 'iframe', 'object', 'embed'];
// Scripts count only when inline or from another origin: the search page rightly loads
// Pagefind's own script from the site when the address holds a query.

/** Longest transition or animation allowed when the reader asks for reduced motion. */
export const MAX_REDUCED_MS = 0.01;

/** Runs in every page before its own scripts: records `securitypolicyviolation` events. */
export function recordCspViolations(): void {
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
export async function newContext(
  browser: Browser,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme });
  await context.addInitScript(recordCspViolations);
  return context;
}

/** Everything one visit found, besides what the inspection returns. */
export interface Visit<T> {
  status: number | null;
  problems: PageProblems;
  /** Same-origin requests that failed or answered 4xx/5xx (the page's own 404 excepted). */
  failedRequests: string[];
  result: T;
}

/** Waits for two animation frames, so that scripts run on load have drawn. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

/**
 * How long a page must make no request to count as settled. Playwright's `networkidle` waits
 * 500 ms after the last request on every page, which was 37 s of idle waiting per sweep; the
 * pages' scripts start their requests (Pagefind, a comparison's cases) as soon as they run, and
 * each next one as soon as the last answered, so a shorter quiet spell sees the same end state.
 */
const QUIET_MS = 150;

/**
 * One browser tab, reused for a whole sweep (a new tab per page costs a renderer each time).
 * It records, per visit, console errors, uncaught exceptions, foreign and failed requests and
 * CSP violations.
 */
export class Tab {
  private readonly problems: PageProblems;
  private failedRequests: string[] = [];
  private url = '';
  /** Requests of this visit sent and not yet answered, and when the last one ended. */
  private readonly pending = new Set<Request>();
  private lastSettled = 0;

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
    page.on('request', (request) => this.pending.add(request));
    const settled = (request: Request) => {
      // A request of the page before (ended by the navigation) was never this visit's.
      if (this.pending.delete(request)) this.lastSettled = Date.now();
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);
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

  /** Resolves once no request has been pending for QUIET_MS. */
  private async quiet(): Promise<void> {
    for (;;) {
      await nextFrames(this.page);
      if (this.pending.size === 0 && Date.now() - this.lastSettled >= QUIET_MS) return;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS / 3));
    }
  }

  /**
   * Opens `url`, lets `inspect` look at the page, and returns what it and the watchers found.
   * `quiet` waits, after the load event, until the page's scripts have made their requests.
   */
  async visit<T>(
    url: string,
    inspect: (page: Page) => Promise<T>,
    waitUntil: 'load' | 'quiet' = 'load',
  ): Promise<Visit<T>> {
    for (const list of Object.values(this.problems)) list.length = 0;
    this.failedRequests = [];
    this.url = url;
    this.pending.clear();
    this.lastSettled = Date.now();
    const response = await this.page.goto(url, { waitUntil: 'load' });
    if (waitUntil === 'quiet') await this.quiet();
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
export async function visit<T>(
  context: BrowserContext,
  site: StaticSite,
  url: string,
  inspect: (page: Page) => Promise<T>,
  waitUntil: 'load' | 'quiet' = 'load',
): Promise<Visit<T>> {
  const tab = await Tab.open(context, site);
  try {
    return await tab.visit(url, inspect, waitUntil);
  } finally {
    await tab.close();
  }
}

/** Focus as the keyboard user sees it. */
export interface FocusState {
  description: string;
  href: string | null;
  id: string;
  inMain: boolean;
  visible: boolean;
  indicated: boolean;
}

/** Where focus is now, and whether it is visible and has a focus indicator. */
export function focusState(page: Page): Promise<FocusState> {
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
export async function keyboardProblems(page: Page): Promise<{ skip: string[]; focus: string[] }> {
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
export async function motionProblems(page: Page): Promise<string[]> {
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
export function riskyCounts(page: Page): Promise<Record<string, number>> {
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
export function inlineHandlers(page: Page): Promise<string[]> {
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
export function perPage<T>(
  results: ReadonlyMap<string, T>,
  pick: (result: T) => readonly string[],
) {
  return [...results].flatMap(([path, result]) => pick(result).map((line) => `${path}: ${line}`));
}

/**
 * A page that only forwards the reader (the short address /was/ with its meta refresh). It
 * navigates away as soon as it loads, so the sweeps check the page it leads to instead;
 * tests/browser/home.test.ts follows the redirect.
 */
export const isRedirect = (siteDir: string, file: string) =>
  readFileSync(join(siteDir, file), 'utf8').includes('http-equiv="refresh"');

export const { pages: allPages } = listSitePages(SITE_DIR);
export const pages = allPages.filter((page) => !isRedirect(SITE_DIR, page.file));
export const paths = pages.map((page) => page.path);
export const hasPage = (path: string) => paths.includes(path);

/** Time for one sweep of every page: generous, as a shared CI machine can be slow. */
export const SWEEP_TIMEOUT = Math.max(600_000, (paths.length + 1) * 20_000);
