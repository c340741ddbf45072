import type { Parameter } from '../schemas/assessment';

/**
 * The five parameters in axis order, for code that runs in the browser.
 *
 * `PARAMETERS` in `src/schemas/assessment.ts` is the source of truth, but that module
 * builds zod schemas, which would pull zod into every page script. This copy has no
 * imports at run time; a unit test keeps it identical to `PARAMETERS`.
 */
export const PARAMETER_ORDER = [
  'theory',
  'effect',
  'description',
  'goals',
  'transferability',
] as const satisfies readonly Parameter[];

/** The lowest and highest score (mirrors SCORE_MIN and SCORE_MAX, checked by a unit test). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 4;
