// Imports a TypeScript module of the project in plain Node, outside Astro and Vite: esbuild's
// documented `build` API bundles it into one temporary module, leaving npm packages external so
// they load from node_modules as usual. Used by the content check and the search indexer.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Node's own `import()`. When Astro loads its config through Vite (a TypeScript integration in
 * astro.config.mjs), a plain `import()` is rewritten to go through Vite's module runner, which
 * is closed by the time the integration's hooks run; a function built from a string is not
 * rewritten, so the bundle always loads in Node itself.
 * @type {(specifier: string) => Promise<any>}
 */
const nativeImport = /** @type {any} */ (new Function('specifier', 'return import(specifier)'));

/**
 * Bundles `entry` and imports it.
 * @param {string} projectRoot the project whose node_modules the bundle resolves packages from
 * @param {string} entry the TypeScript module (absolute path)
 * @param {string} name a folder name under node_modules/.cache for the temporary bundle
 * @returns {Promise<any>}
 */
export async function importBundled(projectRoot, entry, name) {
  // Inside node_modules so bare imports resolve; unique so parallel runs never share a file.
  const outfile = join(
    projectRoot,
    'node_modules/.cache',
    name,
    `${name}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`,
  );
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
  });
  try {
    return await nativeImport(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
