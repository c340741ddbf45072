import { PARAMETERS, type Parameter, type Provenance } from './assessment-model';
import type { CaseRecord } from './case-export';
import { parameterLabels } from '../i18n/da';
import { caseTexts } from '../i18n/cases';

/**
 * The side-by-side comparison as plain data: which rows to show and where the chosen
 * cases differ. Pure, so the browser script and the unit tests share it.
 */

/** What the comparison page needs to know about a case (embedded in the page as JSON). */
export interface CompareCase extends CaseRecord {
  targetGroup: string;
  organisations: string[];
  assessment: Record<
    Parameter,
    { score: number; provenance: Provenance; catalogueSummary: string; rationale: string }
  >;
}

/** One cell: the text to show, and whether a derived-score label goes with it. */
export interface CompareCell {
  text: string;
  /** A second paragraph (the site's rationale under the catalogue's assessment). */
  detail?: string;
  provenance?: Provenance;
}

export interface CompareRow {
  key: string;
  label: string;
  cells: CompareCell[];
  /** True when not every chosen case has the same value in this row. */
  different: boolean;
}

/** True when the values are not all the same. */
export function differs(values: readonly (string | number)[]): boolean {
  return new Set(values.map(String)).size > 1;
}

function row(key: string, label: string, cells: CompareCell[], compare = true): CompareRow {
  return { key, label, cells, different: compare && differs(cells.map((cell) => cell.text)) };
}

/** The score rows: one per parameter in axis order, then the total. */
export function scoreRows(cases: readonly CompareCase[]): CompareRow[] {
  return [
    ...PARAMETERS.map((parameter) =>
      row(
        parameter,
        parameterLabels[parameter],
        cases.map((c) => ({
          text: String(c.scores[parameter].score),
          provenance: c.scores[parameter].provenance,
        })),
      ),
    ),
    row(
      'total',
      caseTexts.assessment.total,
      cases.map((c) => ({ text: String(c.total), provenance: c.totalProvenance })),
    ),
  ];
}

/** The key facts, each compared across the cases. */
export function factRows(cases: readonly CompareCase[]): CompareRow[] {
  const f = caseTexts.facts;
  const text = (pick: (c: CompareCase) => string) => cases.map((c) => ({ text: pick(c) }));
  return [
    row(
      'diseaseArea',
      f.diseaseArea,
      text((c) => c.conditionText),
    ),
    row(
      'targetGroup',
      f.targetGroup,
      text((c) => c.targetGroup),
    ),
    row(
      'organisations',
      f.organisations,
      text((c) => c.organisations.join(', ')),
    ),
    row(
      'regions',
      f.regions,
      text((c) => c.regionLabels.join(', ')),
    ),
    row(
      'sectors',
      f.sectors,
      text((c) => c.sectorLabels.join(', ')),
    ),
    row(
      'status',
      f.status,
      text((c) => c.statusLabel),
    ),
    row(
      'period',
      f.period,
      text((c) => c.period ?? caseTexts.notStated),
    ),
  ];
}

/** The catalogue's assessment and the site's rationale per parameter (not compared). */
export function rationaleRows(cases: readonly CompareCase[]): CompareRow[] {
  return PARAMETERS.map((parameter) =>
    row(
      parameter,
      parameterLabels[parameter],
      cases.map((c) => ({
        text: c.assessment[parameter].catalogueSummary,
        detail: c.assessment[parameter].rationale,
        provenance: c.assessment[parameter].provenance,
      })),
      false,
    ),
  );
}
