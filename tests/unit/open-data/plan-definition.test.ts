import { describe, expect, it } from 'vitest';
import {
  planDefinition,
  type PathwayInput,
  type PlanContext,
} from '../../../src/open-data/plan-definition';

const context: PlanContext = {
  url: 'https://rehab.example.org/fhir/PlanDefinition/knae.json',
  pageUrl: 'https://rehab.example.org/forloeb/knae/',
  publisher: 'Region Eksempel',
  actor: (id) => ({
    name: id === 'patient' ? 'Patient og pårørende' : 'Almen praksis',
    patient: id === 'patient',
  }),
  source: () => ({ shortTitle: 'Knæartrose 2016', title: 'Forløbsbeskrivelse for knæartrose' }),
  phase: (phase) => (phase === 'udredning' ? 'Udredning' : 'Rehabilitering'),
};

const step = (id: string, branches: PathwayInput['steps'][number]['branches'] = []) => ({
  id,
  title: `Trin ${id}`,
  phase: 'udredning',
  actors: [{ id: 'almen-praksis' }],
  description: `Beskrivelse af ${id}.`,
  branches,
});

const pathway: PathwayInput = {
  id: 'knae',
  file: 'content/pathways/knae.mdx',
  title: 'Knæartrose',
  summary: 'Resumé.',
  inBrief: ['Første sætning.', 'Anden sætning.'],
  condition: 'Knæartrose',
  reviewed: new Date('2024-05-01T00:00:00Z'),
  sources: [{ source: { id: 'rn' }, section: '4.2' }],
  steps: [
    step('a', [
      { condition: 'Skal udredes', next: 'b' },
      { condition: 'Skal trænes', next: 'c' },
      { condition: 'Ønsker ikke tilbud', outcome: 'Forløbet slutter' },
    ]),
    step('b'),
    { ...step('c'), actors: [{ id: 'patient' }] },
  ],
};

type Action = Record<string, unknown> & { id: string };
const actions = () => planDefinition(pathway, context)['action'] as Action[];

describe('planDefinition', () => {
  it('says what FHIR can say with its codes: status, type, jurisdiction Denmark, dates', () => {
    const plan = planDefinition(pathway, context);
    expect(plan).toMatchObject({
      resourceType: 'PlanDefinition',
      id: 'knae',
      url: context.url,
      status: 'active',
      date: '2024-05-01',
      publisher: 'Region Eksempel',
      description: 'Første sætning. Anden sætning.',
      jurisdiction: [{ coding: [{ system: 'urn:iso:std:iso:3166', code: 'DK' }] }],
      topic: [{ text: 'Knæartrose' }],
    });
  });

  it('cites the source document and section', () => {
    const artifacts = planDefinition(pathway, context)['relatedArtifact'] as unknown[];
    expect(artifacts).toContainEqual({
      type: 'citation',
      label: '4.2',
      display: 'Forløbsbeskrivelse for knæartrose',
      citation: 'Knæartrose 2016, afsnit 4.2',
    });
  });

  it('has one action per step in step order, its actors as participants named as roles', () => {
    expect(actions().map((action) => action.id)).toEqual(['a', 'b', 'c']);
    expect(actions()[0]?.['participant']).toEqual([
      { type: 'practitioner', role: { text: 'Almen praksis' } },
    ]);
    expect(actions()[2]?.['participant']).toEqual([
      { type: 'patient', role: { text: 'Patient og pårørende' } },
    ]);
  });

  it('puts a decision on the action it leads to, as text, and links the decision to its branches', () => {
    const [a, b, c] = actions();
    expect(a?.['relatedAction']).toEqual([
      { actionId: 'b', relationship: 'before-start' },
      { actionId: 'c', relationship: 'before-start' },
    ]);
    expect(b?.['condition']).toEqual([
      {
        kind: 'applicability',
        expression: expect.objectContaining({
          language: 'text/plain',
          expression: 'Efter trin 1 «Trin a»: Skal udredes',
        }) as unknown,
      },
    ]);
    // b leads on to c in order; c is reached either way.
    expect(b?.['relatedAction']).toEqual([{ actionId: 'c', relationship: 'before-start' }]);
    expect(
      (c?.['condition'] as { expression: { expression: string } }[])[0]?.expression.expression,
    ).toBe('Efter trin 1 «Trin a»: Skal trænes eller Efter trin 2 «Trin b»');
  });

  it('makes an outcome that leaves the pathway a sub-action with its condition', () => {
    expect(actions()[0]?.['action']).toEqual([
      {
        id: 'a-udfald-1',
        title: 'Forløbet slutter',
        condition: [expect.objectContaining({ kind: 'applicability' }) as unknown],
      },
    ]);
  });

  it('stops with the file and the field when the id cannot be a FHIR id', () => {
    expect(() => planDefinition({ ...pathway, id: 'a'.repeat(65) }, context)).toThrow(
      /^content\/pathways\/knae\.mdx: id: /,
    );
  });
});
