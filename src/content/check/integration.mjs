// The build runs the same content check as `npm run check:content`, in `astro:config:setup`:
// the first hook of every command, before Astro syncs the collections (which would stop at the
// first invalid file with its own English message) and long before any page is written.
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { checkProjectContent } from './load.mjs';

/** @returns {import('astro').AstroIntegration} */
export function contentCheck() {
  return {
    name: 'rehab:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // Vitest loads this config through getViteConfig (as `dev`); the tests check content
        // in-process themselves, so the check would only add seconds to every test run.
        if (command === 'dev' && process.env['VITEST'] !== undefined) return;
        const started = performance.now();
        const result = await checkProjectContent(
          fileURLToPath(config.root),
          process.env['CONTENT_ROOT'] ?? 'content',
        );
        const time = `${Math.round(performance.now() - started)} ms`;
        if (result.ok) {
          logger.info(`${result.report} (${time})`);
        } else if (command === 'dev') {
          // The dev server keeps running so the editor can fix the files and reload.
          logger.error(result.report);
        } else {
          throw new AstroError(result.report, 'Ret fejlene i filerne, og kør igen.');
        }
      },
    },
  };
}
