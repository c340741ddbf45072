// Plain JavaScript so that astro.config.mjs can import it before TypeScript is set up.
import { normaliseBasePath } from './base-path.mjs';

/** Where `npm start` and `npm run preview` serve a local build. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

const YES = ['1', 'true', 'ja', 'yes'];
const NO = ['0', 'false', 'nej', 'no'];

/**
 * Whether this build is meant for publishing (README, «Publishing builds»): `SITE_PUBLISH`
 * decides when it is set; otherwise a build on Netlify (`NETLIFY=true`) or Cloudflare Pages
 * (`CF_PAGES=1`) is one, because those hosts publish what their build writes. A publishing
 * build must know its address, its publisher and a contact e-mail; any other build (`npm start`,
 * `npm run dev`, the tests) works without them and shows none.
 * @param {Record<string, string | undefined>} env
 * @returns {boolean}
 */
export function isPublishingBuild(env) {
  const flag = env['SITE_PUBLISH']?.trim().toLowerCase();
  if (flag) {
    if (YES.includes(flag)) return true;
    if (NO.includes(flag)) return false;
    throw new Error(`SITE_PUBLISH skal være 1 (byg til udgivelse) eller 0, ikke «${flag}»`);
  }
  return env['NETLIFY'] === 'true' || env['CF_PAGES'] === '1';
}

/**
 * The site's public address as configured: `SITE_URL`, or on Netlify the host's own `URL`
 * (the site's main address). The GitHub Pages workflow sets `SITE_URL` from the Pages action.
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
export function configuredSiteUrl(env) {
  const own = env['SITE_URL']?.trim();
  if (own) return own;
  const netlify = env['NETLIFY'] === 'true' ? env['URL']?.trim() : undefined;
  return netlify || undefined;
}

/**
 * Reads the site's absolute origin and base path from the environment.
 *
 * `site` is always set, because the sitemap and the link checks need an origin: without a
 * configured address it is where a local build is served ({@link LOCAL_ORIGIN}). `publicSite`
 * is set only when the address is configured; pages show a reader an absolute address (on
 * paper, in a feedback e-mail) only then, so a local address never reaches a reader.
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, publicSite: string | undefined, base: string, publishing: boolean }}
 */
export function resolveDeployTarget(env) {
  const publishing = isPublishingBuild(env);
  const configured = configuredSiteUrl(env);
  const variable = env['SITE_URL']?.trim() ? 'SITE_URL' : 'URL';
  if (publishing && !configured) {
    throw new Error(
      'Et byg til udgivelse skal kende sitets adresse: sæt SITE_URL til den adresse, sitet udgives på, fx https://rehab.example.org',
    );
  }
  let parsed;
  try {
    parsed = new URL(configured ?? LOCAL_ORIGIN);
  } catch {
    throw new Error(
      `${variable} skal være en fuld adresse som https://rehab.example.org, ikke «${configured}»`,
    );
  }
  if (publishing && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) {
    throw new Error(
      `${variable} peger på denne maskine («${parsed.origin}»); et byg til udgivelse skal have sitets offentlige adresse`,
    );
  }
  return {
    site: parsed.origin,
    publicSite: configured ? parsed.origin : undefined,
    base: normaliseBasePath(env['BASE_PATH']),
    publishing,
  };
}
