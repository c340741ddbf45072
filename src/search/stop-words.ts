/**
 * Danish question words and fillers that the search leaves out of a query.
 *
 * Why: Pagefind returns only pages that hold every word of a query. People ask the search the
 * way they would ask a colleague («hvem har ansvaret for kræftrehabilitering»), and words
 * such as «hvem», «har» or «for» occur somewhere on the site, so Pagefind requires them too
 * and a question narrows to nothing. These words say nothing about what the reader looks
 * for, so they are dropped from the query sent to Pagefind (never when a query is made only
 * of them) and never highlighted.
 *
 * Kept small and curated on purpose: only words that never name a topic, a role or a place
 * on this site. Words that do carry meaning in a query stay out of the list, even when they
 * are common: «egen» («egen læge»), «før» and «efter» («træning før operation»), «ikke»,
 * «hjem», «alle».
 */
const STOP_WORDS = [
  // Question words
  'hvad',
  'hvem',
  'hvor',
  'hvordan',
  'hvornår',
  'hvorfor',
  'hvilke',
  'hvilken',
  'hvilket',
  'hvis',
  // Verbs that only carry the question
  'er',
  'var',
  'være',
  'været',
  'har',
  'have',
  'haft',
  'kan',
  'kunne',
  'skal',
  'skulle',
  'vil',
  'ville',
  'må',
  'bør',
  'får',
  'få',
  'gør',
  'gøre',
  'bliver',
  'blive',
  'blev',
  'findes',
  // Pronouns
  'jeg',
  'du',
  'han',
  'hun',
  'vi',
  'i',
  'de',
  'man',
  'mig',
  'dig',
  'os',
  'dem',
  'sig',
  'min',
  'mit',
  'mine',
  'din',
  'dit',
  'dine',
  'sin',
  'sit',
  'sine',
  'vores',
  'jeres',
  'deres',
  'hans',
  'hendes',
  // Articles, conjunctions, prepositions
  'en',
  'et',
  'den',
  'det',
  'der',
  'som',
  'og',
  'eller',
  'men',
  'at',
  'af',
  'til',
  'for',
  'fra',
  'med',
  'om',
  'på',
  'hos',
  'ved',
  'ad',
  'så',
  'noget',
  'nogen',
  'nogle',
  'mest',
  'mere',
  'også',
] as const;

const STOP_WORD_SET: ReadonlySet<string> = new Set(STOP_WORDS);

/** True when `word` (any case, with or without trailing punctuation) is a filler. */
export function isStopWord(word: string): boolean {
  return STOP_WORD_SET.has(normaliseWord(word));
}

/** A typed word in lower case without the punctuation around it («ansvaret?» → «ansvaret»). */
export function normaliseWord(word: string): string {
  return word.toLocaleLowerCase('da').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
