import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search as searchTexts, searchTypeLabels } from '../../src/i18n/search';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, closePage, launchBrowser, openPage, watchPage } from '../support/browser';
import { serveStatic, type StaticSite } from '../support/static-server';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';
import { contentData, contentIds, contentTitles } from '../support/content-entries';

// Search on the built site (Pagefind index and JS search API, the page's own result list and
// filters, the site's CSP), served by a plain static server both at the root and under the
// sub-path used on GitHub Pages.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The queries and pages come from the content and from the relevance test set when the test
// runs, never named here, so an editor's new, renamed or removed entry breaks nothing.

/** The first of `entries`, or a clear failure when there is none. */
function first<T>(entries: readonly T[], property: string): T {
  const found = entries[0];
  if (found === undefined) throw new Error(`There is no ${property}; the test needs one.`);
  return found;
}

interface Judgement {
  query: string;
  kind: string;
  first?: string[];
  top3?: string[];
}
/**
 * The inflected queries of the relevance test set (tests/search/relevance.yaml, the curated
 * judgements) that expect a pathway, each with the first pathway it expects.
 */
const inflectedQueries = (
  parse(
    readFileSync(resolve(import.meta.dirname, '../search/relevance.yaml'), 'utf8'),
  ) as Judgement[]
)
  .filter(({ kind }) => /bøj/.test(kind))
  .flatMap(({ query, first: firsts = [], top3 = [] }) => {
    const pathway = [...firsts, ...top3].find((path) => path.startsWith('/forloeb/'));
    return pathway === undefined ? [] : [[query, pathway] as const];
  });
first(inflectedQueries, 'inflected query in the relevance set that expects a pathway');

/** A pathway, searched for by its title. */
const pathway = first(contentTitles('pathways'), 'pathway');
const pathwayPath = `/forloeb/${pathway.id}/`;
/** A case, searched for by its title. */
const someCase = first(contentTitles('cases'), 'case');
/** A condition a pathway is about, as a reader types it: the first word of its condition. */
const condition = first(
  contentIds('pathways').flatMap((id) => {
    const word = /^\p{L}+/u.exec(String(contentData('pathways', id)['condition']))?.[0];
    return word === undefined ? [] : [word.toLocaleLowerCase('da')];
  }),
  'pathway with a condition',
);
/** A misspelling the synonym lists know, of a term the content writes. */
const misspelling = first(
  contentIds('synonyms').flatMap((id) => {
    const { terms, misspellings } = contentData('synonyms', id) as {
      terms: string[];
      misspellings?: string[];
    };
    const written = contentTitles('pathways').some(({ title }) =>
      terms.some((term) => title.toLocaleLowerCase('da').includes(term)),
    );
    return written ? (misspellings ?? []) : [];
  }),
  'misspelling in content/synonyms of a term in a pathway title',
);

/** How many of the first results count as "near the top". */
const TOP = 5;

const summary = (page: Page) => page.locator('[data-search-summary]');

/** Opens the search page with a query in the address and waits for the results to render. */
async function searchFor(page: Page, site: StaticSite, query: string): Promise<void> {
  await page.goto(`${site.url}soeg/?q=${encodeURIComponent(query)}`);
  await waitForResults(page);
}

/** Waits until the summary reports a count and the result list is no longer busy. */
async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-summary]')?.textContent ?? '';
    const list = document.querySelector('[data-search-list]');
    return (
      /\d+ resultat|Ingen resultater|Ingen sider/.test(text) &&
      list?.getAttribute('aria-busy') === 'false'
    );
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
    .locator('.search-result-title a')
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
    await page.setViewportSize({ width: 1280, height: 1000 });
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

  // The relevance test set runs every query on both builds (tests/build/search-relevance);
  // here the page's own handling of inflections, once per base path for the first of them.
  const inflected = inflectedQueries;
  it.each(base === '/' ? inflected : inflected.slice(0, 1))(
    'finds the expected pathway near the top for the inflected query «%s»',
    async (query, path) => {
      await open();
      await searchFor(page, site, query);
      expect((await resultPaths(page, site)).slice(0, TOP)).toContain(path);
      await close();
    },
  );

  // Behaviour that does not depend on the base path is tested once, at the root.
  if (base === '/') {
    it('finds a diabetes case for the inflected compound «diabetespatienter»', async () => {
      await open();
      await searchFor(page, site, 'diabetespatienter');
      const top = (await resultPaths(page, site)).slice(0, TOP);
      expect(top.some((path) => path.startsWith('/cases/'))).toBe(true);
      await close();
    });
  }

  // Behaviour that does not depend on the base path is tested once, at the root.
  if (base === '/') {
    it('reports the words as typed, not the normalised query sent to Pagefind', async () => {
      await open();
      await searchFor(page, site, 'knæet');
      expect(await summary(page).textContent()).toMatch(/^\d+ resultat(er)? for «knæet»$/);
      await close();
    });
  }

  // Behaviour that does not depend on the base path is tested once, at the root.
  if (base === '/') {
    it('shows the page type as a label, the title, and an excerpt that starts with content', async () => {
      await open();
      await searchFor(page, site, 'knæ');
      const results = await page.locator('.search-result').evaluateAll((items) =>
        items.map((item) => ({
          type: item.querySelector('.search-result-type')?.textContent?.trim() ?? '',
          title: item.querySelector('.search-result-title a')?.textContent?.trim() ?? '',
          excerpt: item.querySelector('.search-result-excerpt')?.textContent?.trim() ?? '',
          sections: [...item.querySelectorAll('.search-result-sections a')].map(
            (link) => link.textContent?.trim() ?? '',
          ),
        })),
      );
      expect(results.length).toBeGreaterThan(1);
      for (const result of results) {
        expect(Object.values(searchTypeLabels)).toContain(result.type);
        expect(result.title).not.toBe('');
        expect(result.excerpt).not.toBe('');
        // No page type, breadcrumb or repeated title in front of the page's own words.
        expect(result.excerpt.toLocaleLowerCase('da')).not.toMatch(
          new RegExp(`^${result.type.toLocaleLowerCase('da')}[.\\s]`),
        );
        expect(result.excerpt).not.toMatch(/←|Alle (forløb|cases|aktører|ansvarstabeller)/);
        expect(result.excerpt.startsWith(result.title)).toBe(false);
        expect(result.sections).not.toContain('Kilder');
      }
      await close();
    });
  }

  const filterNames = ['sidetype', 'sygdomsområde', 'region', 'sektor', 'aktør'] as const;
  it.each(base === '/' ? filterNames : filterNames.slice(0, 1))(
    'narrows the results with the «%s» filter',
    async (filter) => {
      await open();
      await searchFor(page, site, 'rehabilitering');
      const before = await resultCount(page);
      const group = page.locator(`fieldset[data-filter-name="${filter}"]`);
      await expect(group.count()).resolves.toBe(1);
      // The first value that covers some but not all of the results.
      const options = await group.locator('.search-filter-option').evaluateAll((labels) =>
        labels.map((label) => ({
          id: label.getAttribute('for') ?? '',
          count: Number(/\d+/.exec(label.querySelector('.search-filter-count')?.textContent ?? '')),
        })),
      );
      const option = options.find(({ count }) => count > 0 && count < before);
      expect(option, `a «${filter}» value that covers part of ${before} results`).toBeDefined();
      await page.locator(`[id="${option?.id}"]`).check();
      await page.waitForFunction(
        (expected) =>
          new RegExp(`^${expected} resultat`).test(
            document.querySelector('[data-search-summary]')?.textContent ?? '',
          ) && document.querySelector('[data-search-list]')?.getAttribute('aria-busy') === 'false',
        option?.count,
      );
      expect(await resultCount(page)).toBe(option?.count);
      expect(await page.locator('.search-result').count()).toBe(Math.min(option?.count ?? 0, 10));
      await close();
    },
  );

  it('opens the right page from a result link', async () => {
    await open();
    await searchFor(page, site, pathway.title);
    expect(await resultPaths(page, site)).toContain(pathwayPath);
    const link = page.locator(`.search-result-title a[href="${base}${pathwayPath.slice(1)}"]`);
    const title = (await link.textContent())?.trim() ?? '';
    await link.click();
    await page.waitForURL(`${site.url}${pathwayPath.slice(1)}`);
    expect(await page.locator('h1').textContent()).toContain(title);
    await close();
  });

  // Behaviour that does not depend on the base path is tested once, at the root.
  if (base === '/') {
    it('sorts the results by title in Danish alphabetical order when asked', async () => {
      await open();
      await searchFor(page, site, 'rehabilitering');
      const first = (await resultPaths(page, site))[0];
      await page.selectOption('#search-sort', 'titel:asc');
      await page.waitForFunction(
        (before) =>
          document.querySelector('[data-search-list]')?.getAttribute('aria-busy') === 'false' &&
          document.querySelector('.search-result-title a')?.getAttribute('href') !== before,
        `${base}${first?.slice(1)}`,
      );
      const titles = await page
        .locator('.search-result-title a')
        .evaluateAll((links) => links.map((link) => link.textContent?.trim() ?? ''));
      expect(titles.length).toBeGreaterThan(1);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'da')));
      await close();
    });
  }

  // Behaviour that does not depend on the base path is tested once, at the root.
  if (base === '/') {
    it('treats a hostile ?q= as plain text: no element, no script, no error', async () => {
      await open();
      const problems = watchPage(page, site.origin);
      const hostile = '<img src=x onerror="window.__pwned=1">';
      await searchFor(page, site, hostile);
      expect(await page.inputValue('#search-page-input')).toBe(hostile);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
      expect(await summary(page).textContent()).toContain(hostile);
      expect(await page.locator('main mark img, main [onerror]').count()).toBe(0);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      await close();
    });
  }

  it('searches and filters with no CSP violation, console error or foreign request', async () => {
    await open();
    const problems = watchPage(page, site.origin);
    await searchFor(page, site, 'kræft');
    await page.locator('fieldset[data-filter-name="sidetype"] input').first().check();
    await waitForResults(page);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await close();
  });

  const schemes = [
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
    ['dark', 390],
  ] as const;
  it.each(base === '/' ? schemes : schemes.slice(0, 1))(
    'has no axe violations with results and filters open in the %s scheme at %i px',
    async (colorScheme, width) => {
      await open({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await searchFor(page, site, 'kræft');
      expect(await resultCount(page)).toBeGreaterThan(0);
      if (width < 768) await page.click('[data-filter-toggle]');
      await page.locator('fieldset[data-filter-name="sidetype"] input').first().check();
      await waitForResults(page);
      expect(await page.locator('[data-search-filters]').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    },
  );

  // Behaviour that does not depend on the base path is tested once, at the root.
  if (base === '/') {
    it('shows a phone the results first and the filters behind a button that counts them', async () => {
      await open();
      await page.setViewportSize({ width: 390, height: 844 });
      await searchFor(page, site, 'kræft');
      const toggle = page.locator('[data-filter-toggle]');
      const filters = page.locator('[data-search-filters]');
      expect(await filters.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      // The first result's title is on the first screen, above any filter.
      const firstTitle = await page.locator('.search-result-title').first().boundingBox();
      expect((firstTitle?.y ?? Infinity) + (firstTitle?.height ?? 0)).toBeLessThan(844);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await filters.isVisible()).toBe(true);
      const boxes = page.locator('fieldset[data-filter-name="sidetype"] input');
      await boxes.nth(0).check();
      await waitForResults(page);
      await boxes.nth(1).check();
      await waitForResults(page);
      expect((await toggle.textContent())?.trim()).toBe('Afgræns (2 valgt)');
      await close();
    });
  }

  // Behaviour that does not depend on the base path is tested once, at the root.
  if (base === '/') {
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
  }

  // Behaviour that does not depend on the base path is tested once, at the root.
  if (base === '/') {
    it('keeps the query in the address while typing', async () => {
      await open();
      await page.goto(`${site.url}soeg/`);
      await page.fill('#search-page-input', 'knæet');
      await waitForResults(page);
      expect(new URL(page.url()).searchParams.get('q')).toBe('knæet');
      await close();
    });
  }

  it('runs the query from the header search field of another page', async () => {
    await open();
    await page.goto(site.url);
    await page.fill('#header-search', someCase.title);
    await page.press('#header-search', 'Enter');
    await page.waitForURL((url) => url.pathname === `${base}soeg/`);
    await waitForResults(page);
    expect(await page.inputValue('#search-page-input')).toBe(someCase.title);
    expect(await resultPaths(page, site)).toContain(`/cases/${someCase.id}/`);
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
  // Questions (issue 24): fillers never narrow a query to nothing, pages with most of the words
  // follow, excerpts mark what was meant, and no filter value is offered that gives nothing.
  if (base === '/') {
    it('finds for a question the same first page as for its meaningful words alone', async () => {
      await open();
      await searchFor(page, site, `ansvaret ${condition}`);
      const plain = await resultPaths(page, site);
      await searchFor(page, site, `hvem har ansvaret for ${condition}?`);
      const question = await resultPaths(page, site);
      expect(plain.length).toBeGreaterThan(0);
      expect(question[0]).toBe(plain[0]);
      await close();
    });

    it('lists the pages with most of the words under their own heading when few have them all', async () => {
      await open();
      // A question of the relevance set that used to find nothing: no page has every word
      // (Pagefind leaves out only words that are on no page at all).
      await searchFor(page, site, 'hvor kan min mor få genoptræning efter amputation');
      expect(await summary(page).textContent()).toMatch(/nogle af ordene/);
      expect(await page.locator('[data-search-list] .search-result').count()).toBeLessThan(3);
      const partial = page.locator('[data-search-partial]');
      expect(await partial.isVisible()).toBe(true);
      expect((await partial.locator('h2').textContent())?.trim()).toBe(searchTexts.partialHeading);
      expect(await partial.locator('.search-result').count()).toBeGreaterThan(0);
      await close();
    });

    it('marks a word in every excerpt of a question and never marks a filler', async () => {
      await open();
      await searchFor(page, site, 'hvem har ansvaret for kræftrehabilitering');
      const excerpts = await page
        .locator('.search-result-excerpt')
        .evaluateAll((items) =>
          items.map((item) => [...item.querySelectorAll('mark')].map((mark) => mark.textContent)),
        );
      expect(excerpts.length).toBeGreaterThan(0);
      for (const marks of excerpts) {
        expect(marks.length).toBeGreaterThan(0);
        for (const mark of marks)
          expect(mark?.toLocaleLowerCase('da')).not.toMatch(/^(hvem|har|for)$/);
      }
      await close();
    });

    it('marks a word in every excerpt after a spelling correction', async () => {
      await open();
      // A misspelling the synonyms know; pages are found by the right word.
      await searchFor(page, site, misspelling);
      const marks = await page
        .locator('.search-result-excerpt')
        .evaluateAll((items) => items.map((item) => item.querySelectorAll('mark').length));
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((count) => count > 0)).toBe(true);
      await close();
    });

    it('offers no filter value that would leave no result, but keeps a chosen one', async () => {
      await open();
      await searchFor(page, site, 'amputationsrådgiver');
      const offered = () =>
        page.locator('.search-filter-option').evaluateAll((labels) =>
          labels
            .filter((label) => !(label as HTMLElement).hidden)
            .map((label) => ({
              id: label.getAttribute('for') ?? '',
              checked: (label.querySelector('input') as HTMLInputElement).checked,
              count: Number(
                /\d+/.exec(label.querySelector('.search-filter-count')?.textContent ?? ''),
              ),
            })),
        );
      const before = await offered();
      expect(before.length).toBeGreaterThan(0);
      expect(before.filter((option) => option.count === 0)).toEqual([]);
      // Choose a value, then search for words it has no page for: it stays, to be unchosen.
      const chosen = before[0]!;
      await page.locator(`[id="${chosen.id}"]`).check();
      await waitForResults(page);
      await page.fill('#search-page-input', 'xqzvyw');
      await page.press('#search-page-input', 'Enter');
      await page.waitForFunction(() =>
        /Ingen resultater/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''),
      );
      const after = await offered();
      expect(after.map((option) => option.id)).toEqual([chosen.id]);
      expect(after[0]?.checked).toBe(true);
      await close();
    });
  }
});
