import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, closePage, launchBrowser, openPage, watchPage } from '../support/browser';
import { serveStatic, type StaticSite } from '../support/static-server';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';

// Search on the built site (Pagefind index, Component UI, the site's CSP), served by a plain
// static server both at the root and under the sub-path used on GitHub Pages.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Site paths of pages the queries must find (the base is added per server). */
const pages = {
  cancer: '/forloeb/kraeft-rehabilitering-palliation/',
  knee: '/forloeb/knaeartrose-traening/',
  amputation: '/forloeb/benamputation-raadgivning/',
  osteoporosis: '/forloeb/osteoporose-regionale-tilbud/',
};

/** How many of the first results count as "near the top". */
const TOP = 5;

const summary = (page: Page) => page.locator('pagefind-summary');

/** Opens the search page with a query in the address and waits for every result to render. */
async function searchFor(page: Page, site: StaticSite, query: string): Promise<void> {
  await page.goto(`${site.url}soeg/?q=${encodeURIComponent(query)}`);
  await waitForResults(page);
}

/** Waits until the summary reports a count and no result placeholder is left. */
async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('pagefind-summary')?.textContent ?? '';
    const placeholders = document.querySelectorAll('.pf-results > li[aria-hidden="true"]');
    return /\d+ resultat|Ingen resultater/.test(text) && placeholders.length === 0;
  });
}

/** The result count the summary shows. */
async function resultCount(page: Page): Promise<number> {
  const text = (await summary(page).textContent()) ?? '';
  return /Ingen resultater/.test(text) ? 0 : Number(/(\d+) resultat/.exec(text)?.[1] ?? NaN);
}

/** The site paths (base removed) of the result links, best first. */
async function resultPaths(page: Page, site: StaticSite): Promise<string[]> {
  const hrefs = await page
    .locator('.pf-result-link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) =>
    href.startsWith(site.base) ? `/${href.slice(site.base.length)}` : href,
  );
}

const sites = [
  { label: 'at the root', dir: () => SITE_DIR, base: '/' },
  { label: `under ${SUBPATH_BASE}`, dir: () => SUBPATH_SITE_DIR, base: SUBPATH_BASE },
];

describe.each(sites)('search on the built site $label', ({ dir, base }) => {
  let site: StaticSite;
  let page: Page;

  beforeAll(async () => {
    site = await serveStatic(dir(), base);
  });
  afterAll(async () => {
    await site?.close();
  });

  const open = async (options: Parameters<typeof openPage>[1] = {}) => {
    page = await openPage(browser, options);
    // Tall enough that Pagefind's lazy result list renders every result at once.
    await page.setViewportSize({ width: 1280, height: 4000 });
    return page;
  };
  const close = () => closePage(page);

  it('fetches nothing from Pagefind until a person starts to search', async () => {
    await open();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}soeg/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    const pagefindRequest = page.waitForRequest((request) =>
      request.url().endsWith(`${base}pagefind/pagefind.js`),
    );
    await page.focus('#search-page-input');
    await pagefindRequest;
    await close();
  });

  it.each([
    ['kræftpatienter', pages.cancer],
    ['kræften', pages.cancer],
    ['knæet', pages.knee],
    ['knæartrosen', pages.knee],
    ['amputationer', pages.amputation],
    ['osteoporosen', pages.osteoporosis],
  ])(
    'finds the expected pathway near the top for the inflected query «%s»',
    async (query, path) => {
      await open();
      await searchFor(page, site, query);
      expect((await resultPaths(page, site)).slice(0, TOP)).toContain(path);
      await close();
    },
  );

  it('finds a diabetes case for the inflected compound «diabetespatienter»', async () => {
    await open();
    await searchFor(page, site, 'diabetespatienter');
    const top = (await resultPaths(page, site)).slice(0, TOP);
    expect(top.some((path) => path.startsWith('/cases/'))).toBe(true);
    await close();
  });

  it('reports the words as typed, not the normalised query sent to Pagefind', async () => {
    await open();
    await searchFor(page, site, 'knæet');
    expect(await summary(page).textContent()).toMatch(/\d+ resultat(er)? for knæet$/);
    await close();
  });

  it('shows the page type, the title and an excerpt on every result', async () => {
    await open();
    await searchFor(page, site, 'rehabilitering');
    const results = await page.locator('.pf-results > li').evaluateAll((items) =>
      items.map((item) => ({
        type: item.querySelector('.search-result-type')?.textContent?.trim() ?? '',
        title: item.querySelector('.pf-result-link')?.textContent?.trim() ?? '',
        excerpt: item.querySelector('.pf-result-excerpt')?.textContent?.trim() ?? '',
      })),
    );
    expect(results.length).toBeGreaterThan(1);
    for (const result of results) {
      expect(['Forløb', 'Case', 'Ansvarstabel', 'Aktør']).toContain(result.type);
      expect(result.title).not.toBe('');
      expect(result.excerpt).not.toBe('');
    }
    await close();
  });

  it.each(['sidetype', 'sygdomsområde', 'region', 'sektor', 'aktør'])(
    'narrows the results with the «%s» filter',
    async (filter) => {
      await open();
      await searchFor(page, site, 'rehabilitering');
      const before = await resultCount(page);
      const group = page.locator(`.pf-filter-group[data-filter-name="${filter}"]`);
      await expect(group.count()).resolves.toBe(1);
      if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) {
        await group.locator('summary').click();
      }
      // The first value that covers some but not all of the results.
      const options = await group.locator('.pf-filter-checkbox').evaluateAll((labels) =>
        labels.map((label) => ({
          id: label.getAttribute('for') ?? '',
          count: Number(label.querySelector('.pf-filter-checkbox-count')?.textContent ?? NaN),
        })),
      );
      const option = options.find(({ count }) => count > 0 && count < before);
      expect(option, `a «${filter}» value that covers part of ${before} results`).toBeDefined();
      await page.locator(`[id="${option?.id}"]`).check();
      await page.waitForFunction(
        (expected) =>
          document.querySelectorAll('.pf-results > li').length === expected &&
          document.querySelectorAll('.pf-results > li[aria-hidden="true"]').length === 0,
        option?.count,
      );
      expect(await resultCount(page)).toBe(option?.count);
      expect(option?.count).toBeLessThan(before);
      await close();
    },
  );

  it('opens the right page from a result link', async () => {
    await open();
    await searchFor(page, site, 'amputationer');
    expect(await resultPaths(page, site)).toContain(pages.amputation);
    const link = page.locator(`.pf-result-link[href="${base}${pages.amputation.slice(1)}"]`);
    const title = (await link.textContent())?.trim() ?? '';
    await link.click();
    await page.waitForURL(`${site.url}${pages.amputation.slice(1)}`);
    expect(await page.locator('h1').textContent()).toContain(title);
    await close();
  });

  it('sorts the results by title in Danish alphabetical order when asked', async () => {
    await open();
    await searchFor(page, site, 'rehabilitering');
    await page.selectOption('#search-sort', 'titel:asc');
    await page.waitForFunction(() => !document.querySelector('.pf-results[aria-busy="true"]'));
    await waitForResults(page);
    const titles = await page
      .locator('.pf-result-link')
      .evaluateAll((links) => links.map((link) => link.textContent?.trim() ?? ''));
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'da')));
    await close();
  });

  it('treats a hostile ?q= as plain text: no element, no script, no error', async () => {
    await open();
    const problems = watchPage(page, site.origin);
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await searchFor(page, site, hostile);
    expect(await page.inputValue('#search-page-input')).toBe(hostile);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(await summary(page).textContent()).toContain(hostile);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await close();
  });

  it('searches and filters with no CSP violation, console error or foreign request', async () => {
    await open();
    const problems = watchPage(page, site.origin);
    await searchFor(page, site, 'kræft');
    await page.locator('[data-filter-name="sidetype"] .pf-checkbox-input').first().check();
    await waitForResults(page);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations while showing results in the %s scheme',
    async (colorScheme) => {
      await open({ colorScheme });
      await searchFor(page, site, 'kræft');
      expect(await resultCount(page)).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    },
  );

  it('can be used with the keyboard from the field to a result page', async () => {
    await open();
    await page.goto(`${site.url}soeg/`);
    await page.focus('#search-page-input');
    await page.keyboard.type('amputationer');
    await waitForResults(page);
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(new RegExp(`^${base}`));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === focused);
    await close();
  });

  it('keeps the query in the address while typing', async () => {
    await open();
    await page.goto(`${site.url}soeg/`);
    await page.fill('#search-page-input', 'knæet');
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('knæet');
    await close();
  });

  it('runs the query from the header search field of another page', async () => {
    await open();
    await page.goto(site.url);
    await page.fill('#header-search', 'samblik');
    await page.press('#header-search', 'Enter');
    await page.waitForURL((url) => url.pathname === `${base}soeg/`);
    await waitForResults(page);
    expect(await page.inputValue('#search-page-input')).toBe('samblik');
    expect(await resultPaths(page, site)).toContain('/cases/samblik/');
    await close();
  });

  it('shows a Danish notice instead of a broken box when the index cannot be loaded', async () => {
    await open();
    const problems = watchPage(page, site.origin);
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404 }));
    await page.goto(`${site.url}soeg/?q=kr%C3%A6ft`);
    const status = page.locator('[data-search-status]');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toContain('Søgningen kunne ikke hentes');
    expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await close();
  });
});
