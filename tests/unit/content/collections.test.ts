import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/content/collections';

const root = resolve(import.meta.dirname, '../../..');

describe('COLLECTIONS', () => {
  it('names a folder of content/ for every collection and every folder of content/', () => {
    const folders = readdirSync(resolve(root, 'content')).sort();
    expect(Object.values(COLLECTIONS).map((c) => c.folder).sort()).toEqual(folders);
  });
  it('gives every collection with a page an [id] route under src/pages', () => {
    for (const definition of Object.values(COLLECTIONS)) {
      if (!('page' in definition)) continue;
      const folder = resolve(root, 'src/pages', definition.page);
      const routes = readdirSync(folder);
      const hasRoute =
        routes.includes('[id].astro') ||
        (routes.includes('[id]') && readdirSync(resolve(folder, '[id]')).includes('index.astro'));
      expect(hasRoute, definition.page).toBe(true);
    }
  });
});
