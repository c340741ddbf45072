// The build runs the same content check as `npm run check:content`, in `astro:config:setup`:
// the first hook of every command, before Astro syncs the collections (which would stop at the
// first invalid file with its own English message) and long before any page is written.
// `astro dev` logs the problems instead of stopping, and checks again when a content file changes.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { loadChecker } from './load.mjs';

/** @returns {import('astro').AstroIntegration} */
export function contentCheck() {
  /** @type {(() => { ok: boolean, report: string, notices: string[] }) | undefined} */
  let check;
  /** @type {string} */
  let contentDir = '';
  return {
    name: 'rehab:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // Vitest loads this config through getViteConfig (as `dev`); the tests check content
        // in-process themselves, so the check would only add seconds to every test run.
        if (command === 'dev' && process.env['VITEST'] !== undefined) return;
        const started = performance.now();
        const root = fileURLToPath(config.root);
        const checker = await loadChecker(root);
        const dirs = checker.projectDirs(root, process.env['CONTENT_ROOT'] ?? 'content');
        contentDir = dirs.contentDir;
        check = () => checker.checkProject(dirs);
        const result = check();
        const time = `${Math.round(performance.now() - started)} ms`;
        for (const notice of result.notices) logger.warn(notice);
        if (result.ok) {
          logger.info(`${result.report} (${time})`);
        } else if (command === 'dev') {
          // The dev server keeps running so the editor can fix the files and reload.
          logger.error(result.report);
        } else {
          throw new AstroError(result.report, 'Ret fejlene i filerne, og kør igen.');
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        if (check === undefined) return;
        const recheck = (/** @type {string} */ file) => {
          if (!resolve(file).startsWith(contentDir) || check === undefined) return;
          const result = check();
          if (result.ok) logger.info(result.report);
          else logger.error(result.report);
        };
        server.watcher.add(contentDir);
        for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, recheck);
      },
    },
  };
}
