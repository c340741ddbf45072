// A copy of the site's code in a folder of its own, for builds of other content.
//
// Astro keeps a build's list of MDX modules in `.astro/` under the project root, whatever the
// cache and output folders are. Two builds of different content side by side in one root
// overwrite each other's list, and a page of an MDX entry then fails with
// UnknownContentCollectionError. So a build of other content (the sub-path build with its new
// entries, the scale build, the benchmark) runs from such a copy.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');

/** What a build reads of the project besides its content. */
const SITE_CODE = ['src', 'public', 'tools', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies the site's code (not content/) into `dir`, emptied first, and links node_modules.
 * @param {string} dir
 */
export function snapshotSite(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of SITE_CODE) {
    cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  // 'junction' lets Windows link a folder without administrator rights; elsewhere it is ignored.
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'junction');
}

/**
 * A snapshot for the named build in the system's temporary folder, outside the repository, so
 * Tailwind's scan of the project does not skip it as ignored by git. `root` is where to run the
 * build; `cacheDir` its Astro cache, kept between runs in node_modules and named after the
 * snapshot's path, since the cache holds paths relative to it (another checkout, or another
 * temporary folder, gets a cache of its own instead of one that points elsewhere).
 * @param {string} name
 * @returns {{ root: string, cacheDir: string }}
 */
export function buildSnapshot(name) {
  const checkout = createHash('sha256').update(projectRoot).digest('hex').slice(0, 8);
  const root = join(tmpdir(), `rehab-${checkout}-${name}-build`);
  snapshotSite(root);
  const key = createHash('sha256').update(root).digest('hex').slice(0, 8);
  return { root, cacheDir: join(projectRoot, 'node_modules', `.astro-${name}-${key}`) };
}
