import { PARAMETERS, type Provenance } from './assessment-model';
import type { CaseRecord } from './case-record';
import { evidenceText } from './evidence';
import { caseTexts, compareTexts } from '../i18n/cases';

/**
 * The side-by-side comparison as plain data: the rows to show and which differences matter.
 * Pure, so the browser script and the unit tests share it.
 */

/** Scores this many points apart or more count as a difference worth pointing out. */
export const NOTABLE_DIFFERENCE = 2;

/** One cell: its text, an optional second paragraph, and for scores «højest»/«lavest». */
export interface CompareCell {
  text: string;
  detail?: string;
  /** A note under the cell, e.g. that the case text settled the score. */
  note?: string;
  provenance?: Provenance;
  extreme?: 'highest' | 'lowest';
}

export interface CompareRow {
  key: string;
  label: string;
  cells: CompareCell[];
  /** True when the highest and lowest score are NOTABLE_DIFFERENCE or more apart. */
  notable: boolean;
}

/** Marks the highest and lowest of a row of scores when they are far enough apart. */
export function markExtremes(scores: readonly number[]): {
  notable: boolean;
  extremes: (CompareCell['extreme'] | undefined)[];
} {
  const max = Math.max(...scores);
  const min = Math.min(...scores);
  const notable = max - min >= NOTABLE_DIFFERENCE;
  return {
    notable,
    extremes: scores.map((score) =>
      !notable ? undefined : score === max ? 'highest' : score === min ? 'lowest' : undefined,
    ),
  };
}

function scoreRow(
  key: string,
  label: string,
  scores: number[],
  provenances: Provenance[],
): CompareRow {
  const { notable, extremes } = markExtremes(scores);
  return {
    key,
    label,
    notable,
    cells: scores.map((score, index): CompareCell => {
      const extreme = extremes[index];
      const provenance = provenances[index];
      return {
        text: String(score),
        ...(provenance ? { provenance } : {}),
        ...(extreme ? { extreme } : {}),
      };
    }),
  };
}

/** The score rows: one per parameter in axis order, then the sum. */
export function scoreRows(cases: readonly CaseRecord[]): CompareRow[] {
  return [
    ...PARAMETERS.map((p) =>
      scoreRow(
        p,
        cases[0]?.scores[p].label ?? p,
        cases.map((c) => c.scores[p].score),
        cases.map((c) => c.scores[p].provenance),
      ),
    ),
    scoreRow(
      'total',
      caseTexts.assessment.total,
      cases.map((c) => c.total),
      cases.map((c) => c.totalProvenance),
    ),
  ];
}

/** The key facts side by side (text is not compared: every case words it differently). */
export function factRows(cases: readonly CaseRecord[]): CompareRow[] {
  const f = caseTexts.facts;
  const row = (key: string, label: string, pick: (c: CaseRecord) => string): CompareRow => ({
    key,
    label,
    notable: false,
    cells: cases.map((c) => ({ text: pick(c) })),
  });
  return [
    row('diseaseArea', f.diseaseArea, (c) => c.conditionText),
    row('targetGroup', f.targetGroup, (c) => c.targetGroup),
    row('organisations', f.organisations, (c) => c.organisations.join(', ')),
    row('regions', f.regions, (c) => c.regionLabels.join(', ')),
    row('sectors', f.sectors, (c) => c.sectorLabels.join(', ')),
    row('status', f.status, (c) => c.statusLabel),
    row('period', f.period, (c) => c.period ?? caseTexts.notStated),
  ];
}

/** Per parameter: the words that decide each case's score and the rubric level they meet. */
export function evidenceRows(cases: readonly CaseRecord[]): CompareRow[] {
  return PARAMETERS.map((p) => ({
    key: p,
    label: cases[0]?.scores[p].label ?? p,
    notable: false,
    cells: cases.map((c) => {
      const entry = c.scores[p];
      return {
        text: evidenceText(entry.evidence),
        detail: `${caseTexts.assessment.level(entry.score)}: ${entry.levelText}`,
        ...(entry.basis === 'case-text' ? { note: caseTexts.assessment.caseTextBasis } : {}),
        provenance: entry.provenance,
      };
    }),
  }));
}

/** The word for an extreme score. */
export function extremeLabel(extreme: NonNullable<CompareCell['extreme']>): string {
  return extreme === 'highest' ? compareTexts.highest : compareTexts.lowest;
}
