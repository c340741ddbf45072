import { describe, expect, it } from 'vitest';
import { pathwaySchema } from '../../../src/schemas/pathway';
import { issuesOf } from './helpers';

const validPathway = {
  title: 'Knæartrose: træning før operation',
  summary: 'Borgere med knæartrose tilbydes træning før en eventuel operation.',
  condition: 'Knæartrose',
  diseaseAreas: ['muskel-skelet'],
  scope: 'regional',
  region: 'nordjylland',
  audience: ['Praktiserende læger'],
  sourceDate: '2016-12-01',
  reviewed: '2026-11-23',
  nextReview: '2027-11-23',
  sources: [{ source: 'rn-knaeartrose-2016', section: 'Afsnit 3' }],
  steps: [
    {
      id: 'vurdering',
      title: 'Vurdering i almen praksis',
      phase: 'udredning',
      actors: ['almen-praksis'],
      description: 'Lægen vurderer borgeren.',
      branches: [
        { condition: 'Et af de tre kriterier er opfyldt', next: 'kommunal-traening' },
        { condition: 'Ingen kriterier er opfyldt', next: 'privat-traening' },
      ],
    },
    {
      id: 'privat-traening',
      title: 'Træning hos privat fysioterapeut',
      phase: 'rehabilitering',
      actors: ['privat-fysioterapeut'],
      description: 'Superviseret træning.',
    },
    {
      id: 'kommunal-traening',
      title: 'Kommunal træning',
      phase: 'rehabilitering',
      actors: ['kommune'],
      description: 'Træning i kommunen.',
    },
  ],
};

const withStep = (index: number, change: Record<string, unknown>) => ({
  ...validPathway,
  steps: validPathway.steps.map((step, i) => (i === index ? { ...step, ...change } : step)),
});

describe('pathwaySchema', () => {
  it('accepts a complete regional pathway with branches', async () => {
    expect(await issuesOf(pathwaySchema, validPathway)).toEqual([]);
  });
  it('defaults related cases, tables and datasets to empty lists', async () => {
    const parsed = await pathwaySchema.parseAsync(validPathway);
    expect([parsed.relatedCases, parsed.relatedTables, parsed.relatedDatasets]).toEqual([
      [],
      [],
      [],
    ]);
  });
  it('rejects an unknown phase and names the step', async () => {
    const issues = await issuesOf(pathwaySchema, withStep(1, { phase: 'efterbehandling' }));
    expect(issues).toEqual([expect.stringMatching(/^steps\.1\.phase: /)]);
  });
  it('rejects a branch that points at a step that does not exist', async () => {
    const pathway = withStep(0, { branches: [{ condition: 'Altid', next: 'findes-ikke' }] });
    const issues = await issuesOf(pathwaySchema, pathway);
    expect(issues).toEqual([expect.stringMatching(/^steps\.0\.branches\.0\.next: .*findes-ikke/)]);
  });
  it('rejects a branch with neither a next step nor an outcome', async () => {
    const issues = await issuesOf(
      pathwaySchema,
      withStep(0, { branches: [{ condition: 'Altid' }] }),
    );
    expect(issues).toEqual([expect.stringMatching(/^steps\.0\.branches\.0: /)]);
  });
  it('rejects two steps with the same id', async () => {
    const issues = await issuesOf(pathwaySchema, withStep(2, { id: 'privat-traening' }));
    expect(issues).toContainEqual(expect.stringMatching(/^steps\.2\.id: .*brugt før/));
  });
  it('rejects a step without a responsible actor', async () => {
    const issues = await issuesOf(pathwaySchema, withStep(1, { actors: [] }));
    expect(issues).toEqual([expect.stringMatching(/^steps\.1\.actors: /)]);
  });
  it('accepts a pathway that leaves the source date to its source', async () => {
    const { sourceDate: _sourceDate, ...withoutSourceDate } = validPathway;
    expect(await issuesOf(pathwaySchema, withoutSourceDate)).toEqual([]);
  });
  it('rejects a next review more than one review cycle after the last review', async () => {
    const issues = await issuesOf(pathwaySchema, { ...validPathway, nextReview: '2062-11-23' });
    expect(issues).toEqual([
      expect.stringMatching(
        /^nextReview: næste gennemgang ligger mere end ét år .*senest 2027-11-23$/,
      ),
    ]);
  });
  it('rejects one condition listed twice in a step when it leads two ways', async () => {
    const branches = [
      { condition: 'Et af de tre kriterier er opfyldt', next: 'kommunal-traening' },
      { condition: 'et af de tre  kriterier er opfyldt.', next: 'privat-traening' },
    ];
    const issues = await issuesOf(pathwaySchema, withStep(0, { branches }));
    expect(issues).toEqual([
      expect.stringMatching(
        /^steps\.0\.branches\.1\.condition: .*forgrening 1 .*fører et andet sted hen/,
      ),
    ]);
  });
  it('rejects a step that no way from the first step reaches', async () => {
    const branches = [
      { condition: 'Et af de tre kriterier er opfyldt', next: 'kommunal-traening' },
    ];
    const issues = await issuesOf(pathwaySchema, withStep(0, { branches }));
    expect(issues).toEqual([
      expect.stringMatching(
        /^steps\.1\.id: trinet «privat-traening» kan ikke nås fra første trin «vurdering»/,
      ),
    ]);
  });
  it('rejects steps that lead round in a circle with no way to end', async () => {
    const last = { branches: [{ condition: 'Træningen skal gentages', next: 'vurdering' }] };
    const issues = await issuesOf(pathwaySchema, withStep(2, last));
    expect(issues).toEqual([
      expect.stringMatching(
        /^steps\.0\.branches: forløbet kan aldrig slutte fra trinet «vurdering»/,
      ),
      expect.stringMatching(/^steps\.1\.branches: .*«privat-traening»/),
      expect.stringMatching(/^steps\.2\.branches: .*«kommunal-traening»/),
    ]);
  });
  it('rejects a next review that is not after the last review', async () => {
    const issues = await issuesOf(pathwaySchema, { ...validPathway, nextReview: '2026-11-23' });
    expect(issues).toEqual([expect.stringMatching(/^nextReview: /)]);
  });
  it('rejects an impossible date', async () => {
    const issues = await issuesOf(pathwaySchema, { ...validPathway, sourceDate: '2016-02-30' });
    expect(issues).toEqual([expect.stringMatching(/^sourceDate: /)]);
  });
  it('requires a region on a regional pathway', async () => {
    const { region: _region, ...withoutRegion } = validPathway;
    const issues = await issuesOf(pathwaySchema, withoutRegion);
    expect(issues).toEqual([expect.stringMatching(/^region: /)]);
  });
  it('rejects an empty title', async () => {
    const issues = await issuesOf(pathwaySchema, { ...validPathway, title: '' });
    expect(issues).toEqual([expect.stringMatching(/^title: /)]);
  });
  it('rejects a citation without a section', async () => {
    const issues = await issuesOf(pathwaySchema, {
      ...validPathway,
      sources: [{ source: 'rn-knaeartrose-2016' }],
    });
    expect(issues).toEqual([expect.stringMatching(/^sources\.0\.section: /)]);
  });
});
