// The one module that owns the site's base path (`/` or a sub-path such as `/rehab/`).
// Plain JavaScript with JSDoc types, so astro.config.mjs, Node tools, browser code and
// templates can all import it.

/**
 * Normalises a base path: always starts and ends with exactly one slash; empty means `/`.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBasePath(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Joins a base and a site path, keeping a query or fragment: `('/rehab', '/cases/?a#b')` →
 * `/rehab/cases/?a#b`.
 * @param {string} base
 * @param {string} path
 * @returns {string}
 */
export function joinBase(base, path) {
  return `${normaliseBasePath(base)}${path.replace(/^\/+/, '')}`;
}

/**
 * Strips the base from a pathname, so `/rehab/forloeb/` becomes `/forloeb/`. A pathname
 * outside the base is returned as it is.
 * @param {string} pathname
 * @param {string} base
 * @returns {string}
 */
export function stripBase(pathname, base) {
  const cleanBase = normaliseBasePath(base);
  if (cleanBase === '/') return pathname;
  if (`${pathname}/` === cleanBase) return '/';
  return pathname.startsWith(cleanBase) ? `/${pathname.slice(cleanBase.length)}` : pathname;
}
