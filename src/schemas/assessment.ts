import { z } from 'astro/zod';
import { plainTextSchema } from './common';
import {
  BASES,
  PARAMETERS,
  PROVENANCES,
  SCORE_MAX,
  SCORE_MIN,
  type Parameter,
} from '../catalogue/assessment-model';

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
  /**
   * The words of the catalogue's written assessment that decide the score, copied exactly
   * (one or two short fragments, each under twelve words; shown in quotation marks).
   */
  evidence: z
    .array(plainTextSchema)
    .min(1, 'angiv de ord i katalogets vurdering, der afgør scoren'),
  /**
   * What decided the score: `assessment` when the written assessment's words meet the rubric
   * level, `case-text` when the written assessment is silent on what the level asks and the
   * case text settled it (the page then says so).
   */
  basis: z.enum(BASES).default('assessment'),
  /** Why the score follows from the rubric on «Om vurderingerne». */
  rationale: plainTextSchema,
});

/** All five parameters (PARAMETERS); each is required. */
export const assessmentSchema = z.strictObject(
  Object.fromEntries(PARAMETERS.map((p) => [p, parameterAssessmentSchema])) as Record<
    Parameter,
    typeof parameterAssessmentSchema
  >,
);
