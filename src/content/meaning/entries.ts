import type { EntryLike } from '../integrity';

/**
 * Reading validated entries for the cross-entry checks of meaning. The checks only read the
 * fields they name, and read them defensively: an entry of another shape (a test registry, a
 * future schema) is passed over, never a crash.
 */

/** A source entry's facts that other entries repeat or depend on. */
export interface SourceFacts {
  file: string;
  date?: Date | undefined;
  scope?: string | undefined;
  region?: string | undefined;
  seedFile?: string | undefined;
}

/** An own field of an entry's data, or undefined. */
export function fieldOf(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, name)
    ? (data as Record<string, unknown>)[name]
    : undefined;
}

/** A field that holds a date, or undefined. */
export function dateOf(data: unknown, name: string): Date | undefined {
  const value = fieldOf(data, name);
  return value instanceof Date ? value : undefined;
}

/** A field that holds text, or undefined. */
export function textOf(data: unknown, name: string): string | undefined {
  const value = fieldOf(data, name);
  return typeof value === 'string' ? value : undefined;
}

/** The source ids of a list of citations (`[{ source: { id } }]`), in order. */
export function citedSourceIds(citations: unknown): string[] {
  if (!Array.isArray(citations)) return [];
  return citations.flatMap((citation) => {
    const id = fieldOf(fieldOf(citation, 'source'), 'id');
    return typeof id === 'string' ? [id] : [];
  });
}

/** The entries of one collection. */
export function entriesOf(entries: readonly EntryLike[], collection: string): EntryLike[] {
  return entries.filter((entry) => entry.collection === collection);
}

/** Every source by id, with the file it is written in. */
export function sourcesById(entries: readonly EntryLike[]): Map<string, SourceFacts> {
  return new Map(
    entriesOf(entries, 'sources').map((entry) => [
      entry.id,
      {
        file: entry.filePath ?? `sources/${entry.id}`,
        date: dateOf(entry.data, 'date'),
        scope: textOf(entry.data, 'scope'),
        region: textOf(entry.data, 'region'),
        seedFile: textOf(entry.data, 'seedFile'),
      },
    ]),
  );
}

/** `2018-02-09`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
