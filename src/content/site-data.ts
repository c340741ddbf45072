import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity } from './integrity';
import { SITE_DATA_COLLECTIONS, type SiteDataCollection } from './collections';

/**
 * The one door from pages to content. Every page loads content through
 * `loadSiteData()`, so the integrity checks run in every build before a single
 * page is written, and templates only read ready-made results. Its collections are those the
 * registry marks `siteData: true` (src/content/collections.ts).
 */
export type SiteData = { [K in SiteDataCollection]: CollectionEntry<K>[] };

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'da');

/** The order of each list; a new `siteData` collection must say how its entries are listed. */
const ORDER: { [K in SiteDataCollection]: (a: CollectionEntry<K>, b: CollectionEntry<K>) => number } =
  {
    sources: (a, b) => a.data.shortTitle.localeCompare(b.data.shortTitle, 'da'),
    actors: (a, b) => a.data.name.localeCompare(b.data.name, 'da'),
    pathways: (a, b) => a.data.order - b.data.order || byTitle(a, b),
    cases: byTitle,
    responsibilities: byTitle,
    datasets: byTitle,
  };

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const lists = await Promise.all(
    SITE_DATA_COLLECTIONS.map(async (name) => [name, await getCollection(name)] as const),
  );
  assertContentIntegrity(lists.flatMap(([, entries]) => entries));
  const sorted = (name: SiteDataCollection, entries: CollectionEntry<SiteDataCollection>[]) =>
    entries.sort(ORDER[name] as (a: typeof entries[number], b: typeof entries[number]) => number);
  return Object.fromEntries(lists.map(([name, entries]) => [name, sorted(name, entries)])) as SiteData;
}

/** Loads and checks all content once per build. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/**
 * An id → entry index per list, built on the first lookup. Pages look entries up by id
 * thousands of times (every case page, every actor role, every citation), so a linear search
 * would make the build quadratic in the amount of content. The lists from `loadSiteData()`
 * never change after loading, so an index stays valid for the whole build.
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Looks an entry up by id, failing loudly (integrity has already been checked). */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  let index = indexes.get(entries) as Map<string, T> | undefined;
  if (index === undefined) {
    index = new Map();
    // The first entry with an id wins, as with a linear search.
    for (const entry of entries) if (!index.has(entry.id)) index.set(entry.id, entry);
    indexes.set(entries, index);
  }
  let found = index.get(id);
  if (found === undefined) {
    // A list changed after it was indexed: search it, and index it again next time.
    found = entries.find((entry) => entry.id === id);
    indexes.delete(entries);
  }
  if (!found) throw new Error(`Intet indhold med id «${id}»`);
  return found;
}

/**
 * The synonym groups (`content/synonyms/`) as the search page needs them: their terms and
 * misspellings, to mark the word a page was found by.
 */
export async function loadSynonyms(): Promise<{ terms: string[]; misspellings: string[] }[]> {
  const entries = await getCollection('synonyms');
  return entries
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ data }) => ({ terms: [...data.terms], misspellings: [...data.misspellings] }));
}
