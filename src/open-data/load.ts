import { getCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../content/collections';
import { loadSiteData } from '../content/site-data';
import { siteConfig } from '../site/config';
import { dataAddress } from '../site/urls';
import { buildDate, isoDay } from '../text/dates';
import type { Publication } from './catalogue';
import { entryPagePath, publishedEntry, type PublishedEntry } from './entries';

/** Every collection of the registry, in its order. */
export const collectionNames = Object.keys(COLLECTIONS) as CollectionName[];

/** Who publishes the data, under which licence, and the build day. */
export function publication(): Publication {
  return {
    publisher: siteConfig.publisher?.name,
    licence: siteConfig.licence,
    modified: isoDay(buildDate()),
  };
}

/** The address of an entry's page, absolute when the public address is configured. */
export function pageAddress(collection: string, id: string): string | undefined {
  const path = entryPagePath(collection, id);
  return path === undefined ? undefined : dataAddress(path);
}

const cache = new Map<CollectionName, Promise<PublishedEntry[]>>();

/** Every entry of a collection as published, by id; content integrity is checked first. */
export function publishedEntries(collection: CollectionName): Promise<PublishedEntry[]> {
  let entries = cache.get(collection);
  if (!entries) {
    entries = (async () => {
      await loadSiteData();
      const loaded = (await getCollection(collection)) as {
        id: string;
        data: unknown;
        body?: string;
      }[];
      return loaded
        .toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((entry) => publishedEntry(collection, entry, pageAddress));
    })();
    cache.set(collection, entries);
  }
  return entries;
}
