import { COLLECTIONS, type CollectionName } from '../content/collections';
import { isoDay } from '../text/dates';

/**
 * One entry as the data files publish it: the data as the site uses it (defaults filled in,
 * dates as `YYYY-MM-DD`, «ikke oplyst» as null), every reference as `{ collection, id, url }`
 * with the address of the page it points to, and the MDX body as Markdown.
 */
export interface PublishedEntry {
  /** The entry's id: its file name, stable across edits (README, «Stable ids»). */
  id: string;
  /** The address of the entry's own page, when the collection has pages. */
  url?: string;
  data: unknown;
  /** The Markdown body of an MDX entry (the background prose of a pathway or case). */
  body?: string;
}

/** Where entries' pages are: the address of an entry's page, or undefined when it has none. */
export type PageAddress = (collection: string, id: string) => string | undefined;

/** The site path of an entry's page, from the collection registry, or undefined. */
export function entryPagePath(collection: string, id: string): string | undefined {
  const page = (COLLECTIONS as Record<string, { page?: string }>)[collection]?.page;
  return page === undefined ? undefined : `/${page}/${id}/`;
}

/** An entry's data cannot be published as JSON: names the file and the field, in Danish. */
export class UnpublishableValue extends Error {}

const isReference = (value: object): value is { collection: string; id: string } => {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as { collection?: unknown }).collection === 'string' &&
    typeof (value as { id?: unknown }).id === 'string' &&
    (value as { collection: string }).collection in COLLECTIONS
  );
};

/** The value as published; `where` names the file, `path` the field, for the error. */
function publishedValue(
  value: unknown,
  pageAddress: PageAddress,
  where: string,
  path: string[],
): unknown {
  const field = () => path.join('.') || '(hele filen)';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new UnpublishableValue(
      `${where}: ${field()}: tallet «${value}» kan ikke skrives som JSON`,
    );
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new UnpublishableValue(`${where}: ${field()}: datoen findes ikke`);
    }
    return isoDay(value);
  }
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      publishedValue(item, pageAddress, where, [...path, String(index)]),
    );
  }
  if (typeof value === 'object') {
    if (isReference(value)) {
      const url = pageAddress(value.collection, value.id);
      return { collection: value.collection, id: value.id, ...(url ? { url } : {}) };
    }
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined)
        result[key] = publishedValue(item, pageAddress, where, [...path, key]);
    }
    return result;
  }
  throw new UnpublishableValue(
    `${where}: ${field()}: værdien kan ikke skrives som JSON (${typeof value})`,
  );
}

/** One loaded entry (its id, data and MDX body) as the data file publishes it. */
export function publishedEntry(
  collection: CollectionName,
  entry: { id: string; data: unknown; body?: string | undefined },
  pageAddress: PageAddress,
): PublishedEntry {
  const { folder, extension } = COLLECTIONS[collection];
  const where = `content/${folder}/${entry.id}${extension}`;
  const url = pageAddress(collection, entry.id);
  return {
    id: entry.id,
    ...(url ? { url } : {}),
    data: publishedValue(entry.data, pageAddress, where, []),
    ...(extension === '.mdx' && entry.body !== undefined ? { body: entry.body.trim() } : {}),
  };
}
