import { distinctReferences, reference } from './reference';
import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { isoDateSchema, plainTextSchema, slugSchema } from './common';
import { diseaseAreaSchema, phaseSchema, regionSchema, scopeSchema } from './vocabulary';

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
    /** Date of the source document the pathway is built on. */
    sourceDate: isoDateSchema,
    /** When this site last checked the pathway against its source. */
    reviewed: isoDateSchema,
    /** When the pathway is due to be checked again. */
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
    if (pathway.reviewed < pathway.sourceDate) {
      context.addIssue({
        code: 'custom',
        path: ['reviewed'],
        message: 'gennemgangsdatoen ligger før kildens dato',
      });
    }
    if (pathway.nextReview <= pathway.reviewed) {
      context.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: 'næste gennemgang skal ligge efter seneste gennemgang',
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
