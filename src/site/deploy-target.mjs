// Plain JavaScript so that astro.config.mjs can import it before TypeScript is set up.
import { normaliseBasePath } from './base-path.mjs';

/**
 * Reads the site's absolute origin and base path from the environment.
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, base: string }}
 */
export function resolveDeployTarget(env) {
  const site = env['SITE_URL']?.trim() || 'http://localhost:4321';
  let parsed;
  try {
    parsed = new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got «${site}»`);
  }
  return { site: parsed.origin, base: normaliseBasePath(env['BASE_PATH']) };
}
