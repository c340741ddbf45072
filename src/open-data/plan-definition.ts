import { fhirTexts } from '../i18n/open-data';
import { formatSection } from '../text/citation-text';

/**
 * A pathway as a FHIR R4 PlanDefinition, and all of them as a Bundle. Pure: the caller hands
 * in the pathway, the names of actors and sources, and the addresses.
 *
 * What FHIR R4 can say exactly is said with its codes: status, type, jurisdiction (Denmark as
 * ISO 3166), citation, the participant type, the order of actions. Everything else is text,
 * never a guessed code: the condition, the phase, an actor (as the participant's role), a
 * decision (as an applicability condition in plain text, language `text/plain`).
 */

/** A pathway as the PlanDefinition needs it (a subset of the pathway schema's output). */
export interface PathwayInput {
  id: string;
  /** The file it comes from, for errors: `content/pathways/<id>.mdx`. */
  file: string;
  title: string;
  summary: string;
  inBrief?: readonly string[] | undefined;
  condition: string;
  reviewed: Date;
  sources: readonly CitationInput[];
  steps: readonly StepInput[];
}

export interface CitationInput {
  source: { id: string };
  section: string;
  note?: string | undefined;
}

export interface StepInput {
  id: string;
  title: string;
  phase: string;
  actors: readonly { id: string }[];
  description: string;
  branches: readonly {
    condition: string;
    next?: string | undefined;
    outcome?: string | undefined;
  }[];
  citation?: CitationInput | undefined;
}

/** What the builder knows beside the pathway. */
export interface PlanContext {
  /** The canonical address of the PlanDefinition (its JSON file). */
  url: string;
  /** The address of the pathway's page. */
  pageUrl: string;
  publisher?: string | undefined;
  contactEmail?: string | undefined;
  /** Names and kinds of the actors, by id. */
  actor: (id: string) => { name: string; patient: boolean };
  /** Titles of the source documents, by id. */
  source: (id: string) => { shortTitle: string; title: string; url?: string | undefined };
  /** The Danish label of a phase. */
  phase: (phase: string) => string;
}

/** A pathway that cannot become a valid PlanDefinition: names the file and the field. */
export class InvalidPlanDefinition extends Error {}

type Json = Record<string, unknown>;

const PLAN_TYPE = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/plan-definition-type',
      code: 'clinical-protocol',
      display: 'Clinical Protocol',
    },
  ],
};

/** FHIR's rule for a resource id. */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

const day = (date: Date) => date.toISOString().slice(0, 10);

function citationArtifact(citation: CitationInput, context: PlanContext): Json {
  const source = context.source(citation.source.id);
  const section = formatSection(citation.section);
  return {
    type: 'citation',
    label: citation.section,
    display: source.title,
    citation: fhirTexts.citation(source.shortTitle, section, citation.note),
    ...(source.url ? { url: source.url } : {}),
  };
}

/** The ways into each step: from which step, and under which conditions (none: in order). */
function incomingWays(
  steps: readonly StepInput[],
): Map<string, { from: number; conditions: string[] }[]> {
  const ways = new Map<string, { from: number; conditions: string[] }[]>(
    steps.map((step) => [step.id, []]),
  );
  steps.forEach((step, index) => {
    const targets = step.branches.filter((branch) => branch.next !== undefined);
    const following = steps[index + 1];
    if (targets.length === 0 && following)
      ways.get(following.id)?.push({ from: index, conditions: [] });
    for (const branch of targets) {
      const list = ways.get(branch.next ?? '');
      const existing = list?.find((way) => way.from === index);
      if (existing) existing.conditions.push(branch.condition);
      else list?.push({ from: index, conditions: [branch.condition] });
    }
  });
  return ways;
}

/** What comes after each step: its branch targets, or the next step when it has none. */
function followingSteps(steps: readonly StepInput[], index: number): string[] {
  const step = steps[index] as StepInput;
  const targets = [
    ...new Set(step.branches.flatMap((branch) => (branch.next ? [branch.next] : []))),
  ];
  if (targets.length > 0) return targets;
  const following = steps[index + 1];
  return following ? [following.id] : [];
}

const textCondition = (text: string): Json => ({
  kind: 'applicability',
  expression: {
    description: fhirTexts.conditionDescription,
    language: 'text/plain',
    expression: text,
  },
});

/** One pathway as a FHIR R4 PlanDefinition. */
export function planDefinition(pathway: PathwayInput, context: PlanContext): Json {
  if (!FHIR_ID.test(pathway.id)) {
    throw new InvalidPlanDefinition(`${pathway.file}: id: ${fhirTexts.tooLongId(pathway.id)}`);
  }
  const ways = incomingWays(pathway.steps);
  const actions = pathway.steps.map((step, index) => {
    const incoming = ways.get(step.id) ?? [];
    const conditional = incoming.some((way) => way.conditions.length > 0);
    const wayTexts = incoming.map((way) => {
      const from = pathway.steps[way.from] as StepInput;
      return way.conditions.length > 0
        ? fhirTexts.decision(way.from + 1, from.title, way.conditions)
        : fhirTexts.after(way.from + 1, from.title);
    });
    const outcomes = step.branches.filter((branch) => branch.next === undefined && branch.outcome);
    return {
      id: step.id,
      prefix: fhirTexts.pagePrefix(index + 1),
      title: step.title,
      description: step.description,
      code: [{ text: fhirTexts.phase(context.phase(step.phase)) }],
      ...(step.citation ? { documentation: [citationArtifact(step.citation, context)] } : {}),
      ...(conditional ? { condition: [textCondition(wayTexts.join(fhirTexts.or))] } : {}),
      participant: step.actors.map((ref) => {
        const actor = context.actor(ref.id);
        return { type: actor.patient ? 'patient' : 'practitioner', role: { text: actor.name } };
      }),
      ...(followingSteps(pathway.steps, index).length > 0
        ? {
            relatedAction: followingSteps(pathway.steps, index).map((actionId) => ({
              actionId,
              relationship: 'before-start',
            })),
          }
        : {}),
      ...(outcomes.length > 0
        ? {
            action: outcomes.map((branch, outcomeIndex) => ({
              id: `${step.id}-udfald-${outcomeIndex + 1}`,
              title: branch.outcome,
              condition: [textCondition(branch.condition)],
            })),
          }
        : {}),
    };
  });
  return {
    resourceType: 'PlanDefinition',
    id: pathway.id,
    url: context.url,
    title: pathway.title,
    type: PLAN_TYPE,
    status: 'active',
    date: day(pathway.reviewed),
    ...(context.publisher ? { publisher: context.publisher } : {}),
    ...(context.contactEmail
      ? { contact: [{ telecom: [{ system: 'email', value: context.contactEmail }] }] }
      : {}),
    description: (pathway.inBrief ?? [pathway.summary]).join(' '),
    jurisdiction: [
      { coding: [{ system: 'urn:iso:std:iso:3166', code: 'DK', display: fhirTexts.denmark }] },
    ],
    topic: [{ text: pathway.condition }],
    lastReviewDate: day(pathway.reviewed),
    relatedArtifact: [
      { type: 'documentation', display: fhirTexts.pathwayPage, url: context.pageUrl },
      ...pathway.sources.map((citation) => citationArtifact(citation, context)),
    ],
    action: actions,
  };
}

/** Every PlanDefinition in one FHIR R4 Bundle of type `collection`. */
export function planDefinitionBundle(
  plans: readonly Json[],
  meta: { timestamp: Date; absolute: boolean },
): Json {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: meta.timestamp.toISOString(),
    entry: plans.map((plan) => ({
      // A fullUrl must be absolute: given when the site's public address is configured.
      ...(meta.absolute ? { fullUrl: plan['url'] } : {}),
      resource: plan,
    })),
  };
}
