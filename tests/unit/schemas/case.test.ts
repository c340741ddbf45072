import { describe, expect, it } from 'vitest';
import { caseSchema, caseSectionsSchema } from '../../../src/schemas/case';
import { assessmentSchema, parameterAssessmentSchema } from '../../../src/schemas/assessment';
import { PARAMETERS } from '../../../src/catalogue/assessment-model';
import { issuesOf } from './helpers';

const validParameter = {
  score: 3,
  provenance: 'derived',
  catalogueSummary: 'Indsatsen bygger på forskning.',
  evidence: ['bygger på forskning'],
  rationale: 'Forskning uden navngiven teori giver niveau 3.',
};

const validAssessment = Object.fromEntries(PARAMETERS.map((p) => [p, { ...validParameter }]));

const sections = Object.fromEntries(
  Object.keys(caseSectionsSchema.shape).map((key) => [key, `Tekst om ${key}.`]),
);

const validCase = {
  title: 'Testcase',
  summary: 'En indsats til test.',
  diseaseAreas: ['diabetes'],
  conditionText: 'Type 2-diabetes',
  targetGroup: 'Borgere med type 2-diabetes.',
  interventionType: 'Digital løsning.',
  organisations: ['Region Midtjylland'],
  regions: ['midtjylland'],
  sectors: ['kommune', 'sygehus'],
  status: 'pilot',
  sections,
  assessment: validAssessment,
  sources: [{ source: 'ramboll-casekatalog-2022', section: '2.1 Samblik' }],
};

const withParameter = (patch: Record<string, unknown>) => ({
  ...validAssessment,
  effect: { ...validParameter, ...patch },
});

describe('parameterAssessmentSchema', () => {
  it('accepts a derived whole score from 1 to 4 with summary and rationale', async () => {
    for (const score of [1, 2, 3, 4]) {
      expect(await issuesOf(parameterAssessmentSchema, { ...validParameter, score })).toEqual([]);
    }
  });
  it('accepts a score published by the catalogue', async () => {
    const issues = await issuesOf(parameterAssessmentSchema, {
      ...validParameter,
      provenance: 'catalogue',
    });
    expect(issues).toEqual([]);
  });
  it('rejects a score of 5, above the scale', async () => {
    const issues = await issuesOf(parameterAssessmentSchema, { ...validParameter, score: 5 });
    expect(issues).toEqual(['score: scoren må højst være 4']);
  });
  it('rejects a score of 0, below the scale', async () => {
    const issues = await issuesOf(parameterAssessmentSchema, { ...validParameter, score: 0 });
    expect(issues).toEqual(['score: scoren skal være mindst 1']);
  });
  it('rejects a half score such as 2.5', async () => {
    const issues = await issuesOf(parameterAssessmentSchema, { ...validParameter, score: 2.5 });
    expect(issues).toEqual(['score: scoren skal være et helt tal fra 1 til 4']);
  });
  it('rejects a score written as text', async () => {
    const issues = await issuesOf(parameterAssessmentSchema, { ...validParameter, score: '3' });
    expect(issues).toEqual([expect.stringMatching(/^score: /)]);
  });
  it('rejects a missing rationale', async () => {
    const { rationale: _omitted, ...withoutRationale } = validParameter;
    const issues = await issuesOf(parameterAssessmentSchema, withoutRationale);
    expect(issues).toEqual([expect.stringMatching(/^rationale: /)]);
  });
  it('rejects an empty rationale', async () => {
    const issues = await issuesOf(parameterAssessmentSchema, {
      ...validParameter,
      rationale: '  ',
    });
    expect(issues).toEqual(['rationale: må ikke være tom']);
  });
  it('rejects a provenance other than catalogue or derived', async () => {
    const issues = await issuesOf(parameterAssessmentSchema, {
      ...validParameter,
      provenance: 'estimated',
    });
    expect(issues).toEqual([expect.stringMatching(/^provenance: /)]);
  });
  it('rejects a missing provenance, so no score is shown without one', async () => {
    const { provenance: _omitted, ...withoutProvenance } = validParameter;
    const issues = await issuesOf(parameterAssessmentSchema, withoutProvenance);
    expect(issues).toEqual([expect.stringMatching(/^provenance: /)]);
  });
  it('rejects HTML in the rationale', async () => {
    const issues = await issuesOf(parameterAssessmentSchema, {
      ...validParameter,
      rationale: 'Se <b>her</b>',
    });
    expect(issues).toEqual([expect.stringMatching(/^rationale: må ikke indeholde HTML/)]);
  });
});

describe('assessmentSchema', () => {
  it('accepts all five parameters', async () => {
    expect(await issuesOf(assessmentSchema, validAssessment)).toEqual([]);
  });
  it('requires every parameter', async () => {
    const { goals: _omitted, ...fourParameters } = validAssessment;
    const issues = await issuesOf(assessmentSchema, fourParameters);
    expect(issues).toEqual([expect.stringMatching(/^goals: /)]);
  });
  it('rejects a parameter the catalogue does not have', async () => {
    const issues = await issuesOf(assessmentSchema, { ...validAssessment, cost: validParameter });
    expect(issues.join()).toMatch(/cost/);
  });
  it('names the parameter and field of an invalid score', async () => {
    const issues = await issuesOf(assessmentSchema, withParameter({ score: 5 }));
    expect(issues).toEqual(['effect.score: scoren må højst være 4']);
  });
});

describe('caseSchema', () => {
  it('accepts a complete case', async () => {
    expect(await issuesOf(caseSchema, validCase)).toEqual([]);
  });
  it('leaves the period out when the catalogue does not give one', async () => {
    const parsed = await caseSchema.parseAsync(validCase);
    expect(parsed.period).toBeUndefined();
  });
  it('defaults to no related pathways and not nationwide', async () => {
    const parsed = await caseSchema.parseAsync(validCase);
    expect(parsed.relatedPathways).toEqual([]);
    expect(parsed.nationwide).toBe(false);
  });
  it('turns the source id into a reference to the sources collection', async () => {
    const parsed = await caseSchema.parseAsync(validCase);
    expect(parsed.sources[0]?.source).toEqual({
      collection: 'sources',
      id: 'ramboll-casekatalog-2022',
    });
  });
  it('rejects a case with a score of 5 and names the field', async () => {
    const issues = await issuesOf(caseSchema, {
      ...validCase,
      assessment: withParameter({ score: 5 }),
    });
    expect(issues).toEqual(['assessment.effect.score: scoren må højst være 4']);
  });
  it('rejects a case whose rationale is missing', async () => {
    const { rationale: _omitted, ...withoutRationale } = validParameter;
    const issues = await issuesOf(caseSchema, {
      ...validCase,
      assessment: { ...validAssessment, theory: withoutRationale },
    });
    expect(issues).toEqual([expect.stringMatching(/^assessment\.theory\.rationale: /)]);
  });
  it('rejects a case with a wrong provenance', async () => {
    const issues = await issuesOf(caseSchema, {
      ...validCase,
      assessment: withParameter({ provenance: 'site' }),
    });
    expect(issues).toEqual([expect.stringMatching(/^assessment\.effect\.provenance: /)]);
  });
  it('requires every section of the catalogue', async () => {
    const { economy: _omitted, ...nineSections } = sections;
    const issues = await issuesOf(caseSchema, { ...validCase, sections: nineSections });
    expect(issues).toEqual([expect.stringMatching(/^sections\.economy: /)]);
  });
  it('rejects an unknown status', async () => {
    const issues = await issuesOf(caseSchema, { ...validCase, status: 'afsluttet' });
    expect(issues).toEqual([expect.stringMatching(/^status: /)]);
  });
  it('rejects an unknown disease area and an unknown region', async () => {
    const issues = await issuesOf(caseSchema, {
      ...validCase,
      diseaseAreas: ['forkoelelse'],
      regions: ['fyn'],
    });
    expect(issues).toEqual([
      expect.stringMatching(/^diseaseAreas\.0: /),
      expect.stringMatching(/^regions\.0: /),
    ]);
  });
  it('requires at least one source', async () => {
    const issues = await issuesOf(caseSchema, { ...validCase, sources: [] });
    expect(issues).toEqual(['sources: angiv mindst én kilde']);
  });
  it('rejects a field the schema does not know', async () => {
    const issues = await issuesOf(caseSchema, { ...validCase, score: 17 });
    expect(issues.join()).toMatch(/score/);
  });
});
