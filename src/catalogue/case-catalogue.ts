import { getCollection, type CollectionEntry } from 'astro:content';
import { toCaseRecord, type CaseRecord } from './case-record';
import type { Rubric } from '../schemas/rubric';
import { href, paths } from '../site/urls';

/** The rubric, from `content/rubric/` (exactly one entry). */
export async function loadRubric(): Promise<Rubric> {
  const entries = await getCollection('rubric');
  const [first, ...rest] = entries;
  if (!first || rest.length > 0) {
    throw new Error(
      `content/rubric/ skal have præcis én fil med vurderingsnøglen, ikke ${entries.length}`,
    );
  }
  return first.data;
}

/** Records for all cases, in the order given (loadSiteData sorts them by title). */
export function caseRecords(
  cases: readonly CollectionEntry<'cases'>[],
  rubric: Rubric,
): CaseRecord[] {
  return cases.map((entry) =>
    toCaseRecord(entry.id, entry.data, href(paths.case(entry.id)), rubric),
  );
}

/** Site path of the JSON download. */
export const CASES_JSON_PATH = '/cases/cases.json';
/** Site path of the CSV download. */
export const CASES_CSV_PATH = '/cases/cases.csv';
/** Site path of one case's data, fetched by the comparison. */
export const caseDataPath = (id: string) => `/cases/data/${id}.json`;
/** Site path of the compact index of every case, fetched by a split catalogue and the finder. */
export const CATALOGUE_INDEX_PATH = '/cases/katalog.json';
