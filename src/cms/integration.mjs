// @ts-check
// Astro integration that serves the CMS from the site's own origin: Decap's prebuilt browser
// bundle is copied from node_modules (never a CDN) and the admin script is bundled with esbuild.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { includesCms, isTrialCms } from './availability.mjs';

const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const setupEntry = fileURLToPath(new URL('./admin-client.ts', import.meta.url));

/** The files of Decap's bundle the browser may load: the entry, its chunks, WebAssembly. */
function decapFiles() {
  return readdirSync(decapDist).filter(
    (name) =>
      /(^|\.)decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name.endsWith('.LICENSE.txt'),
  );
}

/** The admin script, bundled for the browser. */
async function bundleSetup() {
  const result = await build({
    entryPoints: [setupEntry],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

/** @returns {import('astro').AstroIntegration} */
export function cmsAdmin() {
  let base = '/';
  const included = includesCms(process.env);
  /** @param {string} file */
  const route = (file) => fileURLToPath(new URL(`./routes/${file}`, import.meta.url));
  return {
    name: 'rehab-cms-admin',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger }) => {
        if (!included) {
          logger.info(
            'CMS’en er ikke med i dette byg til udgivelse: sæt CMS_BACKEND (docs/cms.md)',
          );
          return;
        }
        // The page and its configuration are endpoints, so the page keeps its own CSP.
        injectRoute({ pattern: '/admin/index.html', entrypoint: route('admin.html.ts') });
        injectRoute({ pattern: '/admin/config.yml', entrypoint: route('config.yml.ts') });
        // The try-out CMS opens the real content (docs/cms.md «Prøvetilstand»).
        if (isTrialCms(process.env)) {
          injectRoute({ pattern: '/admin/repo-files.js', entrypoint: route('repo-files.js.ts') });
        }
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        if (!included) return;
        server.middlewares.use(async (request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(`${base}admin/`)) return next();
          const rest = path.slice(`${base}admin/`.length);
          // The built site serves admin/index.html at /admin/; the dev server needs telling.
          if (rest === '') {
            request.url = `${base}admin/index.html${(request.url ?? '').slice(path.length)}`;
            return next();
          }
          if (rest === 'cms-setup.js') {
            response.setHeader('Content-Type', 'text/javascript');
            return response.end(await bundleSetup());
          }
          const file = rest.startsWith('decap/') ? rest.slice('decap/'.length) : '';
          if (!decapFiles().includes(file)) return next();
          response.setHeader(
            'Content-Type',
            file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
          );
          return response.end(readFileSync(join(decapDist, file)));
        });
      },
      'astro:build:done': async ({ dir }) => {
        if (!included) return;
        const admin = fileURLToPath(new URL('admin/', dir));
        mkdirSync(join(admin, 'decap'), { recursive: true });
        for (const file of decapFiles())
          copyFileSync(join(decapDist, file), join(admin, 'decap', file));
        writeFileSync(join(admin, 'cms-setup.js'), await bundleSetup());
      },
    },
  };
}
