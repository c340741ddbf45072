import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `astro:content` inside Vitest reads `.astro/data-store.json`, while `astro sync`
 * writes it under the cache dir (node_modules/.astro). Sync once, then copy it across.
 * `npm test` syncs once for the whole run and says so with `ASTRO_SYNCED=1`.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  if (process.env['ASTRO_SYNCED'] !== '1') {
    execFileSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const cacheDir = process.env['ASTRO_CACHE_DIR'] ?? resolve(root, 'node_modules/.astro');
  const store = resolve(cacheDir, 'data-store.json');
  if (existsSync(store)) {
    mkdirSync(resolve(root, '.astro'), { recursive: true });
    copyFileSync(store, resolve(root, '.astro/data-store.json'));
  }
}
