import { formatDate } from '../text/dates';
import type { Change, ContentHistory } from './git-history';
import { COLLECTIONS, type CollectionDefinition } from '../content/collections';

/** What a page shows under «Senest ændret». */
export type PageChanges =
  { state: 'history'; last: Day; earlier: Day[] } | { state: 'unavailable' };
interface Day {
  iso: string;
  text: string;
}

/** How many earlier changes the short history lists. */
const EARLIER_CHANGES_SHOWN = 4;

/**
 * Page paths of the pages built from one content file, and that file (in content/): every
 * collection of the registry that has a page of its own (`page`, e.g. /forloeb/<id>/).
 */
const PAGE_FILES: [RegExp, (id: string) => string][] = Object.values(COLLECTIONS).flatMap(
  (definition: CollectionDefinition) =>
    definition.page === undefined
      ? []
      : [
          [
            new RegExp(`^/${definition.page}/([^/]+)/$`),
            (id: string) => `${definition.folder}/${id}${definition.extension}`,
          ] as [RegExp, (id: string) => string],
        ],
);

/** The content file a page (path without the base) is built from, or null. */
export function contentFileForPage(pagePath: string): string | null {
  for (const [pattern, file] of PAGE_FILES) {
    const id = pattern.exec(pagePath)?.[1];
    if (id) return file(id);
  }
  return null;
}

const day = (change: Change): Day => ({
  iso: change.day,
  text: formatDate(new Date(`${change.day}T00:00:00Z`)),
});

/**
 * The latest change and a short list of earlier ones for a page, `unavailable` when the
 * build had no git history, or null for pages not built from one content file.
 */
export function pageChanges(history: ContentHistory, pagePath: string): PageChanges | null {
  const file = contentFileForPage(pagePath);
  if (file === null) return null;
  const changes = history.files.get(file) ?? [];
  // Several commits on one day are one change to a reader.
  const days = [...new Map(changes.map((change) => [change.day, change])).values()];
  const [last, ...earlier] = days;
  if (!history.complete || !last) return { state: 'unavailable' };
  return {
    state: 'history',
    last: day(last),
    earlier: earlier.slice(0, EARLIER_CHANGES_SHOWN).map(day),
  };
}
