import type { CollectionEntry } from 'astro:content';
import { toCaseRecord, type CaseRecord } from './case-export';
import { href, paths } from '../site/urls';

/** Records for all cases, in the order given (loadSiteData sorts them by title). */
export function caseRecords(cases: readonly CollectionEntry<'cases'>[]): CaseRecord[] {
  return cases.map((entry) => toCaseRecord(entry.id, entry.data, href(paths.case(entry.id))));
}

/** Site path of the JSON download. */
export const CASES_JSON_PATH = '/cases/cases.json';
/** Site path of the CSV download. */
export const CASES_CSV_PATH = '/cases/cases.csv';
