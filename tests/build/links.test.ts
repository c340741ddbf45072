import { resolve } from 'node:path';
import { readPage } from '../support/built-pages';
import { describe, expect, it } from 'vitest';
import { formatLinkProblems } from '../support/link-check';
import { listSitePages } from '../support/pages';
import { checkSiteLinks } from '../support/site-scan';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';

// Every internal href/src/action/srcset/CSS url() and every #anchor of the built site,
// resolved against the configured base, for the root build and the sub-path build.

const BROKEN_PAGES = resolve(import.meta.dirname, '../fixtures/broken-pages');

const builds = [
  { label: 'the root build', dir: SITE_DIR, base: '/' },
  { label: `the ${SUBPATH_BASE} build`, dir: SUBPATH_SITE_DIR, base: SUBPATH_BASE },
];

describe.each(builds)('links in $label', ({ dir, base }) => {
  const report = checkSiteLinks(dir, { base });

  it('has no broken internal link, missing #anchor or link outside the base', () => {
    expect(formatLinkProblems(report.problems)).toEqual([]);
  });

  it('links other sites only over https, mailto or tel (listed, never fetched)', () => {
    const insecure = report.external.filter((url) => !/^(https:|mailto:|tel:)/.test(url));
    expect(insecure).toEqual([]);
  });
});

describe.each(builds)('the sitemap of $label', ({ dir, base }) => {
  const { pages, sitemapWithoutFile, filesNotInSitemap } = listSitePages(dir, base);

  it('lists only pages that were built', () => {
    expect(sitemapWithoutFile).toEqual([]);
  });

  it('lists exactly the built pages that are not marked noindex', () => {
    const noindex = (file: string) =>
      readPage(dir, file).querySelector('meta[name="robots"]')?.getAttribute('content') ===
      'noindex';
    const listedNoindex = pages.filter((page) => page.inSitemap && noindex(page.file));
    expect(listedNoindex.map((page) => page.file)).toEqual([]);
    expect(filesNotInSitemap.filter((file) => !noindex(file))).toEqual([]);
  });

  it('leaves out the search page, the short address, 404 and the review list', () => {
    expect(filesNotInSitemap).toEqual(
      expect.arrayContaining([
        '404.html',
        'soeg/index.html',
        'was/index.html',
        'redaktion/gennemgang/index.html',
      ]),
    );
  });

  it('gives the page checks more than the handful of pages of the site shell', () => {
    expect(pages.filter((page) => page.inSitemap).length).toBeGreaterThan(5);
  });
});

describe('the link checker, on a deliberately broken site', () => {
  const messages = formatLinkProblems(checkSiteLinks(BROKEN_PAGES, { base: '/' }).problems);

  it.each([
    ['a link to a page that does not exist', 'index.html: a[href] → /findes-ikke/ (no such page)'],
    ['a link to a missing #anchor', 'index.html: a[href] → ok/#findes-ikke (no element with id'],
    ['a missing #anchor on the same page', 'index.html: a[href] → #mangler (no element with id'],
    ['a page link without its trailing slash', 'index.html: a[href] → /ok (page link without'],
    ['a missing image', 'index.html: img[src] → billede.png (no such file)'],
    ['a missing srcset candidate', 'index.html: img[srcset] → /billede-2x.png (no such file)'],
    ['a missing script', 'index.html: script[src] → /_astro/mangler.js (no such file)'],
    ['a missing style sheet', 'index.html: link[href] → /mangler.css (no such file)'],
    ['a form posting to a missing page', 'index.html: form[action] → /soeg-ikke/ (no such page)'],
    ['a javascript: URL', 'index.html: a[href] → javascript:void(0) (javascript: URL'],
    ['a relative link on the 404 page', '404.html: a[href] → ok/ (relative link on the 404 page'],
    ['a missing file in a style sheet', 'style.css: css url() → skrift.woff2 (no such file)'],
  ])('reports %s', (_name, expected) => {
    expect(messages.some((message) => message.startsWith(expected))).toBe(true);
  });

  it('accepts the links that do resolve', () => {
    expect(
      messages.filter((message) => message.includes('→ ok/#her') || message.includes('→ /ok/ ')),
    ).toEqual([]);
  });

  it('reports a root link as outside the base when the site is served under a sub-path', () => {
    const problems = checkSiteLinks(BROKEN_PAGES, { base: '/rehab/' }).problems;
    expect(formatLinkProblems(problems)).toContain(
      'ok/index.html: a[href] → /ok/ (outside the base /rehab/)',
    );
  });
});
