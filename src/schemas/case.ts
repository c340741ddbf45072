import { distinctReferences, reference } from './reference';
import { z } from 'astro/zod';
import { assessmentSchema } from './assessment';
import { citationSchema } from './citation';
import { plainTextSchema } from './common';
import { diseaseAreaSchema, regionSchema, sectorSchema } from './vocabulary';

/** How far the intervention had come when the catalogue described it. */
export const CASE_STATUSES = ['pilot', 'drift', 'forskning'] as const;

/**
 * Long-form text of a case. Paragraphs are separated by a blank line; a line
 * that starts with «- » is a list item.
 */
const sectionText = plainTextSchema;

/** The catalogue's fixed sections, each required so no case is published half-written. */
export const caseSectionsSchema = z.strictObject({
  /** Formål og målsætninger. */
  purpose: sectionText,
  /** Social ulighed: how the intervention addresses social inequality in health. */
  socialInequality: sectionText,
  /** Teknologisk understøttelse og datadeling. */
  technologyAndData: sectionText,
  /** Indhold og vidensgrundlag. */
  contentAndKnowledge: sectionText,
  /** Organisering på tværs af sektorer. */
  organisation: sectionText,
  /** Resultater og virkning. */
  results: sectionText,
  /** Økonomi. */
  economy: sectionText,
  /** Implementering. */
  implementation: sectionText,
  /** Kontekst. */
  context: sectionText,
  /** Udbredelsespotentiale. */
  spreadPotential: sectionText,
});
export type CaseSections = z.infer<typeof caseSectionsSchema>;

/** Front matter of a case in the catalogue. The MDX body may add an introduction. */
export const caseSchema = z
  .strictObject({
    /** The intervention's name, e.g. «Samblik». */
    title: plainTextSchema,
    /** One sentence saying what the intervention is. */
    summary: plainTextSchema,
    /** Disease areas for filtering. */
    diseaseAreas: z.array(diseaseAreaSchema).min(1),
    /** The disease area as the catalogue words it, e.g. «Type 2-diabetes (KOL under udvikling)». */
    conditionText: plainTextSchema,
    /** Who the intervention is for. */
    targetGroup: plainTextSchema,
    /** The kind of intervention (digital solution, clinic, outreach, …). */
    interventionType: plainTextSchema,
    /** Organisations and professions involved, as the catalogue names them. */
    organisations: z.array(plainTextSchema).min(1),
    /** Regions where it runs; empty together with `nationwide: true` for national offers. */
    regions: z.array(regionSchema).default([]),
    /** True when the intervention runs across the whole country. */
    nationwide: z.boolean().default(false),
    /** Sectors that take part. */
    sectors: z.array(sectorSchema).min(1),
    /** Pilot, in operation or a research project. */
    status: z.enum(CASE_STATUSES),
    /** Period as the catalogue gives it; absent when the catalogue does not say. */
    period: plainTextSchema.optional(),
    /** The catalogue's sections, in the site's own words. */
    sections: caseSectionsSchema,
    /** The five-parameter assessment. */
    assessment: assessmentSchema,
    /** Where the case is described; the first is the main source. */
    sources: z.array(citationSchema).min(1, 'angiv mindst én kilde'),
    /** Pathways the case relates to. */
    relatedPathways: z
      .array(reference('pathways'))
      .superRefine(distinctReferences('forløbet'))
      .default([]),
  })
  .superRefine((entry, context) => {
    if (entry.nationwide && entry.regions.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['regions'],
        message:
          'en landsdækkende indsats (nationwide: true) nævner ingen regioner; slet regionerne eller sæt nationwide: false',
      });
    }
  });
export type CaseData = z.infer<typeof caseSchema>;
