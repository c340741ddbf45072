/**
 * Index-only words for the catalogue's tool pages: what a reader can do there, in the words
 * readers use for it. The catalogue, the comparison and «Om vurderingerne» offer ranking,
 * comparing, a download for spreadsheets and the way the scores were set, but most of that
 * lives in controls and links that search skips (they are not content), so a question such as
 * «kan jeg hente data til excel» would not find them. The build adds these words to the
 * page's topic (`emne`); the pages themselves never show them.
 *
 * Keyed by the page's site path (the same as `paths.cases()`, `paths.compare()` and
 * `paths.rubric()` in `src/site/urls.ts`, which this module cannot import: it also runs in
 * the indexer outside Astro; a unit test holds them equal).
 */
const PAGE_OFFERS: Readonly<Record<string, readonly string[]>> = {
  '/cases/': [
    'casekatalog',
    'oversigt',
    'rangering',
    'rangeret',
    'rangliste',
    'bedst vurderede',
    'bedste',
    'højeste score',
    'samlet score',
    'sum',
    'vægte',
    'vægtning',
    'prioritere',
    'sortere',
    'filtrere',
    'csv',
    'excel',
    'regneark',
    'download',
    'downloade',
    'hent data',
    'json',
    'eksport',
    'eksportere',
  ],
  '/cases/sammenlign/': [
    'sammenligne',
    'sammenligning',
    'side om side',
    'vælge',
    'radar',
    'edderkoppediagram',
  ],
  '/cases/om-vurderingerne/': [
    'vurderinger',
    'vurderet',
    'scorer',
    'scoren',
    'sådan er scorerne sat',
    'point',
    'skala',
    'metode',
    'kriterier',
    'parametre',
    'begrundelse',
    'evidens',
  ],
};

/** The site path of a built file: `cases/sammenlign/index.html` → `/cases/sammenlign/`. */
export function sitePathOf(file: string): string {
  return `/${file.split('\\').join('/')}`.replace(/index\.html$/, '');
}

/** The index-only words of what the page at `file` (a built file's path) offers, or ''. */
export function pageOffers(file: string): string {
  return (PAGE_OFFERS[sitePathOf(file)] ?? []).join(' ');
}

/** The site paths that have such words. */
export const OFFER_PATHS: readonly string[] = Object.keys(PAGE_OFFERS);
