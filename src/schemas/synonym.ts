import { z } from 'astro/zod';

/**
 * One search term: a word or a short phrase as a reader would type it, in lower case
 * («knogleskørhed», «praktiserende læge»). Letters, spaces and hyphens only, so the term
 * reaches the search index exactly as written.
 */
export const searchTermSchema = z
  .string()
  .trim()
  .min(2, 'skal have mindst to bogstaver')
  .regex(
    /^[a-zæøå]+(?:[ -][a-zæøå]+)*$/,
    'skal være små bogstaver (a–å), evt. med mellemrum eller bindestreg, fx «egen læge»',
  );

/**
 * A group of words that mean the same thing to a reader searching the site. Every page
 * whose text uses one of the terms is also found by the others; the terms are added to the
 * search index only, never shown on the page. One file per group in `content/synonyms/`.
 */
export const synonymSchema = z.strictObject({
  /**
   * The words and phrases that mean the same, at least two: the word the sources use
   * («osteoporose»), everyday words («knogleskørhed»), abbreviations and their
   * expansions («kol», «kronisk obstruktiv lungesygdom»), other names for a role.
   */
  terms: z
    .array(searchTermSchema)
    .min(2, 'angiv mindst to ord, der betyder det samme')
    .refine((terms) => new Set(terms).size === terms.length, {
      message: 'det samme ord står der to gange',
    }),
  /**
   * Common misspellings of the terms («osteoporosis», «diabetis»): pages with the terms are
   * also found by them, but they are never used as words the page is about.
   */
  misspellings: z.array(searchTermSchema).default([]),
  /** Why these words belong together, for the next editor (not shown on the site). */
  note: z.string().trim().optional(),
});
