import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serveStatic, type StaticSite } from './static-server';
import { findBrowser } from '../../tools/find-browser.mjs';

/**
 * The person's own Chromium, Chrome or Edge (tools/find-browser.mjs); never a downloaded one.
 * `npm test` checks for it before anything runs and stops with install help when there is none.
 */
function browserPath(): string {
  const found = findBrowser();
  if ('error' in found) throw new Error(found.error);
  return found.path;
}

/** Launches the browser headless with the flags this sandbox needs (no network, no sandbox as root). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Problems a page reported while it was open. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any origin other than the site's own. */
  foreignRequests: string[];
  /** Content-Security-Policy violations reported by the browser. */
  cspViolations: string[];
}

/** Starts recording console errors, uncaught errors, foreign requests and CSP violations. */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    cspViolations: [],
  };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) {
      problems.cspViolations.push(text);
    }
    problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) problems.foreignRequests.push(url);
  });
  return problems;
}

/** The WCAG rule sets every page is checked against. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];

/**
 * The axe rules whose outcome depends on the page's colours. The dark colour scheme changes
 * nothing but colours (its CSS sets only custom properties, which tests/build/site-shell.test.ts
 * holds), so the dark sweep runs these and the light sweep runs every rule.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core itself, injected into a page only when it is checked. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core with the project's tags (AXE_TAGS) in the page and returns its violations in
 * a readable form. It calls `axe.run` directly:
 * `@axe-core/playwright` opens an extra blank page for every check, which made a sweep of
 * every page in two colour schemes about eight times slower. It checks the top document
 * only, so a page with an iframe is reported: the site has none.
 */
export async function axeViolations(
  page: Page,
  only: 'every rule' | 'colour rules' = 'every rule',
): Promise<string[]> {
  const frames = await page.locator('iframe').count();
  const unchecked = frames > 0 ? [`iframe: ${frames} frame(s) that this check does not enter`] : [];
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Sections with `content-visibility: auto` are laid out only when they scroll near the
  // viewport, and until then axe measures their links as 0 px (false target-size failures) and
  // cannot check their colours. Render them as a reader scrolling down would see them. Setting
  // the style through the CSSOM is allowed by the site's Content-Security-Policy.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') {
        element.style.contentVisibility = 'visible';
      }
    }
  });
  const runOnly =
    only === 'colour rules'
      ? { type: 'rule', values: COLOUR_RULES }
      : { type: 'tag', values: AXE_TAGS };
  const results = await page.evaluate(
    (selection) =>
      (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: selection, resultTypes: ['violations'], iframes: false },
      ),
    runOnly,
  );
  return unchecked.concat(
    results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} → ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    ),
  );
}

/**
 * Opens a page in a fresh browser context (axe needs a context of its own).
 * Close it with `closePage(page)`.
 */
export async function openPage(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return context.newPage();
}

/** Closes a page opened with `openPage` together with its context. */
export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** A built site served the way a static host serves it, and a browser to visit it with. */
export interface ServedSite {
  readonly browser: Browser;
  readonly site: StaticSite;
}

/**
 * Serves `dir` (at `base`) and launches Chromium before the tests of the calling file, and stops
 * both after them. Read `browser` and `site` inside tests: they exist once `beforeAll` has run.
 */
export function useServedSite(dir: string, base = '/'): ServedSite {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await serveStatic(dir, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser)
        throw new Error('useServedSite: the browser is not running yet (use it in a test)');
      return browser;
    },
    get site() {
      if (!site) throw new Error('useServedSite: the site is not served yet (use it in a test)');
      return site;
    },
  };
}

/**
 * Opens `path` of a served site in a fresh page, checks that it answers 200, runs `check` on it
 * and closes the page again, also when `check` throws.
 */
export async function withPage<T>(
  served: ServedSite,
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
