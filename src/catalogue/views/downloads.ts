import type { CaseRecord } from '../case-record';
import { casesToCsv, casesToJson, type CaseExportMeta } from '../case-export';

/**
 * The bodies of the downloads and data files: the catalogue as CSV and JSON, and one case's
 * record for the comparison. Pure; the endpoints under `src/pages/cases/` only serve them.
 */

/** A source's description for the JSON download, e.g. «Bilag – casebeskrivelser (Rambøll, 2022)». */
export function sourceLabel(
  source: { title: string; publisher: string } | undefined,
  date: string,
): string {
  return source ? `${source.title} (${source.publisher}, ${date})` : '';
}

export function catalogueCsv(records: readonly CaseRecord[]): string {
  return casesToCsv(records);
}

export function catalogueJson(records: readonly CaseRecord[], meta: CaseExportMeta): string {
  return casesToJson(records, meta);
}

/** One case's record as compact JSON (the comparison fetches only the cases it shows). */
export function caseDataJson(record: CaseRecord): string {
  return JSON.stringify(record);
}
