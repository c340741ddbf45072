// A copy of the site's code in a folder of its own, for builds of other content.
//
// Astro keeps a build's list of MDX modules in `.astro/` under the project root, whatever the
// cache and output folders are. Two builds of different content side by side in one root
// overwrite each other's list, and a page of an MDX entry then fails with
// UnknownContentCollectionError. So a build of other content (the sub-path build with its new
// entries, the scale build, the benchmark) runs from such a copy. Its cache holds paths relative
// to the root it was built from, so such a build keeps a cache folder of its own as well.
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
 * Tailwind's scan of the project does not skip it as ignored by git; named after the checkout,
 * so two checkouts on one machine never share one. Returns its path.
 * @param {string} name
 */
export function buildSnapshot(name) {
  const checkout = createHash('sha256').update(projectRoot).digest('hex').slice(0, 8);
  const dir = join(tmpdir(), `rehab-${checkout}-${name}-build`);
  snapshotSite(dir);
  return dir;
}
