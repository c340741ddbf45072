import type { CaseRecordInput } from '../../../src/catalogue/case-record';
import { PARAMETERS, SCORE_LEVELS } from '../../../src/catalogue/assessment-model';
import type { Rubric } from '../../../src/schemas/rubric';

/** A rubric whose level texts name parameter and level, e.g. «effect 3». */
export const rubric: Rubric = {
  sourceSection: 'Afsnit 1',
  rule: ['Vurderingen afgør.'],
  parameters: Object.fromEntries(
    PARAMETERS.map((p) => [
      p,
      {
        definition: `Definition af ${p}.`,
        question: `Spørgsmål om ${p}?`,
        levels: SCORE_LEVELS.map((level) => `${p} ${level}`),
      },
    ]),
  ) as Rubric['parameters'],
};

/** A small, valid case's front matter for unit tests; scores in axis order. */
export function caseInput(
  overrides: Partial<CaseRecordInput> = {},
  scores: [number, number, number, number, number] = [2, 3, 3, 4, 3],
): CaseRecordInput {
  const assessment = Object.fromEntries(
    PARAMETERS.map((parameter, index) => [
      parameter,
      {
        score: scores[index] as number,
        provenance: 'derived' as const,
        catalogueSummary: 'Katalogets vurdering.',
        evidence: [`ord om ${parameter}`],
        basis: 'assessment' as const,
        rationale: 'Begrundelse.',
      },
    ]),
  ) as CaseRecordInput['assessment'];
  return {
    title: 'Testcase',
    summary: 'En indsats til test.',
    status: 'pilot',
    diseaseAreas: ['diabetes'],
    conditionText: 'Type 2-diabetes',
    targetGroup: 'Voksne med diabetes',
    interventionType: 'Digital løsning',
    organisations: ['Region Midtjylland'],
    regions: ['midtjylland'],
    nationwide: false,
    sectors: ['kommune', 'sygehus'],
    period: undefined,
    assessment,
    ...overrides,
  };
}
