import { joinBase, normaliseBasePath } from './base-path.mjs';
import { resolveDeployTarget } from './deploy-target.mjs';

/** The configured base path, normalised (`/` or `/rehab/`). */
export const siteBase: string = normaliseBasePath(import.meta.env.BASE_URL);

/**
 * The site path for a page or file, with the base from Astro's configuration. Every internal
 * link goes through here, so the site works at `/` and under a sub-path such as `/rehab/`.
 */
export function href(path: string): string {
  return joinBase(siteBase, path);
}

/** Site paths of every page type, so templates and tests agree on URLs. */
export const paths = {
  home: () => '/',
  pathways: () => '/forloeb/',
  /** The pathways of one disease area (only built when the site has many pathways). */
  pathwayArea: (area: string) => `/forloeb/omraade/${area}/`,
  pathway: (id: string) => `/forloeb/${id}/`,
  pathwayBackground: (id: string) => `/forloeb/${id}/baggrund/`,
  pathwayData: (id: string) => `/forloeb/${id}/tal/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  compare: () => '/cases/sammenlign/',
  rubric: () => '/cases/om-vurderingerne/',
  responsibilities: () => '/ansvarsfordeling/',
  responsibility: (id: string) => `/ansvarsfordeling/${id}/`,
  actors: () => '/aktoerer/',
  actor: (id: string) => `/aktoerer/${id}/`,
  /** All of an actor's rows in the responsibility tables, when too many for its own page. */
  actorTables: (id: string) => `/aktoerer/${id}/tabeller/`,
  search: () => '/soeg/',
  about: () => '/om/',
  accessibility: () => '/tilgaengelighed/',
  /** The short address of the accessibility statement, as Danish public sites have it. */
  shortAccessibility: () => '/was/',
  sources: () => '/kilder/',
  source: (id: string) => `/kilder/${id}/`,
  /** The editors' list of what is due for review (not indexed, not in the sitemap). */
  review: () => '/redaktion/gennemgang/',
} as const;

/**
 * The site's public origin when it is configured (src/site/deploy-target.mjs), else undefined.
 * Absolute addresses shown to readers (on paper, in a feedback e-mail) come from here only.
 */
export const publicSite: string | undefined = resolveDeployTarget(process.env).publicSite;
