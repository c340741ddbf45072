import { COLLECTIONS, type CollectionName } from '../content/collections';
import type { CmsCollectionSource } from './config';

/**
 * The order of the collections in the CMS menu: what editors change most often first. Every
 * collection of the registry (src/content/collections.ts) is listed; a unit test fails when a
 * new collection is missing here.
 */
export const EDITOR_ORDER = [
  'pathways',
  'cases',
  'responsibilities',
  'datasets',
  'actors',
  'sources',
  'rubric',
  'synonyms',
] as const satisfies readonly CollectionName[];

/** The CMS's view of the content collections: folder, file format and schema from the registry. */
export function cmsSources(): CmsCollectionSource[] {
  return EDITOR_ORDER.map((name) => {
    const { folder, extension, schema } = COLLECTIONS[name];
    return { name, schema, folder, format: extension === '.mdx' ? 'mdx' : 'yaml' };
  });
}
