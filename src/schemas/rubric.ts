import { z } from 'astro/zod';
import { plainTextSchema } from './common';
import { PARAMETERS, SCORE_LEVELS, type Parameter } from '../catalogue/assessment-model';

/** The rubric for one parameter. */
const rubricParameterSchema = z.strictObject({
  /** The catalogue's definition of the parameter, in our own words. */
  definition: plainTextSchema,
  /** The question a reader asks of the catalogue's written assessment. */
  question: plainTextSchema,
  /**
   * When a case gets each score, lowest first: one entry per level of the scale, phrased as
   * words a reader can find in the written assessment, so two readers reach the same score.
   */
  levels: z
    .array(plainTextSchema)
    .length(SCORE_LEVELS.length, `angiv præcis ${SCORE_LEVELS.length} niveauer, laveste først`),
});

/** The rubric this site uses to turn the catalogue's written assessments into scores. */
export const rubricSchema = z.strictObject({
  /** Section of the catalogue where the parameters are defined. */
  sourceSection: plainTextSchema,
  /** The rule that decides a score, paragraph by paragraph. */
  rule: z.array(plainTextSchema).min(1),
  /** One entry per parameter (PARAMETERS); each is required. */
  parameters: z.strictObject(
    Object.fromEntries(PARAMETERS.map((p) => [p, rubricParameterSchema])) as Record<
      Parameter,
      typeof rubricParameterSchema
    >,
  ),
});
export type Rubric = z.infer<typeof rubricSchema>;
