import { PARAMETERS, SCORE_MAX, SCORE_MIN, TOTAL_MAX, type Parameter } from './assessment-model';
import { columnIsDerived, type CaseRecord } from './case-record';
import { parameterLabels, provenanceLabels } from '../i18n/da';
import { caseTexts, exportTexts } from '../i18n/cases';

/**
 * The downloads: every case record as CSV for Danish Excel and as JSON. Both say in their
 * headings which scores are derived by this site.
 */

/** A score column's heading: the parameter, marked when any of its scores is derived. */
export function scoreHeading(records: readonly CaseRecord[], parameter: Parameter): string {
  const label = parameterLabels[parameter];
  return columnIsDerived(records, parameter) ? exportTexts.derivedHeading(label) : label;
}

/** The total column's heading. */
export function totalHeading(records: readonly CaseRecord[]): string {
  return records.some((r) => r.totalProvenance === 'derived')
    ? exportTexts.totalDerivedHeading
    : exportTexts.totalHeading;
}

// ---------------------------------------------------------------------------
// CSV for Danish Excel

/** Byte order mark: tells Excel the file is UTF-8, so æ, ø and å survive. */
export const BOM = '\uFEFF';
/** Danish Excel expects semicolons, because the comma is the decimal separator. */
export const CSV_SEPARATOR = ';';
/** Windows line endings, as Excel writes them. */
export const CSV_NEWLINE = '\r\n';

/**
 * Quotes one CSV cell when needed: a cell with the separator, a quote, a line break or
 * surrounding spaces is wrapped in quotes with inner quotes doubled. A cell that starts
 * like a formula (=, +, -, @) gets a leading apostrophe so Excel shows it as text.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const needsQuotes = /[";\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Joins rows of cells into CSV text with a BOM, semicolons and CRLF line endings. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return (
    BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join(CSV_NEWLINE) + CSV_NEWLINE
  );
}

/** Column headings of the case CSV, in Danish; score headings say when a score is derived. */
export function csvHeadings(records: readonly CaseRecord[]): string[] {
  return [
    ...exportTexts.csvFacts,
    ...PARAMETERS.map((p) => scoreHeading(records, p)),
    totalHeading(records),
    exportTexts.csvPage,
  ];
}

/** All cases as CSV for Danish Excel: one row per case and its scores. */
export function casesToCsv(records: readonly CaseRecord[]): string {
  const rows = records.map((record) => [
    record.id,
    record.title,
    record.statusLabel,
    record.diseaseAreaLabels.join(', '),
    record.conditionText,
    record.regionLabels.join(', '),
    record.sectorLabels.join(', '),
    record.period ?? caseTexts.notStated,
    ...PARAMETERS.map((p) => record.scores[p].score),
    record.total,
    record.url,
  ]);
  return toCsv([csvHeadings(records), ...rows]);
}

// ---------------------------------------------------------------------------
// JSON

/** What the JSON download says about itself. */
export interface CaseExportMeta {
  /** The source document, e.g. «Bilag – casebeskrivelser (Rambøll, 2022)». */
  source: string;
  /** Site path of the rubric page. */
  rubricUrl: string;
  /** Build date, `YYYY-MM-DD`. */
  generated: string;
}

/** All cases as pretty-printed JSON, with the parameters, the scale and a notice on derivation. */
export function casesToJson(records: readonly CaseRecord[], meta: CaseExportMeta): string {
  const document = {
    title: exportTexts.jsonTitle,
    notice: exportTexts.notice,
    source: meta.source,
    generated: meta.generated,
    rubricUrl: meta.rubricUrl,
    scale: { min: SCORE_MIN, max: SCORE_MAX, totalMax: TOTAL_MAX },
    parameters: PARAMETERS.map((id) => ({
      id,
      label: parameterLabels[id],
      heading: scoreHeading(records, id),
    })),
    provenanceLabels,
    cases: records,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
