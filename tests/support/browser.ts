import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/** Debian's Chromium; never a downloaded browser. Override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this sandbox needs (no network, no sandbox as root). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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

/** Runs axe-core on the page and returns its violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} → ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
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
