import { reference } from './reference';
import { z } from 'astro/zod';
import { plainTextSchema } from './common';

/** A pointer into one source document: which document, and where in it. */
export const citationSchema = z.strictObject({
  /** Id of the document in the `sources` collection. */
  source: reference('sources'),
  /** Section, table, figure or appendix the facts come from, as the document numbers it (e.g. «Afsnit 4.2», «Figur 3», «Bilag 6»). */
  section: plainTextSchema,
  /** Optional remark, e.g. that a figure in the source was lost in extraction. */
  note: plainTextSchema.optional(),
});
export type Citation = z.infer<typeof citationSchema>;
