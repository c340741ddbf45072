/**
 * Joins the configured base path and a site path. Every internal link goes
 * through here, so the site works at `/` and under a sub-path such as `/rehab/`.
 */
export function joinBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const [pathname = '', suffix = ''] = splitSuffix(path.replace(/^\/+/, ''));
  return `${cleanBase}${pathname}${suffix}`;
}

/** Splits `a/b/?q=1#x` into `['a/b/', '?q=1#x']`. */
function splitSuffix(path: string): [string, string] {
  const index = path.search(/[?#]/);
  return index === -1 ? [path, ''] : [path.slice(0, index), path.slice(index)];
}

/** The site path for a page, with the base from Astro's configuration. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Site paths of every page type, so templates and tests agree on URLs. */
export const paths = {
  home: () => '/',
  pathways: () => '/forloeb/',
  pathway: (id: string) => `/forloeb/${id}/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  compare: () => '/cases/sammenlign/',
  rubric: () => '/cases/om-vurderingerne/',
  responsibilities: () => '/ansvarsfordeling/',
  responsibility: (id: string) => `/ansvarsfordeling/${id}/`,
  actors: () => '/aktoerer/',
  actor: (id: string) => `/aktoerer/${id}/`,
  search: () => '/soeg/',
  about: () => '/om/',
  accessibility: () => '/tilgaengelighed/',
  sources: () => '/kilder/',
  source: (id: string) => `/kilder/${id}/`,
} as const;
