import {
  PARAMETERS,
  SCORE_MIN,
  type Basis,
  type Parameter,
  type Provenance,
} from './assessment-model';
import type { CaseData } from '../schemas/case';
import type { Rubric } from '../schemas/rubric';
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
 * The one record of a case: built once from its front matter and the rubric, and used by the
 * case page, the catalogue, the comparison and the downloads. Pure data, no Astro involved.
 */

/** One parameter's score with everything that explains it. */
export interface ScoreEntry {
  parameter: Parameter;
  label: string;
  score: number;
  provenance: Provenance;
  provenanceLabel: string;
  /** The catalogue's written assessment in the site's own words. */
  catalogueSummary: string;
  /** The written assessment's own words that decide the score, exactly as the catalogue has them. */
  evidence: string[];
  /** Whether the written assessment or the case text settled the score. */
  basis: Basis;
  /** The rubric level the score stands for, as the rubric words it. */
  levelText: string;
  /** Why the evidence meets that level. */
  rationale: string;
}

export interface CaseRecord {
  id: string;
  title: string;
  summary: string;
  /** Site path of the case page, with the base. */
  url: string;
  status: CaseData['status'];
  statusLabel: string;
  diseaseAreas: DiseaseArea[];
  diseaseAreaLabels: string[];
  /** The disease area as the catalogue words it. */
  conditionText: string;
  targetGroup: string;
  interventionType: string;
  organisations: string[];
  regions: Region[];
  /** Region names, or «Hele landet» for a nationwide offer. */
  regionLabels: string[];
  nationwide: boolean;
  sectors: Sector[];
  sectorLabels: string[];
  /** The period as the catalogue gives it, or null when it does not say. */
  period: string | null;
  scores: Record<Parameter, ScoreEntry>;
  /** Sum of the five scores. */
  total: number;
  /** `catalogue` only when every score is the catalogue's own; otherwise `derived`. */
  totalProvenance: Provenance;
}

/** The fields of a case that a record needs. */
export type CaseRecordInput = Pick<
  CaseData,
  | 'title'
  | 'summary'
  | 'status'
  | 'diseaseAreas'
  | 'conditionText'
  | 'targetGroup'
  | 'interventionType'
  | 'organisations'
  | 'regions'
  | 'nationwide'
  | 'sectors'
  | 'period'
  | 'assessment'
>;

/** Region labels for a case: the named regions, or «Hele landet» for a nationwide offer. */
export function regionNames(input: Pick<CaseData, 'regions' | 'nationwide'>): string[] {
  const named = input.regions.map((region) => regionLabels[region]);
  return input.nationwide ? [caseTexts.nationwide, ...named] : named;
}

/** The rubric's words for `score` on `parameter`. */
export function levelText(rubric: Rubric, parameter: Parameter, score: number): string {
  const text = rubric.parameters[parameter].levels[score - SCORE_MIN];
  if (text === undefined) {
    throw new Error(`Vurderingsnøglen har intet niveau ${score} for ${parameterLabels[parameter]}`);
  }
  return text;
}

/** Builds a case's record; `url` is the case page's path. */
export function toCaseRecord(
  id: string,
  data: CaseRecordInput,
  url: string,
  rubric: Rubric,
): CaseRecord {
  const scores = Object.fromEntries(
    PARAMETERS.map((parameter): [Parameter, ScoreEntry] => {
      const item = data.assessment[parameter];
      return [
        parameter,
        {
          parameter,
          label: parameterLabels[parameter],
          score: item.score,
          provenance: item.provenance,
          provenanceLabel: provenanceLabels[item.provenance],
          catalogueSummary: item.catalogueSummary,
          evidence: [...item.evidence],
          basis: item.basis,
          levelText: levelText(rubric, parameter, item.score),
          rationale: item.rationale,
        },
      ];
    }),
  ) as Record<Parameter, ScoreEntry>;
  const total = PARAMETERS.reduce((sum, parameter) => sum + scores[parameter].score, 0);
  const allCatalogue = PARAMETERS.every((p) => scores[p].provenance === 'catalogue');
  return {
    id,
    title: data.title,
    summary: data.summary,
    url,
    status: data.status,
    statusLabel: caseStatusLabels[data.status],
    diseaseAreas: [...data.diseaseAreas],
    diseaseAreaLabels: data.diseaseAreas.map((area) => diseaseAreaLabels[area]),
    conditionText: data.conditionText,
    targetGroup: data.targetGroup,
    interventionType: data.interventionType,
    organisations: [...data.organisations],
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

/** True when at least one case has a derived score on `parameter`. */
export function columnIsDerived(records: readonly CaseRecord[], parameter: Parameter): boolean {
  return records.some((record) => record.scores[parameter].provenance === 'derived');
}
