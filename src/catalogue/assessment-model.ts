/**
 * The catalogue's assessment model, defined once: the five parameters in the order every
 * chart, table, export and browser script uses, the 1-4 scale, and where a score comes from.
 * No imports at run time, so browser code can use it without pulling in zod; the zod schema
 * in `src/schemas/assessment.ts` is built from these constants.
 */

/** The five parameters, in axis order. */
export const PARAMETERS = ['theory', 'effect', 'description', 'goals', 'transferability'] as const;
export type Parameter = (typeof PARAMETERS)[number];

/** The lowest score on the catalogue's scale. */
export const SCORE_MIN = 1;
/** The highest score on the catalogue's scale. */
export const SCORE_MAX = 4;
/** Every score on the scale, lowest first. */
export const SCORE_LEVELS: readonly number[] = Array.from(
  { length: SCORE_MAX - SCORE_MIN + 1 },
  (_, i) => SCORE_MIN + i,
);
/** The highest possible sum of the five scores. */
export const TOTAL_MAX = SCORE_MAX * PARAMETERS.length;

/**
 * Where a score comes from. The catalogue drew its scores as spider charts that were lost;
 * scores worked out by this site from the written assessment are `derived`.
 */
export const PROVENANCES = ['catalogue', 'derived'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/**
 * What settled a derived score: the written assessment's own words, or, where those are
 * silent on what a level asks, the case text.
 */
export const BASES = ['assessment', 'case-text'] as const;
export type Basis = (typeof BASES)[number];
