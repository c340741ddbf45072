// Runs the content check (TypeScript under src/content/check/) in plain Node, without Astro:
// esbuild's documented `build` API bundles the checker and the schemas into one temporary
// module, leaving npm packages external so they load from node_modules as usual.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Node's own `import()`. When Astro loads its config through Vite (a TypeScript integration in
 * astro.config.mjs), a plain `import()` in this file is rewritten to go through Vite's module
 * runner, which is closed by the time the integration's hooks run; a function built from a
 * string is not rewritten, so the bundle always loads in Node itself.
 * @type {(specifier: string) => Promise<typeof import('./index.ts')>}
 */
const nativeImport = /** @type {any} */ (new Function('specifier', 'return import(specifier)'));

/**
 * Bundles and imports the checker of the project at `projectRoot`.
 * @param {string} projectRoot
 * @returns {Promise<typeof import('./index.ts')>}
 */
export async function loadChecker(projectRoot) {
  // Inside node_modules so bare imports resolve; unique so parallel runs never share a file.
  const outfile = join(
    projectRoot,
    'node_modules/.cache/content-check',
    `checker-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`,
  );
  await build({
    entryPoints: [join(import.meta.dirname, 'index.ts')],
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

/**
 * Checks the content of the project at `projectRoot`.
 * @param {string} projectRoot
 * @param {string} [contentRoot] the content folder, relative to the project or absolute
 */
export async function checkProjectContent(projectRoot, contentRoot) {
  const checker = await loadChecker(projectRoot);
  return checker.checkProject(checker.projectDirs(projectRoot, contentRoot));
}
