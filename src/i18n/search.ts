import type { CollectionSearchType } from '../content/collections';

/**
 * Danish texts for the search page and the search index. Part of the one place for UI
 * strings, split from `da.ts` only to keep files short. The search page builds its result
 * list itself, so every text it shows is here (none comes from Pagefind).
 */
export const search = {
  title: 'Søg',
  description: 'Søg i forløb, cases, ansvarstabeller og aktører.',
  lead: 'Søg på tværs af forløb, cases, ansvarstabeller og aktører. Skriv ordene, som du ville sige dem: «kræftpatienter» finder også sider om kræft, og «knæet» sider om knæ.',
  formLabel: 'Søg på sitet',
  fieldLabel: 'Søgeord',
  button: 'Søg',
  filtersHeading: 'Afgræns resultaterne',
  /** The button that shows the filters on a narrow screen. */
  filtersButton: 'Afgræns',
  filtersActive: (count: number) => `${count} valgt`,
  clearFilters: 'Ryd afgrænsning',
  results: (count: number, query: string) =>
    `${count} ${count === 1 ? 'resultat' : 'resultater'} for «${query}»`,
  noResults: (query: string) => `Ingen resultater for «${query}»`,
  /** The summary when all words together found nothing, but pages with most of them follow. */
  noneWithAllWords: (query: string, partial: number) =>
    `Ingen sider indeholder alle ordene i «${query}». ${partial} ${partial === 1 ? 'side matcher' : 'sider matcher'} nogle af ordene.`,
  /** The summary when all words found a few pages and pages with most of them follow. */
  resultsAndPartial: (count: number, query: string, partial: number) =>
    `${count} ${count === 1 ? 'resultat' : 'resultater'} for «${query}» og ${partial} ${partial === 1 ? 'side' : 'sider'}, der matcher nogle af ordene`,
  /** Under the summary when question words and fillers were left out of the search. */
  searchedFor: (words: string) =>
    `Søgt efter «${words}». Ord som «hvem», «har» og «for» tæller ikke med.`,
  /** Heading above the pages that hold most, not all, of the words. */
  partialHeading: 'Sider, der matcher nogle af ordene',
  partialLead: 'Siderne herunder indeholder ikke alle ordene, men de fleste af dem.',
  resultsLabel: 'Søgeresultater',
  moreResults: 'Vis flere resultater',
  sectionsLabel: 'Afsnit på siden',
  sortLabel: 'Sortér efter',
  sortRelevance: 'Bedste match',
  sortTitle: 'Titel (A–Å)',
  loading: 'Henter søgningen …',
  /** Shown in `astro dev`, where the index has not been built. */
  devNotice:
    'Søgningen virker kun på det byggede site, for søgeindekset bygges sammen med sitet. Kør «npm run build» og derefter «npm run preview» for at prøve søgningen.',
  /** Shown when the index or the search code could not be loaded on the built site. */
  unavailable:
    'Søgningen kunne ikke hentes lige nu. Prøv at genindlæse siden, eller find siden via menuen.',
  noScript:
    'Søgningen kræver JavaScript. Du kan finde alle sider via menuen: forløb, cases, ansvarsfordeling og aktører.',
} as const;

/**
 * The page types that can be searched, with the label shown on each result and in the
 * type filter. Pages pass the key as BaseLayout's `searchType`. A collection's entry pages
 * have the key its registry entry names (`searchType` in src/content/collections.ts), so the
 * compiler asks for a label here when a searched collection is added; the other keys are
 * page types of their own.
 */
export const searchTypeLabels = {
  forløb: 'Forløb',
  case: 'Case',
  ansvarstabel: 'Ansvarstabel',
  aktør: 'Aktør',
  forløbsdel: 'Baggrund og tal til et forløb',
  katalog: 'Casekataloget',
} as const satisfies Record<CollectionSearchType | 'forløbsdel' | 'katalog', string>;

/** A page type of the search index: a key of `searchTypeLabels`. */
export type SearchType = keyof typeof searchTypeLabels;

/**
 * Headings that only name a list (sources, contents): never shown as a result's section
 * link, because a match there says nothing about the page.
 */
export const searchSectionsNotShown = ['Kilder', 'Kilde', 'På siden', 'Relaterede cases'];

/** Name of the filter that holds the page type (shown capitalised: «Sidetype»). */
export const SEARCH_TYPE_FILTER = 'sidetype';

/** Name of the sort key that holds the page title in Danish alphabetical order. */
export const SEARCH_TITLE_SORT = 'titel';

/** Index-only metadata: what a page is about (title, topics and their synonyms); ranks high. */
export const SEARCH_TOPIC_META = 'emne';

/** Index-only metadata: an actor's name and the role's other names; ranks below the topic. */
export const SEARCH_ROLE_META = 'rolle';

/** Index-only metadata: compound parts, compounds and synonyms from the page's text. */
export const SEARCH_EXTRA_META = 'soegeord';
