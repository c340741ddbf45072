import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor';
import { caseSchema } from './schemas/case';
import { datasetSchema } from './schemas/dataset';
import { pathwaySchema } from './schemas/pathway';
import { responsibilitySchema } from './schemas/responsibility';
import { sourceSchema } from './schemas/source';
import { synonymSchema } from './schemas/synonym';

// All content lives in the top-level `content/` folder; the file name is the id.
// `CONTENT_ROOT` lets tests and benchmarks build the same site from other content.
const root = process.env['CONTENT_ROOT'] ?? './content';
const from = (folder: string, pattern: string) => glob({ pattern, base: `${root}/${folder}` });

export const collections = {
  sources: defineCollection({ loader: from('sources', '*.yaml'), schema: sourceSchema }),
  actors: defineCollection({ loader: from('actors', '*.yaml'), schema: actorSchema }),
  pathways: defineCollection({ loader: from('pathways', '*.mdx'), schema: pathwaySchema }),
  cases: defineCollection({ loader: from('cases', '*.mdx'), schema: caseSchema }),
  responsibilities: defineCollection({
    loader: from('responsibilities', '*.yaml'),
    schema: responsibilitySchema,
  }),
  datasets: defineCollection({ loader: from('datasets', '*.yaml'), schema: datasetSchema }),
  /** Search vocabulary: words that mean the same (read by the Pagefind integration, too). */
  synonyms: defineCollection({ loader: from('synonyms', '*.yaml'), schema: synonymSchema }),
};
