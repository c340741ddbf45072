import { PARAMETERS, type Parameter } from './assessment-model';

/**
 * A planner's own priorities: a weight per parameter that re-ranks the catalogue, kept in
 * the address (`?vaegt-virkning=3&vaegt-maal=0`) so a ranking can be shared. Pure and free
 * of run-time imports from the schemas, because the catalogue's browser script uses it.
 */

const WEIGHT_MIN = 0;
const WEIGHT_MAX = 3;
/** Every parameter counts once unless the planner says otherwise. */
export const DEFAULT_WEIGHT = 1;
/** Every weight a planner can choose, lowest first. */
export const WEIGHT_OPTIONS: readonly number[] = Array.from(
  { length: WEIGHT_MAX - WEIGHT_MIN + 1 },
  (_, i) => WEIGHT_MIN + i,
);

export type Weights = Record<Parameter, number>;

/** Equal weights: the ranking by the plain sum of the five scores. */
export const EQUAL_WEIGHTS: Weights = Object.fromEntries(
  PARAMETERS.map((p) => [p, DEFAULT_WEIGHT]),
) as Weights;

/** Parameter slugs in the address, Danish so a shared link reads naturally. */
export const PARAMETER_SLUGS: Record<Parameter, string> = {
  theory: 'teori-og-viden',
  effect: 'virkning',
  description: 'beskrivelse',
  goals: 'maal',
  transferability: 'overfoerbarhed',
};

/** The query parameter that holds the weight of `parameter`. */
export function weightKey(parameter: Parameter): string {
  return `vaegt-${PARAMETER_SLUGS[parameter]}`;
}

/** Reads the weights from a query; a missing or invalid weight counts as the default. */
export function parseWeights(query: string | URLSearchParams): Weights {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  return Object.fromEntries(
    PARAMETERS.map((p) => {
      const raw = params.get(weightKey(p));
      const value = raw !== null && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      const valid = Number.isInteger(value) && value >= WEIGHT_MIN && value <= WEIGHT_MAX;
      return [p, valid ? value : DEFAULT_WEIGHT];
    }),
  ) as Weights;
}

/** The weights that differ from the default, as query pairs in axis order. */
export function weightParams(weights: Weights): [string, string][] {
  return PARAMETERS.filter((p) => weights[p] !== DEFAULT_WEIGHT).map((p) => [
    weightKey(p),
    String(weights[p]),
  ]);
}

/** True when every weight is the default, so the ranking is the plain sum. */
export function isEqualWeighting(weights: Weights): boolean {
  return PARAMETERS.every((p) => weights[p] === DEFAULT_WEIGHT);
}

/** The weighted sum of a case's scores. */
export function weightedSum(
  scores: Record<Parameter, { score: number }>,
  weights: Weights,
): number {
  return PARAMETERS.reduce((sum, p) => sum + scores[p].score * weights[p], 0);
}
