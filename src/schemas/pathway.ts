import { distinctReferences, reference } from './reference';
import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { isoDateSchema, plainTextSchema, slugSchema } from './common';
import { diseaseAreaSchema, phaseSchema, regionSchema, scopeSchema } from './vocabulary';
import { conditionKey, stepsThatCannotEnd, unreachableSteps } from '../pathways/step-flow';
import { REVIEW_CYCLE_YEARS, addYears, isoDay } from '../text/dates';

/** One way out of a decision point: under this condition, go on to that step (or end). */
export const branchSchema = z
  .strictObject({
    /** The condition, as a clinician would check it (e.g. «Mindst ét af de tre kriterier er opfyldt»). */
    condition: plainTextSchema,
    /** Id of the step the pathway continues with when the condition holds. */
    next: slugSchema.optional(),
    /** What happens instead when the branch leaves the pathway (e.g. «Henvises til sygehuset»). */
    outcome: plainTextSchema.optional(),
  })
  .refine((branch) => branch.next !== undefined || branch.outcome !== undefined, {
    message: 'en forgrening skal have «next» (et trin) eller «outcome» (et udfald)',
  });

/** One step of a pathway, in the order the steps are listed. */
export const stepSchema = z.strictObject({
  /** Id unique within the pathway; branches point at it. */
  id: slugSchema,
  /** Short title of the step, e.g. «Behovsvurdering på sygehuset». */
  title: plainTextSchema,
  /** The phase of the course the step belongs to. */
  phase: phaseSchema,
  /** Actors responsible for the step (ids in the `actors` collection). */
  actors: z
    .array(reference('actors'))
    .min(1, 'angiv mindst én ansvarlig aktør')
    .superRefine(distinctReferences('aktøren')),
  /** What happens in the step, in the site's own words. */
  description: plainTextSchema,
  /** Decision branches; empty when the step simply leads to the next one. */
  branches: z.array(branchSchema).default([]),
  /** Where the step is described in the source, when it is not the pathway's main citation. */
  citation: citationSchema.optional(),
});

/** Front matter of a pathway (forløb). The MDX body holds the explanatory prose. */
export const pathwaySchema = z
  .strictObject({
    /** Title shown on the page and in lists. */
    title: plainTextSchema,
    /** Two or three sentences that say what the pathway covers. */
    summary: plainTextSchema,
    /**
     * «Kort fortalt», shown first on the page: two to four short sentences in the site's own words
     * that say what the pathway is for, who it is written for and which decisions matter most.
     * Optional so that generated test content needs none; every published pathway has one.
     */
    inBrief: z
      .array(plainTextSchema)
      .min(2, 'skriv mindst to sætninger i «Kort fortalt»')
      .max(4, 'skriv højst fire sætninger i «Kort fortalt»')
      .optional(),
    /** The condition or patient group, e.g. «Knæartrose». */
    condition: plainTextSchema,
    /** Disease areas for filtering and search. */
    diseaseAreas: z.array(diseaseAreaSchema).min(1),
    /** National programme or regional agreement. */
    scope: scopeSchema,
    /** The region for a regional pathway; absent for national ones. */
    region: regionSchema.optional(),
    /** Who the pathway is written for, e.g. «Praktiserende læger». */
    audience: z.array(plainTextSchema).min(1, 'angiv mindst én målgruppe'),
    /**
     * Leave out: the pages take the date of the source document from the main source
     * (`sources[0]`). Older files may still write it; it must then be that source's `date`.
     */
    sourceDate: isoDateSchema.optional(),
    /**
     * When this site last checked the pathway against its sources: not in the future, and not
     * before the date of any source the pathway cites.
     */
    reviewed: isoDateSchema,
    /** When the pathway is due to be checked again: after `reviewed`, within one review cycle. */
    nextReview: isoDateSchema,
    /** Source documents with section locators; the first is the main source. */
    sources: z.array(citationSchema).min(1, 'angiv mindst én kilde'),
    /** The steps in the order they are taken. */
    steps: z.array(stepSchema).min(1, 'et forløb skal have mindst ét trin'),
    /** Cases in the catalogue that relate to this pathway. */
    relatedCases: z.array(reference('cases')).superRefine(distinctReferences('casen')).default([]),
    /** Responsibility tables that belong to this pathway. */
    relatedTables: z
      .array(reference('responsibilities'))
      .superRefine(distinctReferences('tabellen'))
      .default([]),
    /** Numeric tables and charts that belong to this pathway. */
    relatedDatasets: z
      .array(reference('datasets'))
      .superRefine(distinctReferences('tabellen'))
      .default([]),
    /** Order in lists (lower first); pathways with the same value sort by title. */
    order: z.number().int().default(100),
  })
  .superRefine((pathway, context) => {
    if ((pathway.scope === 'regional') !== (pathway.region !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['region'],
        message: 'region skal angives for regionale forløb og udelades for nationale',
      });
    }
    if (pathway.nextReview <= pathway.reviewed) {
      context.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: 'næste gennemgang skal ligge efter seneste gennemgang',
      });
    } else if (pathway.nextReview > addYears(pathway.reviewed, REVIEW_CYCLE_YEARS)) {
      context.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `næste gennemgang ligger mere end ét år efter seneste gennemgang (${isoDay(pathway.reviewed)}); skriv en dato senest ${isoDay(addYears(pathway.reviewed, REVIEW_CYCLE_YEARS))}`,
      });
    }
    const stepIds = new Set<string>();
    pathway.steps.forEach((step, index) => {
      if (stepIds.has(step.id)) {
        context.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `trin-id «${step.id}» er brugt før`,
        });
      }
      stepIds.add(step.id);
    });
    checkFlow(pathway.steps, context);
    pathway.steps.forEach((step, stepIndex) =>
      step.branches.forEach((branch, branchIndex) => {
        if (branch.next === step.id) {
          context.addIssue({
            code: 'custom',
            path: ['steps', stepIndex, 'branches', branchIndex, 'next'],
            message: `forgreningen fører tilbage til sit eget trin «${step.id}»; angiv det næste trin eller et udfald`,
          });
        } else if (branch.next !== undefined && !stepIds.has(branch.next)) {
          context.addIssue({
            code: 'custom',
            path: ['steps', stepIndex, 'branches', branchIndex, 'next'],
            message: `ukendt trin «${branch.next}»`,
          });
        }
      }),
    );
  });

type Step = z.infer<typeof stepSchema>;

/**
 * Guidance a clinician can follow: one condition leads one way in a step, every step can be
 * reached from the first, and the pathway can end from every step.
 */
function checkFlow(steps: readonly Step[], context: z.RefinementCtx): void {
  const stepIds = steps.map((step) => step.id);
  if (new Set(stepIds).size !== stepIds.length) return; // refused as a duplicate step id
  steps.forEach((step, stepIndex) => {
    const seen = new Map<string, number>();
    step.branches.forEach((branch, branchIndex) => {
      const key = conditionKey(branch.condition);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, branchIndex);
        return;
      }
      const earlier = step.branches[first];
      const same = earlier?.next === branch.next && earlier?.outcome === branch.outcome;
      context.addIssue({
        code: 'custom',
        path: ['steps', stepIndex, 'branches', branchIndex, 'condition'],
        message: same
          ? `betingelsen står allerede i forgrening ${first + 1} i samme trin; slet den ene`
          : `betingelsen står allerede i forgrening ${first + 1} i samme trin, men fører et andet sted hen; én betingelse skal føre til ét trin eller udfald, så ret den ene efter kilden`,
      });
    });
  });
  const known = (step: Step) =>
    step.branches.every((branch) => branch.next === undefined || stepIds.includes(branch.next));
  if (!steps.every(known)) return; // a branch to an unknown step is refused on its own
  const first = stepIds[0] ?? '';
  for (const id of unreachableSteps(steps)) {
    context.addIssue({
      code: 'custom',
      path: ['steps', stepIds.indexOf(id), 'id'],
      message: `trinet «${id}» kan ikke nås fra første trin «${first}»; lad et trin, der kan nås, føre hertil med «next», eller flyt trinet`,
    });
  }
  for (const id of stepsThatCannotEnd(steps)) {
    context.addIssue({
      code: 'custom',
      path: ['steps', stepIds.indexOf(id), 'branches'],
      message: `forløbet kan aldrig slutte fra trinet «${id}»: alle veje fører i ring; giv en forgrening et udfald («outcome») eller lad den føre til et senere trin`,
    });
  }
}
