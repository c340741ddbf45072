import { z } from 'astro/zod';
import { plainTextSchema } from './common';
import { PROVENANCES, SCORE_MAX, SCORE_MIN } from '../catalogue/assessment-model';

/** The assessment of one parameter. */
export const parameterAssessmentSchema = z.strictObject({
  /** Score on the catalogue's scale (SCORE_MIN-SCORE_MAX). */
  score: z
    .number({ message: `scoren skal være et tal fra ${SCORE_MIN} til ${SCORE_MAX}` })
    .int(`scoren skal være et helt tal fra ${SCORE_MIN} til ${SCORE_MAX}`)
    .min(SCORE_MIN, `scoren skal være mindst ${SCORE_MIN}`)
    .max(SCORE_MAX, `scoren må højst være ${SCORE_MAX}`),
  /** `catalogue` when the number is the catalogue's own, `derived` when this site worked it out. */
  provenance: z.enum(PROVENANCES),
  /** The catalogue's written one-line assessment, in the site's own words. */
  catalogueSummary: plainTextSchema,
  /** Why the score follows from the rubric on «Om vurderingerne». */
  rationale: plainTextSchema,
});

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
