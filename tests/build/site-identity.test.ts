import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles, readPage } from '../support/built-pages';
import { contentData, contentIds } from '../support/content-entries';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';
import { siteConfigFrom } from '../../src/site/config';
import { SUBPATH_ENV, SUBPATH_SITE_URL } from '../../tools/subpath.mjs';

// dist/ is a local build with nothing configured; dist-rehab/ a publishing build configured
// as tools/subpath.mjs says (SUBPATH_ENV).
const config = siteConfigFrom(SUBPATH_ENV);
const publisher = config.publisher?.name ?? '';
const phone = config.contact.phone ?? '';
const email = config.contact.email ?? '';
const listPages = (dir: string) => listHtmlFiles(dir).filter((page) => page !== 'was/index.html');
const pages = listPages(SITE_DIR);
const publishedPages = listPages(SUBPATH_SITE_DIR);
const textIn = (dir: string, page: string, selector: string) =>
  readPage(dir, page)
    .querySelector(selector)
    ?.text.replace(/\s+/g, ' ')
    .replace(/\u00a0/g, ' ')
    .trim() ?? '';
const text = (page: string, selector: string) => textIn(SITE_DIR, page, selector);
/** Text with its runs of white space made single spaces, as `text` gives a page's. */
const squeeze = (words: string) => words.replace(/\s+/g, ' ').trim();
const published = (page: string, selector: string) => textIn(SUBPATH_SITE_DIR, page, selector);

describe('the publisher of a publishing build, set in one configuration value', () => {
  it('is named under the wordmark in the header of every page', () => {
    const without = publishedPages.filter(
      (page) => !published(page, 'header .site-publisher').includes(publisher),
    );
    expect(without).toEqual([]);
  });

  it('is named with its phone and e-mail in the footer of every page', () => {
    const without = publishedPages.filter((page) => {
      const footer = published(page, 'footer');
      return ![publisher, phone, email].every((part) => footer.includes(part));
    });
    expect(without).toEqual([]);
  });

  it('is given on «Om sitet» with a phone link and an e-mail link', () => {
    const about = readPage(SUBPATH_SITE_DIR, 'om/index.html');
    expect(about.querySelector('[data-publisher]')?.text.trim()).toBe(publisher);
    const links = about.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toContain(`tel:${phone.replace(/ /g, '')}`);
    expect(links).toContain(`mailto:${email}`);
  });

  it('is printed with the page’s public address in a print-only block on every page', () => {
    const missing = publishedPages.filter((page) => {
      const facts = published(page, '.print-only.print-facts');
      const path = page === '404.html' ? '404' : page.replace(/index\.html$/, '');
      return (
        !facts.includes(publisher) || !facts.includes(`${SUBPATH_SITE_URL}${SUBPATH_BASE}${path}`)
      );
    });
    expect(missing).toEqual([]);
  });

  it('is printed with the review date on a page that has one', () => {
    expect(text('tilgaengelighed/index.html', '.print-facts')).toMatch(
      /Senest gennemgået: \d{1,2}\. [a-zæøå]+ \d{4}/,
    );
  });
});

describe('a build with no publisher, contact or address configured', () => {
  it('names no publisher in the header or the footer', () => {
    const named = pages.filter(
      (page) =>
        readPage(SITE_DIR, page).querySelector('.site-publisher, .footer-publisher') !== null,
    );
    expect(named).toEqual([]);
  });

  it('offers no phone or e-mail link anywhere', () => {
    const linked = pages.filter((page) =>
      readPage(SITE_DIR, page)
        .querySelectorAll('a')
        .some((a) => /^(tel|mailto):/.test(a.getAttribute('href') ?? '')),
    );
    expect(linked).toEqual([]);
  });

  it('prints no address and no publisher on paper', () => {
    const printed = pages.filter((page) =>
      /Sidens adresse|Udgiver:/.test(text(page, '.print-facts')),
    );
    expect(printed).toEqual([]);
  });

  it('never shows a reader a local address', () => {
    const local = pages.filter((page) => text(page, 'body').includes('localhost'));
    expect(local).toEqual([]);
  });
});

describe('the accessibility statement', () => {
  const statement = readPage(SITE_DIR, 'tilgaengelighed/index.html');
  const headings = statement.querySelectorAll('main h2').map((h) => h.text.trim());

  it('has the parts of a Danish accessibility statement, in order', () => {
    expect(headings).toEqual([
      'Overensstemmelsesstatus',
      'Kendte mangler',
      'Sådan er sitet vurderet',
      'Udarbejdelse af erklæringen',
      'Feedback og kontaktoplysninger',
      'Håndhævelsesprocedure',
    ]);
  });

  it('states a compliance status against WCAG and EN 301 549', () => {
    expect(text('tilgaengelighed/index.html', 'main')).toMatch(
      /delvist i overensstemmelse med WCAG 2\.1 niveau AA og standarden EN 301 549/,
    );
  });

  it('dates when it was prepared and last reviewed', () => {
    const times = statement.querySelectorAll('main time').map((t) => t.getAttribute('datetime'));
    expect(times).toHaveLength(2);
    expect(times.every((t) => /^\d{4}-\d{2}-\d{2}$/.test(t ?? ''))).toBe(true);
  });

  it('gives a phone and a written contact from the configuration', () => {
    const links = readPage(SUBPATH_SITE_DIR, 'tilgaengelighed/index.html')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(`tel:${phone.replace(/ /g, '')}`);
    expect(links).toContain(`mailto:${email}`);
  });

  it('links the complaints body, Digitaliseringsstyrelsen', () => {
    const links = statement.querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
    expect(links.some((href) => href.startsWith('https://digst.dk/'))).toBe(true);
  });

  it('gives its short address /was', () => {
    expect(text('tilgaengelighed/index.html', 'main')).toMatch(/\/was\/\./);
  });
});

describe('the short address /was', () => {
  it('sends readers to the statement with a meta refresh and a link', () => {
    const page = readPage(SITE_DIR, 'was/index.html');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/tilgaengelighed/',
    );
    expect(page.querySelector('main a[href="/tilgaengelighed/"]')).not.toBeNull();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('keeps the sub-path in the target under a sub-path build', () => {
    const page = readPage(SUBPATH_SITE_DIR, 'was/index.html');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0; url=${SUBPATH_BASE}tilgaengelighed/`,
    );
  });
});

describe('the source pages', () => {
  const sourceDir = resolve(import.meta.dirname, '../../content/sources');
  const sources = readdirSync(sourceDir).map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    data: parseYaml(readFileSync(join(sourceDir, file), 'utf8')) as {
      url?: string;
      shortTitle: string;
      lostInExtraction?: string[];
      aboutDocument?: {
        heading: string;
        section: string;
        paragraphs: string[];
        items?: string[];
      }[];
    },
  }));
  /** The sources with a property, or a clear failure when the content has none. */
  const sourcesWith = (property: string, has: (source: (typeof sources)[number]) => boolean) => {
    const found = sources.filter(has);
    if (found.length === 0)
      throw new Error(`No source in content/ ${property}; the test needs one.`);
    return found;
  };

  it('link the original document exactly where the source gives its address, and say so otherwise', () => {
    const wrong = sources.filter(({ id, data }) => {
      const section = readPage(SITE_DIR, `kilder/${id}/index.html`).querySelector(
        'section[aria-labelledby="original"]',
      );
      const link = section?.querySelector('a[rel="external"]')?.getAttribute('href');
      return data.url
        ? link !== data.url
        : link !== undefined || !section?.text.includes('oplyser ikke selv en netadresse');
    });
    expect(wrong).toEqual([]);
  });

  it('fold what the site does not reproduce into «Om kilden»', () => {
    const lost = sourcesWith('lists what is lost in extraction', ({ data }) =>
      Boolean(data.lostInExtraction?.length),
    );
    for (const { id, data } of lost) {
      const page = readPage(SITE_DIR, `kilder/${id}/index.html`);
      expect(page.querySelector('details.about-source summary')?.text.trim(), id).toBe('Om kilden');
      const about = text(`kilder/${id}/index.html`, 'details.about-source');
      for (const remark of data.lostInExtraction ?? [])
        expect(about, id).toContain(squeeze(remark));
    }
  });

  it('give what a document says about itself under its headings, with the section it is from', () => {
    const described = sourcesWith('says what the document says about itself', ({ data }) =>
      Boolean(data.aboutDocument?.length),
    );
    for (const { id, data } of described) {
      const body = text(`kilder/${id}/index.html`, 'main');
      for (const part of data.aboutDocument ?? []) {
        const section = /^\d/.test(part.section) ? `afsnit ${part.section}` : part.section;
        expect(body, id).toContain(part.heading);
        expect(body, id).toContain(`${data.shortTitle}, ${section}`);
        for (const said of [...part.paragraphs, ...(part.items ?? [])]) {
          expect(body, id).toContain(squeeze(said));
        }
      }
    }
  });
});

describe('citations on content pages', () => {
  it('fold the remarks about the source into «Om kilden» under the list of sources', () => {
    const noted = contentIds('pathways').flatMap((id) => {
      const cited = contentData('pathways', id)['sources'] as { note?: string }[];
      const notes = cited.flatMap(({ note }) => (note ? [squeeze(note)] : []));
      return notes.length > 0 ? [{ id, notes }] : [];
    });
    if (noted.length === 0) throw new Error('No pathway in content/ cites a source with a note.');
    for (const { id, notes } of noted) {
      const citations = readPage(SITE_DIR, `forloeb/${id}/index.html`).querySelector(
        'section.citations',
      );
      const summary = citations?.querySelector('details.about-source summary');
      expect(summary?.text.trim(), id).toBe('Om kilden');
      const list = squeeze(citations?.querySelector('ul')?.text ?? '');
      const about = squeeze(citations?.querySelector('details.about-source')?.text ?? '');
      for (const note of notes) {
        expect(list, id).not.toContain(note);
        expect(about, id).toContain(note);
      }
    }
  });

  it('never put a space before the comma after a linked document title', () => {
    const spaced = pages.filter((page) =>
      /<\/a>\s+,/.test(readFileSync(join(SITE_DIR, page), 'utf8')),
    );
    expect(spaced).toEqual([]);
  });
});
