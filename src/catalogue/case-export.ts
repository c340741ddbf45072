import { PARAMETERS, SCORE_MAX, type Parameter, type Provenance } from './assessment-model';
import type { CaseData } from '../schemas/case';
import type { DiseaseArea, Region, Sector } from '../schemas/vocabulary';
import {
  diseaseAreaLabels,
  parameterLabels,
  provenanceLabels,
  regionLabels,
  sectorLabels,
} from '../i18n/da';
import { caseStatusLabels, caseTexts } from '../i18n/cases';

/**
 * One case flattened to the facts the overview, the comparison and the downloads show.
 * Pure data: built from a case's front matter, no Astro involved.
 */
export interface CaseScore {
  score: number;
  provenance: Provenance;
}

export interface CaseRecord {
  id: string;
  title: string;
  /** Site path of the case page, with the base. */
  url: string;
  status: CaseData['status'];
  statusLabel: string;
  diseaseAreas: DiseaseArea[];
  diseaseAreaLabels: string[];
  /** The disease area as the catalogue words it. */
  conditionText: string;
  regions: Region[];
  /** Region names, or «Hele landet» for a nationwide offer. */
  regionLabels: string[];
  nationwide: boolean;
  sectors: Sector[];
  sectorLabels: string[];
  /** The period as the catalogue gives it, or null when it does not say. */
  period: string | null;
  scores: Record<Parameter, CaseScore>;
  /** Sum of the five scores (5-20). */
  total: number;
  /** `catalogue` only when every score is the catalogue's own; otherwise `derived`. */
  totalProvenance: Provenance;
}

/** The fields of a case that a record needs. */
export type CaseRecordInput = Pick<
  CaseData,
  | 'title'
  | 'status'
  | 'diseaseAreas'
  | 'conditionText'
  | 'regions'
  | 'nationwide'
  | 'sectors'
  | 'period'
  | 'assessment'
>;

/** The highest possible total. */
export const TOTAL_MAX = SCORE_MAX * PARAMETERS.length;

/** Region labels for a case: the named regions, or «Hele landet» for a nationwide offer. */
export function regionNames(input: Pick<CaseData, 'regions' | 'nationwide'>): string[] {
  const named = input.regions.map((region) => regionLabels[region]);
  return input.nationwide ? [caseTexts.nationwide, ...named] : named;
}

/** Flattens a case's front matter to a record; `url` is the case page's path. */
export function toCaseRecord(id: string, data: CaseRecordInput, url: string): CaseRecord {
  const scores = Object.fromEntries(
    PARAMETERS.map((parameter) => [
      parameter,
      {
        score: data.assessment[parameter].score,
        provenance: data.assessment[parameter].provenance,
      },
    ]),
  ) as Record<Parameter, CaseScore>;
  const total = PARAMETERS.reduce((sum, parameter) => sum + scores[parameter].score, 0);
  const allCatalogue = PARAMETERS.every((p) => scores[p].provenance === 'catalogue');
  return {
    id,
    title: data.title,
    url,
    status: data.status,
    statusLabel: caseStatusLabels[data.status],
    diseaseAreas: [...data.diseaseAreas],
    diseaseAreaLabels: data.diseaseAreas.map((area) => diseaseAreaLabels[area]),
    conditionText: data.conditionText,
    regions: [...data.regions],
    regionLabels: regionNames(data),
    nationwide: data.nationwide,
    sectors: [...data.sectors],
    sectorLabels: data.sectors.map((sector) => sectorLabels[sector]),
    period: data.period ?? null,
    scores,
    total,
    totalProvenance: allCatalogue ? 'catalogue' : 'derived',
  };
}

/**
 * The provenance of a case's scores in words: one label when all five share it,
 * otherwise each parameter with its own label.
 */
export function provenanceSummary(record: Pick<CaseRecord, 'scores'>): string {
  const kinds = new Set(PARAMETERS.map((p) => record.scores[p].provenance));
  if (kinds.size === 1) return provenanceLabels[[...kinds][0] as Provenance];
  return PARAMETERS.map(
    (p) => `${parameterLabels[p]}: ${provenanceLabels[record.scores[p].provenance]}`,
  ).join('; ');
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

/** Column headings of the case CSV, in Danish. */
export const CSV_HEADINGS = [
  'id',
  'Case',
  'Status',
  'Sygdomsområde',
  'Sygdomsområde (katalogets ord)',
  'Region',
  'Sektorer',
  'Periode',
  ...PARAMETERS.map((p) => parameterLabels[p]),
  'I alt',
  'Scorernes oprindelse',
  'Side',
] as const;

/** All cases as CSV for Danish Excel: one row per case, scores and their provenance. */
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
    provenanceSummary(record),
    record.url,
  ]);
  return toCsv([[...CSV_HEADINGS], ...rows]);
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

/** All cases as pretty-printed JSON, with the parameters, the scale and the provenance labels. */
export function casesToJson(records: readonly CaseRecord[], meta: CaseExportMeta): string {
  const document = {
    title: 'Casekataloget: cases og scorer',
    source: meta.source,
    generated: meta.generated,
    scale: { min: 1, max: SCORE_MAX, totalMax: TOTAL_MAX },
    parameters: PARAMETERS.map((id) => ({ id, label: parameterLabels[id] })),
    provenance: {
      labels: provenanceLabels,
      note: 'Scorer med provenance "derived" er udledt af dette site ud fra katalogets skrevne vurderinger efter vurderingsnøglen; de er ikke katalogets egne tal.',
      rubricUrl: meta.rubricUrl,
    },
    cases: records.map((record) => ({
      id: record.id,
      title: record.title,
      url: record.url,
      status: record.status,
      statusLabel: record.statusLabel,
      diseaseAreas: record.diseaseAreas,
      conditionText: record.conditionText,
      regions: record.regions,
      nationwide: record.nationwide,
      sectors: record.sectors,
      period: record.period,
      scores: Object.fromEntries(
        PARAMETERS.map((p) => [
          p,
          {
            score: record.scores[p].score,
            provenance: record.scores[p].provenance,
            provenanceLabel: provenanceLabels[record.scores[p].provenance],
          },
        ]),
      ),
      total: record.total,
      totalProvenance: record.totalProvenance,
      provenanceLabel: provenanceSummary(record),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * JSON that is safe inside a `<script type="application/json">` element: `<`, `>` and `&`
 * are escaped, so text such as `</script>` can never end the element early.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
