import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles, readPage } from '../support/built-pages';
import { SITE_DIR } from '../support/site-dirs';

// Today's lists fit on one page, so the built site (`SITE_DIR`) must look as it did before lists
// could be split: no later pages, no lists per disease area, no page links. The split itself is
// checked on a generated build (dist-scale) by the page-weight test.

const pages = listHtmlFiles(SITE_DIR);
const pathwayCount = readdirSync(resolve(import.meta.dirname, '../../content/pathways')).filter(
  (name) => name.endsWith('.mdx'),
).length;

// «Seneste ændringer» grows with the history, not with the content, so it is split already.
const contentLists = pages.filter((page) => !page.startsWith('seneste-aendringer/'));

describe('the lists of today’s content', () => {
  it('builds no later page of any list', () => {
    expect(contentLists.filter((page) => page.split('/').includes('side'))).toEqual([]);
  });

  it('builds no list per disease area and no separate list of an actor’s tables', () => {
    expect(existsSync(join(SITE_DIR, 'forloeb/omraade'))).toBe(false);
    expect(pages.filter((page) => /^aktoerer\/[^/]+\/tabeller\//.test(page))).toEqual([]);
  });

  it('shows page links on no page', () => {
    const withLinks = contentLists.filter((page) =>
      readPage(SITE_DIR, page).querySelector('.pagination'),
    );
    expect(withLinks).toEqual([]);
  });

  it('shows no choice of disease area above the pathway list', () => {
    expect(readPage(SITE_DIR, 'forloeb/index.html').querySelector('#omraader')).toBeNull();
  });

  it('offers one door per pathway on the home page', () => {
    const doors = readPage(SITE_DIR, 'index.html').querySelectorAll('.door-link');
    expect(doors.map((door) => door.getAttribute('href'))).toHaveLength(pathwayCount);
    expect(
      doors.every((door) => /^\/forloeb\/[^/]+\/$/.test(door.getAttribute('href') ?? '')),
    ).toBe(true);
  });
});
