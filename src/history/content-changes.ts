import type { PagedCollection } from '../content/collections';
import type { ContentHistory } from './git-history';

/**
 * The content changes a reader can follow: one per page and day, newest first, from the git
 * history the build already reads (src/history/git-history.ts). Pure.
 */

/** An entry that has a page of its own, and the content file it is built from. */
export interface PagedEntry {
  collection: PagedCollection;
  id: string;
  title: string;
  /** The file within the content folder, e.g. `pathways/knae.mdx`. */
  file: string;
  /** The site path of its page. */
  path: string;
}

/** One page changed on one day. */
export interface ContentChange extends Omit<PagedEntry, 'file'> {
  /** `YYYY-MM-DD` (UTC), the day of the commits. */
  day: string;
  /** True on the day the file first appears in the history. */
  added: boolean;
}

/** Every change of every entry, newest day first, then by title; none without history. */
export function contentChanges(
  history: ContentHistory,
  entries: readonly PagedEntry[],
): ContentChange[] {
  if (!history.complete) return [];
  const changes: ContentChange[] = [];
  for (const { file, ...entry } of entries) {
    const days = [...new Set((history.files.get(file) ?? []).map((change) => change.day))];
    const first = days.at(-1);
    for (const day of days) changes.push({ ...entry, day, added: day === first });
  }
  return changes.sort(
    (a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0) || a.title.localeCompare(b.title, 'da'),
  );
}
