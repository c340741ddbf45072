import type { z } from 'astro/zod';
import { actorSchema } from '../schemas/actor';
import { caseSchema } from '../schemas/case';
import { datasetSchema } from '../schemas/dataset';
import { pathwaySchema } from '../schemas/pathway';
import { responsibilitySchema } from '../schemas/responsibility';
import { rubricSchema } from '../schemas/rubric';
import { sourceSchema } from '../schemas/source';
import { synonymSchema } from '../schemas/synonym';
import { PAGE_FOLDERS } from './page-folders.mjs';

/**
 * One collection: where its files live, what they are, and the schema every entry must pass.
 * A collection with pages (`page`) must also say whether they are searched (`searchType`), so
 * the compiler asks for a search label (src/i18n/search.ts) and a change label
 * (src/i18n/changes.ts) when one is added.
 */
export type CollectionDefinition = CollectionFields & (CollectionWithPages | CollectionWithoutPages);

/** What every collection has, with pages or without. */
interface CollectionFields {
  /** Folder under the content root, e.g. `actors` for `content/actors/`. */
  folder: string;
  /** The one file extension its entries have: `.yaml` (data) or `.mdx` (front matter + body). */
  extension: '.yaml' | '.mdx';
  /** The zod schema of an entry's data (front matter for `.mdx`). */
  schema: z.ZodType;
  /**
   * Ids of the sections the entry's page has around its MDX body; a body heading with one of
   * these ids would make two elements share an id. Kept in step with the page templates.
   */
  pageSectionIds?: readonly string[];
  /** Prefixes of generated section ids on the page, e.g. `afsnit-` for `afsnit-economy`. */
  pageSectionIdPrefixes?: readonly string[];
  /** The field readers know an entry by (`title`, `name`); no two entries may share it. */
  titleField?: string;
  /**
   * Whether pages read its entries through `loadSiteData()` (src/content/site-data.ts), which
   * checks the links between entries before any page is built. Such a collection also needs an
   * order for its list in site-data.ts (the compiler asks for it).
   */
  siteData?: true;
}

/** A collection whose entries each have a page of their own. */
interface CollectionWithPages {
  /** The site folder whose `[id]` page shows each entry, e.g. `forloeb` for `/forloeb/<id>/`. */
  page: string;
  /**
   * The page type its entry pages have in the search index, e.g. `forløb`: the key of their
   * label in `searchTypeLabels` (src/i18n/search.ts), which must name every such key. `false`
   * when the pages are left out of the search index; required, so a new collection with pages
   * decides.
   */
  searchType: string | false;
}

/** A collection whose entries are shown only on other collections' pages (or not at all). */
interface CollectionWithoutPages {
  /** No page of its own: nothing links to `/<page>/<id>/` and «Seneste ændringer» skips it. */
  page?: undefined;
  /** Nothing to search without a page. */
  searchType?: undefined;
}

/** Ids the layout gives every page (skip-link target, header search, footer). */
export const SITE_SHELL_IDS = ['indhold', 'header-search', 'footer-sources'] as const;

/**
 * Every collection, defined once: `src/content.config.ts` turns these into Astro collections
 * and the content check (src/content/check/) reads the same folders with the same schemas.
 * Adding a collection is one entry here.
 */
export const COLLECTIONS = {
  sources: {
    folder: 'sources',
    extension: '.yaml',
    schema: sourceSchema,
    page: PAGE_FOLDERS.sources,
    // Not searched: the search covers pathways, cases, tables and actors, and a source is
    // reached from the pages that cite it.
    searchType: false,
    titleField: 'title',
    siteData: true,
  },
  actors: {
    folder: 'actors',
    extension: '.yaml',
    schema: actorSchema,
    page: PAGE_FOLDERS.actors,
    searchType: 'aktør',
    titleField: 'name',
    siteData: true,
  },
  pathways: {
    folder: 'pathways',
    extension: '.mdx',
    schema: pathwaySchema,
    page: PAGE_FOLDERS.pathways,
    searchType: 'forløb',
    titleField: 'title',
    siteData: true,
    // The body is shown on the pathway's background page (/forloeb/<id>/baggrund/).
    pageSectionIds: ['kilder'],
  },
  cases: {
    folder: 'cases',
    extension: '.mdx',
    schema: caseSchema,
    page: PAGE_FOLDERS.cases,
    searchType: 'case',
    titleField: 'title',
    siteData: true,
    pageSectionIds: [
      'foraeldet',
      'noeglefakta',
      'vurdering',
      'relaterede-forloeb',
      'indhold-paa-siden',
      'kilder',
    ],
    pageSectionIdPrefixes: ['vurdering-', 'afsnit-', 'radar-'],
  },
  responsibilities: {
    folder: 'responsibilities',
    extension: '.yaml',
    schema: responsibilitySchema,
    page: PAGE_FOLDERS.responsibilities,
    searchType: 'ansvarstabel',
    titleField: 'title',
    siteData: true,
  },
  datasets: {
    folder: 'datasets',
    extension: '.yaml',
    schema: datasetSchema,
    titleField: 'title',
    siteData: true,
  },
  rubric: { folder: 'rubric', extension: '.yaml', schema: rubricSchema },
  synonyms: { folder: 'synonyms', extension: '.yaml', schema: synonymSchema },
} as const satisfies Record<string, CollectionDefinition>;

/** The name of a collection, e.g. `pathways`. */
export type CollectionName = keyof typeof COLLECTIONS;

/** The collections pages read through `loadSiteData()` (`siteData: true`). */
export type SiteDataCollection = {
  [K in CollectionName]: (typeof COLLECTIONS)[K] extends { siteData: true } ? K : never;
}[CollectionName];

/** Their names, in registry order. */
export const SITE_DATA_COLLECTIONS = (Object.keys(COLLECTIONS) as CollectionName[]).filter(
  (name): name is SiteDataCollection => 'siteData' in COLLECTIONS[name],
);

/** The collections whose entries have pages of their own (`page`). */
export type PagedCollection = {
  [K in CollectionName]: (typeof COLLECTIONS)[K] extends { page: string } ? K : never;
}[CollectionName];

/** The search page types of those pages (`searchType`), e.g. `forløb`. */
export type CollectionSearchType = {
  [K in CollectionName]: (typeof COLLECTIONS)[K] extends { searchType: infer T extends string }
    ? T
    : never;
}[CollectionName];
