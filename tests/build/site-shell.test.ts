import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles, readPage } from '../support/built-pages';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';
import { NEW_CONTENT_FIXTURE, SUBPATH_SITE_URL } from '../../tools/subpath.mjs';
import { COLLECTIONS } from '../../src/content/collections';
import { contentIds } from '../support/content-entries';

const pages = listHtmlFiles(SITE_DIR);
const NEW_CONTENT_DIR = resolve(import.meta.dirname, '../..', NEW_CONTENT_FIXTURE);
const NAV_LABELS = ['Forløb', 'Cases', 'Ansvarsfordeling', 'Aktører', 'Søg', 'Om'];

describe('the built site shell', () => {
  it('writes a 404.html at the top of the site for static hosts', () => {
    expect(existsSync(join(SITE_DIR, '404.html'))).toBe(true);
  });

  it('declares Danish on every page', () => {
    const notDanish = pages.filter(
      (page) => readPage(SITE_DIR, page).querySelector('html')?.getAttribute('lang') !== 'da',
    );
    expect(notDanish).toEqual([]);
  });

  it('gives every page exactly one h1 and a non-empty title', () => {
    const wrong = pages.filter((page) => {
      const html = readPage(SITE_DIR, page);
      return (
        html.querySelectorAll('h1').length !== 1 || html.querySelector('title')?.text.trim() === ''
      );
    });
    expect(wrong).toEqual([]);
  });

  it('puts the main navigation with all six sections on every page', () => {
    const missing = pages.filter((page) => {
      const labels = readPage(SITE_DIR, page)
        .querySelectorAll('nav[aria-label="Hovedmenu"] a')
        .map((link) => link.text.trim());
      return NAV_LABELS.some((label) => !labels.includes(label));
    });
    expect(missing).toEqual([]);
  });

  it('marks the current section in the navigation', () => {
    const current = readPage(SITE_DIR, 'om/index.html').querySelector('nav [aria-current="page"]');
    expect(current?.text.trim()).toBe('Om');
  });

  it('links the accessibility statement and every source from the footer', () => {
    const footer = readPage(SITE_DIR, 'index.html').querySelector('footer');
    const links = footer?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    expect(links).toContain('/tilgaengelighed/');
    expect(
      links.filter((href) => href?.startsWith('/kilder/') && href !== '/kilder/').sort(),
    ).toEqual(contentIds('sources').map((id) => `/kilder/${id}/`));
  });

  it('writes a sitemap for crawlers and the link checks', () => {
    expect(readFileSync(join(SITE_DIR, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
  });

  it('keeps the pages free of inline style attributes, which the CSP would block', () => {
    const withStyle = pages.filter((page) => readPage(SITE_DIR, page).querySelector('[style]'));
    expect(withStyle).toEqual([]);
  });
});

describe('the site built under a sub-path', () => {
  const subpathPages = listHtmlFiles(SUBPATH_SITE_DIR);

  // The build's content has a new source, case, actor and pathway (tests/fixtures/new-content/).
  const added = (['sources', 'cases', 'actors', 'pathways'] as const).flatMap((collection) =>
    contentIds(collection, NEW_CONTENT_DIR).map((id) => `${COLLECTIONS[collection].page}/${id}/`),
  );

  it('builds a page for each entry added to its content', () => {
    expect(added.length).toBeGreaterThanOrEqual(4);
    for (const folder of added) expect(subpathPages).toContain(`${folder}index.html`);
  });

  it('builds the same pages as the root build, less the CMS of a publishing build', () => {
    // tools/subpath.mjs makes it a publishing build without a CMS backend (docs/cms.md).
    expect(subpathPages.filter((page) => !added.some((folder) => page.startsWith(folder)))).toEqual(
      pages.filter((page) => !page.startsWith('admin/')),
    );
  });

  it('prefixes every internal link with the sub-path', () => {
    const outside = subpathPages.flatMap((page) =>
      readPage(SUBPATH_SITE_DIR, page)
        .querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"], form[action^="/"]')
        .map(
          (element) =>
            element.getAttribute('href') ??
            element.getAttribute('src') ??
            element.getAttribute('action') ??
            '',
        )
        .filter((target) => !target.startsWith(SUBPATH_BASE))
        .map((target) => `${page} → ${target}`),
    );
    expect(outside).toEqual([]);
  });
});

describe('robots.txt', () => {
  const robots = (dir: string) => readFileSync(join(dir, 'robots.txt'), 'utf8');

  it("keeps crawlers out of the editors' pages, under the sub-path too", () => {
    expect(robots(SITE_DIR)).toMatch(/^Disallow: \/admin\/$/m);
    expect(robots(SITE_DIR)).toMatch(/^Disallow: \/redaktion\/$/m);
    expect(robots(SUBPATH_SITE_DIR)).toMatch(new RegExp(`^Disallow: ${SUBPATH_BASE}admin/$`, 'm'));
  });

  it('names the sitemap at the public address of a publishing build', () => {
    expect(robots(SUBPATH_SITE_DIR)).toContain(
      `Sitemap: ${SUBPATH_SITE_URL}${SUBPATH_BASE}sitemap-index.xml`,
    );
  });

  it('names no sitemap when the site’s address is not configured', () => {
    expect(robots(SITE_DIR)).not.toMatch(/Sitemap:/);
  });
});

describe('the dark colour scheme', () => {
  const css = readdirSync(join(SITE_DIR, '_astro'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(join(SITE_DIR, '_astro', file), 'utf8'));

  it('changes nothing but colours, so the dark sweep needs only axe’s colour rules', () => {
    // Every declaration inside a prefers-color-scheme: dark block sets a custom property.
    const blocks = css.flatMap((text) =>
      [
        ...text.matchAll(
          /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g,
        ),
      ].map((match) => match[1] ?? ''),
    );
    expect(blocks.length).toBeGreaterThan(0);
    const declarations = blocks.flatMap((block) =>
      [...block.matchAll(/\{([^{}]*)\}/g)].flatMap((rule) =>
        (rule[1] ?? '')
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean),
      ),
    );
    expect(declarations.filter((declaration) => !declaration.startsWith('--'))).toEqual([]);
  });
});
