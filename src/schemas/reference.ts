import { z } from 'astro/zod';
import { slugSchema } from './common';

/** What a reference points at, the same shape as Astro's `reference()` gives pages. */
interface EntryReference<C extends string> {
  collection: C;
  id: string;
}

/** The zod metadata every reference carries, so tools (a CMS configuration) can read the target. */
interface ReferenceMeta {
  /** The collection the id must name an entry of. */
  reference: string;
}

/**
 * The id of an entry in `collection`, written as a plain string in content and turned into
 * `{ collection, id }`. Unlike Astro's `reference()` this imports nothing from `astro:content`,
 * so the content check can run the schemas in plain Node; that the entry exists is checked
 * across all entries by src/content/integrity.ts.
 */
export function reference<C extends string>(collection: C) {
  return slugSchema
    .transform((id): EntryReference<C> => ({ collection, id }))
    .meta({ reference: collection } satisfies ReferenceMeta);
}

/**
 * A refinement for a list of references: the same entry may be named only once (the same actor
 * twice in a step, the same table twice in a pathway).
 */
export function distinctReferences(what: string) {
  return (list: readonly { id: string }[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) {
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `${what} «${item.id}» står to gange; slet den ene`,
        });
      }
      seen.add(item.id);
    });
  };
}
