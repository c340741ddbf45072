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
  /** «Åbne data»: what the data files hold and how to reuse them. */
  openData: () => '/aabne-data/',
  /** «Seneste ændringer»: the content changes, newest first. */
  changes: () => '/seneste-aendringer/',
  /** The Atom feed of the same changes. */
  changesFeed: () => '/seneste-aendringer.xml',
  /** The data catalogue: every collection's data file and schema (JSON, DCAT-AP JSON-LD). */
  dataCatalogue: () => '/data/index.json',
  /** All entries of one collection as JSON. */
  collectionData: (collection: string) => `/data/${collection}.json`,
  /** The JSON Schema of one collection's published entries. */
  collectionSchema: (collection: string) => `/data/${collection}.schema.json`,
  /** One pathway as a FHIR R4 PlanDefinition. */
  planDefinition: (id: string) => `/fhir/PlanDefinition/${id}.json`,
  /** Every pathway's PlanDefinition in one FHIR R4 Bundle. */
  planDefinitionBundle: () => '/fhir/PlanDefinition.json',
} as const;

/**
 * The site's public origin when it is configured (src/site/deploy-target.mjs), else undefined.
 * Absolute addresses shown to readers (on paper, in a feedback e-mail) come from here only.
 */
export const publicSite: string | undefined = resolveDeployTarget(process.env).publicSite;

/**
 * The address of a site path for machines (data files, FHIR, the feed): absolute on the public
 * address when it is configured, else the path under the base (never a local address).
 */
export function dataAddress(path: string, site: string | undefined = publicSite): string {
  return site ? new URL(href(path), site).href : href(path);
}
