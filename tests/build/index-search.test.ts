import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind-index';
import { serveStatic } from '../support/static-server';

// The index step of the Pagefind integration (src/integrations/pagefind-index.ts) over tiny built folders: which pages reach the index, and the
// errors that stop a build instead of producing a wrong index.

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function page(body: string, main = '<main data-pagefind-body>'): string {
  return `<!doctype html><html lang="da"><head><title>Side</title></head><body><header>Menu</header>${main}<h1>${body}</h1><p>${body} genoptræning</p></main></body></html>`;
}

function builtSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rehab-index-'));
  folders.push(root);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

describe('building the search index', () => {
  it('indexes exactly the pages whose main carries data-pagefind-body', async () => {
    const root = builtSite({
      'index.html': page('Forside', '<main>'),
      'forloeb/a/index.html': page('Forløb A'),
      'cases/b/index.html': page('Case B'),
      '404.html': page('Ikke fundet', '<main>'),
    });
    expect(await indexSite(root, [])).toBe(2);
    const entry = JSON.parse(readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.da.page_count).toBe(2);
  });

  it('refuses to index a 404 page that carries data-pagefind-body, naming the file', async () => {
    const root = builtSite({
      'forloeb/a/index.html': page('Forløb A'),
      '404.html': page('Ikke fundet'),
    });
    await expect(indexSite(root, [])).rejects.toThrow(/404\.html har data-pagefind-body/);
  });

  it('writes an empty index, not one of every page, while no page opts in', async () => {
    const root = builtSite({
      'index.html': page('Forside', '<main>'),
      'om/index.html': page('Om', '<main>'),
    });
    expect(await indexSite(root, [])).toBe(0);
  });

  it('finds a page by the synonyms and compound parts of its words, which its file never shows', async () => {
    const root = builtSite({
      'index.html': page('Forside', '<main>'),
      'forloeb/a/index.html': page('Osteoporose og kræftrehabilitering'),
      'forloeb/b/index.html': page('Kræft og rehabilitering'),
    });
    await indexSite(root, [{ terms: ['osteoporose', 'knogleskørhed'], misspellings: [] }]);
    expect(readFileSync(join(root, 'forloeb/a/index.html'), 'utf8')).not.toContain('knogleskørhed');
    const site = await serveStatic(root);
    try {
      const pagefind = await import(pathToFileURL(join(root, 'pagefind/pagefind.js')).href);
      await pagefind.options({ basePath: `${site.url}pagefind/`, baseUrl: '/' });
      const urls = async (term: string) => {
        const found = await pagefind.search(term);
        const data = await Promise.all(
          found.results.map((result: { data(): Promise<{ url: string }> }) => result.data()),
        );
        return data.map((entry) => entry.url).sort();
      };
      expect(await urls('knogleskørhed')).toEqual(['/forloeb/a/']);
      expect(await urls('rehabilitering')).toEqual(['/forloeb/a/', '/forloeb/b/']);
      await pagefind.destroy();
    } finally {
      await site.close();
    }
  });
});
