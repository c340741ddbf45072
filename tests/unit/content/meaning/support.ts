import type { EntryLike } from '../../../../src/content/integrity';

/** A source entry as the check sees it after its schema. */
export function source(id: string, data: Record<string, unknown>): EntryLike {
  return {
    collection: 'sources',
    id,
    filePath: `content/sources/${id}.yaml`,
    data: { scope: 'national', seedFile: `${id}.txt`, date: new Date('2018-02-09'), ...data },
  };
}

/** An entry of any other collection. */
export function entry(collection: string, id: string, data: Record<string, unknown>): EntryLike {
  const extension = collection === 'pathways' || collection === 'cases' ? 'mdx' : 'yaml';
  return { collection, id, filePath: `content/${collection}/${id}.${extension}`, data };
}

/** A citation as parsed: the source id resolved to `{ collection, id }`. */
export const cite = (id: string) => ({ source: { collection: 'sources', id }, section: 'Afsnit 1' });
