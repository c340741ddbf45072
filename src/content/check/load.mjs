// Runs the content check (TypeScript under src/content/check/) in plain Node, without Astro,
// through the project's one way of doing that (src/integrations/import-bundled.mjs).
import { join } from 'node:path';
import { importBundled } from '../../integrations/import-bundled.mjs';

/**
 * Bundles and imports the checker of the project at `projectRoot`.
 * @param {string} projectRoot
 * @returns {Promise<typeof import('./index.ts')>}
 */
export function loadChecker(projectRoot) {
  return importBundled(projectRoot, join(import.meta.dirname, 'index.ts'), 'content-check');
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
