import type { z } from 'astro/zod';
import type { CmsCollectionSource } from './config';

/**
 * Where each collection's files live and how they are written. The folder is the
 * collection's name (as `src/content.config.ts` loads it); pathways and cases are MDX with
 * a Markdown body, the rest YAML. A unit test checks this against the files in content/.
 */
export const COLLECTION_FORMATS: Record<string, CmsCollectionSource['format']> = {
  pathways: 'mdx',
  cases: 'mdx',
  responsibilities: 'yaml',
  datasets: 'yaml',
  actors: 'yaml',
  sources: 'yaml',
};

/** The CMS's view of Astro's collections (`{ name: { schema } }`), in editors' order. */
export function cmsSources(
  collections: Record<string, { schema?: unknown }>,
): CmsCollectionSource[] {
  return Object.entries(COLLECTION_FORMATS).map(([name, format]) => {
    const schema = collections[name]?.schema;
    if (!schema || typeof schema === 'function') {
      throw new Error(`samlingen «${name}» har intet zod-skema i content.config.ts`);
    }
    return { name, schema: schema as z.ZodType, folder: name, format };
  });
}
