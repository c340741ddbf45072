import { cmsAdminTexts } from '../i18n/cms';
import type { CmsBackend } from './backend';

/** Where the integration puts Decap's bundle and the admin script, relative to /admin/. */
const ADMIN_ASSETS = {
  bundle: 'decap/decap-cms.js',
  setup: 'cms-setup.js',
  /** The try-out CMS's content (src/cms/routes/repo-files.js.ts). */
  repoFiles: 'repo-files.js',
} as const;

/** Whether the CMS is a try-out: Decap's in-memory test backend, no local server to save to. */
export const isTrial = (backend: CmsBackend): boolean =>
  backend.config.name === 'test-repo' && !backend.localBackend;

/** The try-out banner: fixed at the bottom, outside Decap's root, so it is on every screen. */
const TRIAL_STYLE =
  '.cms-trial{position:fixed;left:0;right:0;bottom:0;z-index:2147483000;margin:0;padding:.5rem 1rem;background:#8a2c00;color:#fff;font:1rem/1.4 system-ui,sans-serif;text-align:center;box-shadow:0 -2px 6px rgb(0 0 0/.3)}.cms-trial p{margin:0;color:#fff}.cms-trial strong{font-weight:700;color:#fff}body{padding-bottom:4.5rem}';

/**
 * The admin page's own Content-Security-Policy. It is stricter than Decap's defaults but
 * looser than the site's, for three reasons only:
 * - `script-src 'unsafe-eval'`: Decap validates its configuration with ajv, which compiles
 *   validators with `new Function`;
 * - `style-src 'unsafe-inline'`: Decap's styles are CSS-in-JS (emotion) injected as
 *   `<style>` elements at run time, so no hash can be known at build;
 * - `connect-src`/`img-src` name the backend's API (and avatar host) and nothing else, so
 *   the page talks to no other origin, and to that one only once an editor logs in.
 */
export function adminCsp(backend: CmsBackend): string {
  const list = (...values: string[]) => values.join(' ');
  return [
    "default-src 'self'",
    `script-src ${list("'self'", "'unsafe-eval'")}`,
    `style-src ${list("'self'", "'unsafe-inline'")}`,
    `img-src ${list("'self'", 'data:', 'blob:', ...backend.imageOrigins)}`,
    `connect-src ${list("'self'", ...backend.apiOrigins, ...(backend.localBackend ? ['http://localhost:8081'] : []))}`,
    "font-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The whole admin page. It is an endpoint rather than an Astro page so that the site-wide
 * hashed CSP is not added to it (a page's CSPs all apply at once; Decap's run-time styles
 * cannot pass a hash list). All paths are relative, so it works under any base path.
 */
export function renderAdminPage(backend: CmsBackend): string {
  const trial = isTrial(backend);
  return [
    '<!DOCTYPE html>',
    '<html lang="da">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="same-origin">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(adminCsp(backend))}">`,
    `<title>${cmsAdminTexts.title}</title>`,
    // Relative, like every path here, so the page works under any base path.
    '<link rel="icon" href="../favicon.svg" type="image/svg+xml">',
    '<link href="config.yml" type="text/yaml" rel="cms-config-url">',
    `<style>.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}${trial ? TRIAL_STYLE : ''}</style>`,
    '</head>',
    '<body>',
    // Decap renders into an existing #nc-root; as <main> it is the page's one landmark.
    `<h1 class="visually-hidden">${cmsAdminTexts.title}</h1>`,
    `<main id="nc-root"><noscript>${cmsAdminTexts.noScript}</noscript></main>`,
    ...(trial
      ? [
          `<aside class="cms-trial" aria-label="${cmsAdminTexts.trialLabel}"><p><strong>${cmsAdminTexts.trialBanner}</strong> ${cmsAdminTexts.trialDetail}</p></aside>`,
          // Before Decap's bundle: its test backend reads window.repoFiles when it loads.
          `<script src="${ADMIN_ASSETS.repoFiles}"></script>`,
        ]
      : []),
    `<script src="${ADMIN_ASSETS.bundle}"></script>`,
    `<script src="${ADMIN_ASSETS.setup}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
