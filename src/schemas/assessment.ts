import { z } from 'astro/zod';
import { plainTextSchema } from './common';

/** The catalogue's five parameters, in the axis order used on every chart and table. */
export const PARAMETERS = ['theory', 'effect', 'description', 'goals', 'transferability'] as const;
export type Parameter = (typeof PARAMETERS)[number];

/** The lowest and highest score on the catalogue's scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 4;

/**
 * Where a score comes from. The catalogue drew its scores as spider charts that
 * were lost; scores worked out by this site from the written assessment are `derived`.
 */
export const PROVENANCES = ['catalogue', 'derived'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** The assessment of one parameter. */
export const parameterAssessmentSchema = z.strictObject({
  /** Score on the 1-4 scale. */
  score: z
    .number({ message: 'scoren skal være et tal fra 1 til 4' })
    .int('scoren skal være et helt tal fra 1 til 4')
    .min(SCORE_MIN, 'scoren skal være mindst 1')
    .max(SCORE_MAX, 'scoren må højst være 4'),
  /** `catalogue` when the number is the catalogue's own, `derived` when this site worked it out. */
  provenance: z.enum(PROVENANCES),
  /** The catalogue's written one-line assessment, in the site's own words. */
  catalogueSummary: plainTextSchema,
  /** Why the score follows from the rubric on «Om vurderingerne». */
  rationale: plainTextSchema,
});
export type ParameterAssessment = z.infer<typeof parameterAssessmentSchema>;

/** All five parameters; each is required. */
export const assessmentSchema = z.strictObject({
  /** Teori og viden: is the intervention grounded in named theory and current knowledge? */
  theory: parameterAssessmentSchema,
  /** Virkning: do studies make a positive effect for citizens likely? */
  effect: parameterAssessmentSchema,
  /** Beskrivelse: is the intervention described well enough for others to read its practice? */
  description: parameterAssessmentSchema,
  /** Mål: are there clear, relevant and checkable goals? */
  goals: parameterAssessmentSchema,
  /** Overførbarhed: can it be carried over to other groups or municipalities? */
  transferability: parameterAssessmentSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;
