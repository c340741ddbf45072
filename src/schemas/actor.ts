import { distinctReferences, reference } from './reference';
import { z } from 'astro/zod';
import { plainTextSchema } from './common';
import { sectorSchema } from './vocabulary';

/** An organisation or role that pathway steps and responsibility tables name as responsible. */
export const actorSchema = z.strictObject({
  /** Name as readers know it, e.g. «Almen praksis». */
  name: plainTextSchema,
  /** The sector the actor works in; drives grouping and search filters. */
  sector: sectorSchema,
  /** Organisation (a hospital, a municipality) or a role within one (a GP, a physiotherapist). */
  kind: z.enum(['organisation', 'rolle']),
  /** What the actor is and does in rehabilitation, in the site's own words. */
  description: plainTextSchema,
  /** Documents that describe the actor's role. */
  sources: z
    .array(reference('sources'))
    .min(1, 'angiv mindst én kilde')
    .superRefine(distinctReferences('kilden')),
});
