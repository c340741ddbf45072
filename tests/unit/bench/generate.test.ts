import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../../tools/bench/generate.mjs';
import { createRandom, planEntries } from '../../../tools/bench/dice.mjs';
import { toYaml } from '../../../tools/bench/yaml-text.mjs';
import { caseSchema } from '../../../src/schemas/case';
import { datasetSchema } from '../../../src/schemas/dataset';
import { pathwaySchema } from '../../../src/schemas/pathway';
import { responsibilitySchema } from '../../../src/schemas/responsibility';
import { findBodyProblems } from '../../../src/content/check/body';
import { issuesOf } from '../schemas/helpers';

const real = {
  sources: ['ramboll-casekatalog-2022', 'rn-knaeartrose-2016'],
  actors: ['almen-praksis', 'kommune', 'sygehus', 'patient-og-paaroerende'],
};

/** Front matter of an MDX file, or the whole YAML file, as data. */
function dataOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return parse(match ? (match[1] ?? '') : text) as Record<string, unknown>;
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('planEntries', () => {
  it('splits the entries 40/40/16/4 between pathways, cases, tables and datasets', () => {
    expect(planEntries(500)).toEqual({
      pathways: 200,
      cases: 200,
      responsibilities: 80,
      datasets: 20,
    });
    expect(planEntries(5000)).toEqual({
      pathways: 2000,
      cases: 2000,
      responsibilities: 800,
      datasets: 200,
    });
  });

  it('always adds up to the number asked for, with at least one of each', () => {
    for (const entries of [4, 7, 99, 2001]) {
      const plan = planEntries(entries);
      expect(plan.pathways + plan.cases + plan.responsibilities + plan.datasets).toBe(entries);
      expect(Math.min(...Object.values(plan))).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses a size that cannot hold one entry of each kind', () => {
    expect(() => planEntries(3)).toThrow(/at least 4/);
  });
});

describe('toYaml', () => {
  it('writes data that reads back the same, with dates and numbers-as-text kept as strings', () => {
    const data = {
      title: "Patientens 'egne' mål: 2018-02-09",
      date: '2018-02-09',
      score: 3,
      empty: [],
      none: null,
      map: {},
      text: 'Første afsnit.\n\n- punkt\n- punkt',
      rows: [{ a: 1, b: ['x', 'y'] }, { c: { d: 'e' } }],
    };
    expect(parse(toYaml(data))).toEqual(data);
  });
});

describe('generateContent', () => {
  const files = generateContent({ entries: 40, real });

  it('is deterministic: the same seed gives the same files byte for byte', () => {
    expect(generateContent({ entries: 40, real })).toEqual(files);
    expect(generateContent({ entries: 40, real, seed: 7 })).not.toEqual(files);
  });

  it('writes one file per entry in the collection folders', () => {
    const folders = [...files.keys()].map((path) => path.split('/')[0]);
    expect(folders.filter((f) => f === 'pathways')).toHaveLength(16);
    expect(folders.filter((f) => f === 'cases')).toHaveLength(16);
    expect(folders.filter((f) => f === 'responsibilities')).toHaveLength(6);
    expect(folders.filter((f) => f === 'datasets')).toHaveLength(2);
  });

  it('gives pathways 4 to 11 steps with branches and actors that pass the pathway schema', async () => {
    let branches = 0;
    for (const [path, text] of files) {
      if (!path.startsWith('pathways/')) continue;
      const data = dataOf(text);
      const steps = data['steps'] as { branches?: unknown[] }[];
      expect(steps.length).toBeGreaterThanOrEqual(4);
      expect(steps.length).toBeLessThanOrEqual(11);
      branches += steps.reduce((sum, step) => sum + (step.branches?.length ?? 0), 0);
      expect(await issuesOf(pathwaySchema, data), path).toEqual([]);
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const context = { pagePath: '/forloeb/x/', exists: () => true };
      expect(
        findBodyProblems(body, { ...context, reservedIds: [], reservedIdPrefixes: [] }),
        path,
      ).toEqual([]);
    }
    expect(branches).toBeGreaterThan(0);
  });

  it('gives cases all ten sections and five scores that pass the case schema', async () => {
    for (const [path, text] of files) {
      if (!path.startsWith('cases/')) continue;
      const data = dataOf(text);
      expect(Object.keys(data['sections'] as object)).toHaveLength(10);
      expect(Object.keys(data['assessment'] as object)).toHaveLength(5);
      expect(await issuesOf(caseSchema, data), path).toEqual([]);
    }
  });

  it('writes responsibility tables and datasets that pass their schemas', async () => {
    for (const [path, text] of files) {
      if (path.startsWith('responsibilities/')) {
        expect(await issuesOf(responsibilitySchema, dataOf(text)), path).toEqual([]);
      }
      if (path.startsWith('datasets/')) {
        expect(await issuesOf(datasetSchema, dataOf(text)), path).toEqual([]);
      }
    }
  });

  it('only refers to the real sources and actors and to entries it generated', () => {
    const ids = new Set([...files.keys()].map((path) => path.replace(/^.*\/|\.\w+$/g, '')));
    for (const text of files.values()) {
      const data = dataOf(text);
      for (const id of [
        ...((data['relatedCases'] as string[] | undefined) ?? []),
        ...((data['relatedPathways'] as string[] | undefined) ?? []),
        ...((data['relatedTables'] as string[] | undefined) ?? []),
      ]) {
        expect(ids.has(id), id).toBe(true);
      }
      for (const citation of (data['sources'] as { source: string }[]) ?? []) {
        expect(real.sources).toContain(citation.source);
      }
    }
  });
});
