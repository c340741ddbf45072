import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind-index';

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
});
