import type { CaseRecordInput } from '../../../src/catalogue/case-export';
import type { Parameter } from '../../../src/catalogue/assessment-model';

/** A small, valid case's front matter for unit tests; scores in axis order. */
export function caseInput(
  overrides: Partial<CaseRecordInput> = {},
  scores: [number, number, number, number, number] = [2, 3, 3, 4, 3],
): CaseRecordInput {
  const parameters: Parameter[] = ['theory', 'effect', 'description', 'goals', 'transferability'];
  const assessment = Object.fromEntries(
    parameters.map((parameter, index) => [
      parameter,
      {
        score: scores[index] as number,
        provenance: 'derived' as const,
        catalogueSummary: 'Katalogets vurdering.',
        rationale: 'Begrundelse.',
      },
    ]),
  ) as CaseRecordInput['assessment'];
  return {
    title: 'Testcase',
    status: 'pilot',
    diseaseAreas: ['diabetes'],
    conditionText: 'Type 2-diabetes',
    regions: ['midtjylland'],
    nationwide: false,
    sectors: ['kommune', 'sygehus'],
    period: undefined,
    assessment,
    ...overrides,
  };
}
