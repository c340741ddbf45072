import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';
import { SUBPATH_ENV, SUBPATH_SITE_URL } from '../../tools/subpath.mjs';
import { COLLECTIONS } from '../../src/content/collections';
import { CONTENT_DIR, contentIds } from '../support/content-entries';
import { runInNewContext } from 'node:vm';

const read = (path: string) => readFileSync(join(SITE_DIR, path), 'utf8');
const sitemap = () => read('sitemap-0.xml');

describe('the editors’ pages in the built site', () => {
  it('serve the CMS and its bundle from the site’s own folder', () => {
    const html = read('admin/index.html');
    expect(html).toContain('<script src="decap/decap-cms.js"></script>');
    expect(existsSync(join(SITE_DIR, 'admin/decap/decap-cms.js'))).toBe(true);
    expect(existsSync(join(SITE_DIR, 'admin/cms-setup.js'))).toBe(true);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('mark the CMS without a backend as a try-out in which nothing is saved', () => {
    const html = read('admin/index.html');
    expect(html).toMatch(
      /<aside class="cms-trial"[^>]*><p><strong>Prøvetilstand: intet bliver gemt\./,
    );
    // Outside Decap's root, so Decap's screens never replace it.
    expect(html.indexOf('class="cms-trial"')).toBeGreaterThan(html.indexOf('</main>'));
  });

  it('load every content file into the try-out CMS before Decap starts', () => {
    const html = read('admin/index.html');
    expect(html.indexOf('src="repo-files.js"')).toBeLessThan(
      html.indexOf('src="decap/decap-cms.js"'),
    );
    const sandbox = {
      window: {} as { repoFiles?: Record<string, Record<string, { content: string }>> },
    };
    runInNewContext(read('admin/repo-files.js'), sandbox);
    const repo = sandbox.window.repoFiles!;
    for (const [name, { folder, extension }] of Object.entries(COLLECTIONS)) {
      const ids = contentIds(name as keyof typeof COLLECTIONS);
      expect(Object.keys(repo[`content/${folder}`] ?? {}).sort()).toEqual(
        ids.map((id) => `${id}${extension}`),
      );
      for (const id of ids) {
        expect(repo[`content/${folder}`]![`${id}${extension}`]!.content).toBe(
          readFileSync(join(CONTENT_DIR, folder, `${id}${extension}`), 'utf8'),
        );
      }
    }
  });

  it('give the CMS page a CSP of its own and no other', () => {
    const policies = read('admin/index.html').match(/http-equiv="Content-Security-Policy"/g);
    expect(policies).toHaveLength(1);
  });

  it('generate a configuration with every collection', () => {
    const config = JSON.parse(read('admin/config.yml')) as { collections: { name: string }[] };
    expect(config.collections.map((c) => c.name).sort()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  it('keep the CMS and the review list out of the sitemap and the search index', () => {
    expect(sitemap()).not.toMatch(/\/(admin|redaktion)\//);
    expect(read('redaktion/gennemgang/index.html')).toContain(
      '<meta name="robots" content="noindex"',
    );
    expect(read('redaktion/gennemgang/index.html')).not.toContain('data-pagefind-body');
    expect(read('admin/index.html')).toContain('content="noindex, nofollow"');
  });

  it('list every pathway, case and table on the review page with a link to its editor', () => {
    const html = read('redaktion/gennemgang/index.html');
    for (const collection of ['pathways', 'cases', 'responsibilities'] as const) {
      const ids = contentIds(collection);
      expect(html.match(new RegExp(`<tr data-collection="${collection}"`, 'g')) ?? []).toHaveLength(
        ids.length,
      );
      for (const id of ids) {
        expect(html).toContain(`href="/admin/?rediger=${collection}%2F${id}"`);
      }
    }
  });

  it('show the last change from git under a content page', () => {
    // A pathway git already knows (a new, uncommitted one has no history yet).
    const tracked = execFileSync('git', ['ls-files', 'content/pathways'], { encoding: 'utf8' });
    const id = contentIds('pathways').find((name) => tracked.includes(`/${name}.mdx`));
    expect(read(`forloeb/${id}/index.html`)).toMatch(
      /Senest ændret: <time datetime="\d{4}-\d{2}-\d{2}">/,
    );
  });
});

describe('the feedback link on content pages', () => {
  // The first entry of each collection with a page, whatever the content holds today.
  const pages = (['pathways', 'cases', 'responsibilities', 'actors'] as const).map(
    (collection) => `${COLLECTIONS[collection].page}/${contentIds(collection)[0]}/index.html`,
  );

  it.each(pages)('is on %s of a publishing build with the title and public address', (page) => {
    const html = readFileSync(join(SUBPATH_SITE_DIR, page), 'utf8');
    const href = /<aside class="feedback[^>]*>[\s\S]*?<a href="([^"]+)"/.exec(html)?.[1] ?? '';
    const link = decodeURIComponent(href.replaceAll('&amp;', '&'));
    expect(link).toMatch(new RegExp(`^mailto:${SUBPATH_ENV.SITE_CONTACT_EMAIL}\\?subject=`));
    expect(link).toContain(`${SUBPATH_SITE_URL}${SUBPATH_BASE}${page.replace(/index\.html$/, '')}`);
  });

  it('is left out where no contact or feedback address is configured', () => {
    expect(pages.filter((page) => read(page).includes('class="feedback'))).toEqual([]);
  });
});
