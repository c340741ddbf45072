import { describe, expect, it } from 'vitest';
import { parameterAssessmentSchema } from '../../../src/schemas/assessment';
import { rubricSchema } from '../../../src/schemas/rubric';
import { issuesOf } from '../schemas/helpers';
import { rubric } from './case-fixture';

const parameter = {
  score: 3,
  provenance: 'derived',
  catalogueSummary: 'Indsatsen er evalueret.',
  evidence: ['evalueret og virkning vist'],
  rationale: 'Evalueringen viser virkning.',
};

describe('the words that decide a score', () => {
  it('are required, so no derived score is shown without them', async () => {
    const { evidence: _left, ...without } = parameter;
    expect(await issuesOf(parameterAssessmentSchema, without)).toEqual([
      expect.stringMatching(/^evidence: /),
    ]);
  });
  it('default to the written assessment as what decided the score', () => {
    expect(parameterAssessmentSchema.parse(parameter).basis).toBe('assessment');
  });
  it('may say that the case text decided it, and nothing else', async () => {
    expect(await issuesOf(parameterAssessmentSchema, { ...parameter, basis: 'case-text' })).toEqual(
      [],
    );
    expect(await issuesOf(parameterAssessmentSchema, { ...parameter, basis: 'gæt' })).toEqual([
      expect.stringMatching(/^basis: /),
    ]);
  });
});

describe('rubricSchema', () => {
  it('accepts a rubric with four levels for each of the five parameters', async () => {
    expect(await issuesOf(rubricSchema, rubric)).toEqual([]);
  });
  it('names the parameter whose levels do not match the scale', async () => {
    const broken = {
      ...rubric,
      parameters: {
        ...rubric.parameters,
        goals: { ...rubric.parameters.goals, levels: ['a', 'b'] },
      },
    };
    expect(await issuesOf(rubricSchema, broken)).toEqual([
      'parameters.goals.levels: angiv præcis 4 niveauer, laveste først',
    ]);
  });
  it('requires every parameter', async () => {
    const { theory: _left, ...four } = rubric.parameters;
    expect(await issuesOf(rubricSchema, { ...rubric, parameters: four })).toEqual([
      expect.stringMatching(/^parameters\.theory: /),
    ]);
  });
});
