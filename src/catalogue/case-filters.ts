import type { CaseData } from '../schemas/case';
import type { DiseaseArea, Region, Sector } from '../schemas/vocabulary';
import { defaultDirection, type SortDirection, type SortKey } from './ranking';
import {
  EQUAL_WEIGHTS,
  PARAMETER_SLUGS,
  parseWeights,
  weightParams,
  type Weights,
} from './weights';

/**
 * Filtering the catalogue overview and keeping its state in the URL. Pure, and free of
 * run-time imports from the schemas (they pull in zod), because the overview's script in
 * the browser uses these functions too. The allowed values are passed in instead.
 */

/** Region filter value for offers that run across the whole country. */
export const NATIONWIDE = 'hele-landet';
export type RegionFilter = Region | typeof NATIONWIDE;
export type CaseStatus = CaseData['status'];

export interface CaseFilters {
  diseaseArea: DiseaseArea | null;
  sector: Sector | null;
  region: RegionFilter | null;
  status: CaseStatus | null;
}

export const NO_FILTERS: CaseFilters = {
  diseaseArea: null,
  sector: null,
  region: null,
  status: null,
};

/** The fields of a case that filters look at. */
export interface FilterableCase {
  diseaseAreas: readonly DiseaseArea[];
  sectors: readonly Sector[];
  regions: readonly Region[];
  nationwide: boolean;
  status: CaseStatus;
}

/**
 * True when the case passes every active filter. A region filter matches the cases that
 * run in that region; «hele landet» matches the nationwide ones.
 */
export function matchesFilters(row: FilterableCase, filters: CaseFilters): boolean {
  if (filters.diseaseArea && !row.diseaseAreas.includes(filters.diseaseArea)) return false;
  if (filters.sector && !row.sectors.includes(filters.sector)) return false;
  if (filters.status && row.status !== filters.status) return false;
  if (filters.region) {
    if (filters.region === NATIONWIDE) return row.nationwide;
    return row.regions.includes(filters.region);
  }
  return true;
}

/** The rows that pass the filters, in their original order. */
export function filterCases<T extends FilterableCase>(
  rows: readonly T[],
  filters: CaseFilters,
): T[] {
  return rows.filter((row) => matchesFilters(row, filters));
}

/** The values each filter can take, in display order. */
export interface FilterVocabulary {
  diseaseAreas: readonly DiseaseArea[];
  sectors: readonly Sector[];
  regions: readonly RegionFilter[];
  statuses: readonly CaseStatus[];
}

/**
 * The values of `all` that actually occur among the cases, in the order of `all`, so a
 * filter never offers a choice that leaves the table empty.
 */
export function availableValues(
  rows: readonly FilterableCase[],
  all: FilterVocabulary,
): FilterVocabulary {
  const used = <T extends string>(values: readonly T[], present: Iterable<T>): T[] => {
    const set = new Set<string>(present);
    return values.filter((value) => set.has(value));
  };
  const presentRegions = rows.flatMap((row): RegionFilter[] =>
    row.nationwide ? [...row.regions, NATIONWIDE] : [...row.regions],
  );
  return {
    diseaseAreas: used(
      all.diseaseAreas,
      rows.flatMap((row) => row.diseaseAreas),
    ),
    sectors: used(
      all.sectors,
      rows.flatMap((row) => row.sectors),
    ),
    regions: used(all.regions, presentRegions),
    statuses: used(
      all.statuses,
      rows.map((row) => row.status),
    ),
  };
}

// ---------------------------------------------------------------------------
// URL state

/** Names of the query parameters, Danish so a shared link reads naturally. */
export const QUERY_KEYS = {
  diseaseArea: 'sygdomsomraade',
  sector: 'sektor',
  region: 'region',
  status: 'status',
  sort: 'sorter',
  direction: 'retning',
} as const;

/** Sort keys as they appear in the URL. */
export const SORT_SLUGS: Record<SortKey, string> = {
  rank: 'plads',
  name: 'navn',
  ...PARAMETER_SLUGS,
};

const DIRECTION_SLUGS: Record<SortDirection, string> = { asc: 'stigende', desc: 'faldende' };

export interface CatalogueState {
  filters: CaseFilters;
  sort: SortKey;
  direction: SortDirection;
  /** The planner's weights per parameter; equal weights rank by the plain sum. */
  weights: Weights;
}

/** The page as built: every case, ranked by the plain sum, highest first. */
export const DEFAULT_STATE: CatalogueState = {
  filters: NO_FILTERS,
  sort: 'rank',
  direction: 'desc',
  weights: EQUAL_WEIGHTS,
};

function pick<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function keyForSlug<T extends string>(slugs: Record<T, string>, value: string | null): T | null {
  const found = Object.entries(slugs).find(([, slug]) => slug === value);
  return found ? (found[0] as T) : null;
}

/**
 * Reads the overview's state from a query string. Anything not in `allowed` or unknown
 * (a misspelt value, a hostile string) is ignored and the default is used instead.
 */
export function parseCatalogueState(
  query: string | URLSearchParams,
  allowed: FilterVocabulary,
): CatalogueState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const sort = keyForSlug(SORT_SLUGS, params.get(QUERY_KEYS.sort)) ?? DEFAULT_STATE.sort;
  const direction =
    keyForSlug(DIRECTION_SLUGS, params.get(QUERY_KEYS.direction)) ?? defaultDirection(sort);
  return {
    filters: {
      diseaseArea: pick(allowed.diseaseAreas, params.get(QUERY_KEYS.diseaseArea)),
      sector: pick(allowed.sectors, params.get(QUERY_KEYS.sector)),
      region: pick(allowed.regions, params.get(QUERY_KEYS.region)),
      status: pick(allowed.statuses, params.get(QUERY_KEYS.status)),
    },
    sort,
    direction,
    weights: parseWeights(params),
  };
}

/**
 * Writes the state as a query string (without «?»), leaving out what equals the default,
 * so the plain overview has a clean address.
 */
export function serializeCatalogueState(state: CatalogueState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (filters.diseaseArea) params.set(QUERY_KEYS.diseaseArea, filters.diseaseArea);
  if (filters.sector) params.set(QUERY_KEYS.sector, filters.sector);
  if (filters.region) params.set(QUERY_KEYS.region, filters.region);
  if (filters.status) params.set(QUERY_KEYS.status, filters.status);
  const isDefaultSort =
    state.sort === DEFAULT_STATE.sort && state.direction === DEFAULT_STATE.direction;
  if (!isDefaultSort) {
    params.set(QUERY_KEYS.sort, SORT_SLUGS[state.sort]);
    if (state.direction !== defaultDirection(state.sort)) {
      params.set(QUERY_KEYS.direction, DIRECTION_SLUGS[state.direction]);
    }
  }
  for (const [key, value] of weightParams(state.weights)) params.set(key, value);
  return params.toString();
}
