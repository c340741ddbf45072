import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './content/collections';

// All content lives in the top-level `content/` folder; the file name is the id. The
// collections are defined once in src/content/collections.ts, which the content check reads
// too, so a new collection is one entry there.
// `CONTENT_ROOT` lets tests and benchmarks build the same site from other content.
const root = process.env['CONTENT_ROOT'] ?? './content';

/** Each collection as Astro sees it, with its schema's own type so pages get typed data. */
type Collections = {
  [K in CollectionName]: {
    loader: ReturnType<typeof glob>;
    schema: (typeof COLLECTIONS)[K]['schema'];
  };
};

export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, { folder, extension, schema }]) => [
    name,
    defineCollection({
      loader: glob({ pattern: `*${extension}`, base: `${root}/${folder}` }),
      schema,
    }),
  ]),
) as Collections;
