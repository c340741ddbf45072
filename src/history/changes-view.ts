import { COLLECTIONS, type CollectionName, type PagedCollection } from '../content/collections';
import type { SiteData } from '../content/site-data';
import { changesTexts } from '../i18n/changes';
import { pageSlice, pageTitle, type ListPage } from '../site/pagination';
import { href, paths } from '../site/urls';
import { atomFeed, changeId } from './atom-feed';
import { contentChanges, type ContentChange, type PagedEntry } from './content-changes';
import type { ContentHistory } from './git-history';

/** Every entry with a page of its own, from the collection registry. */
export function pagedEntries(data: SiteData): PagedEntry[] {
  const lists = data as unknown as Record<string, { id: string; data: object }[] | undefined>;
  const paged = (Object.keys(COLLECTIONS) as CollectionName[]).filter(
    (name): name is PagedCollection => 'page' in COLLECTIONS[name],
  );
  return paged.flatMap((collection) => {
    const definition = COLLECTIONS[collection];
    const { page, titleField } = definition;
    return (lists[collection] ?? []).map((entry) => {
      const title = titleField && (entry.data as Record<string, unknown>)[titleField];
      return {
        collection,
        id: entry.id,
        title: typeof title === 'string' ? title : entry.id,
        file: `${definition.folder}/${entry.id}${definition.extension}`,
        path: `/${page}/${entry.id}/`,
      };
    });
  });
}

/** The short Danish summary of a change: what it is, its title, added or changed. */
export function changeSummary(change: ContentChange): string {
  return changesTexts.summary(changesTexts.kinds[change.collection], change.title, change.added);
}

/** One change as the list shows it. */
export interface ChangeItem {
  day: string;
  dayText: string;
  title: string;
  href: string;
  summary: string;
}

/** One page of «Seneste ændringer». */
export interface ChangesPageView {
  heading: string;
  listPath: string;
  /** `unavailable` without history in the build, `none` with history but no change. */
  state: 'changes' | 'none' | 'unavailable';
  page: ListPage<ChangeItem>;
}

/** Every page of «Seneste ændringer», newest first, paged like the other lists. */
export function changesPages(history: ContentHistory, data: SiteData): ChangesPageView[] {
  const changes = contentChanges(history, pagedEntries(data));
  const items = changes.map((change) => ({
    day: change.day,
    dayText: changesTexts.day(change.day),
    title: change.title,
    href: href(change.path),
    summary: changeSummary(change),
  }));
  const state = !history.complete ? 'unavailable' : items.length === 0 ? 'none' : 'changes';
  return pageSlice(items).map((page) => ({
    heading: pageTitle(changesTexts.title, page),
    listPath: paths.changes(),
    state,
    page,
  }));
}

/**
 * How many changes the feed carries, newest first: a feed reader asks often and needs only the
 * latest; the page «Seneste ændringer» lists them all.
 */
export const FEED_ENTRIES = 100;

/** The time of a change in the feed: the start of its day (UTC), as history is kept by day. */
const changeTime = (day: string) => `${day}T00:00:00Z`;

/**
 * The Atom feed of the same changes, with absolute addresses on the public address `site`.
 * `buildDay` dates a feed without entries.
 */
export function changesFeed(
  history: ContentHistory,
  data: SiteData,
  facts: { site: string; author: string; licence: string; buildDay: string },
): string {
  const absolute = (path: string) => new URL(href(path), facts.site).href;
  const changes = contentChanges(history, pagedEntries(data));
  return atomFeed({
    self: absolute(paths.changesFeed()),
    alternate: absolute(paths.changes()),
    title: changesTexts.feedTitle,
    subtitle: changesTexts.feedSubtitle,
    author: facts.author,
    updated: changeTime(changes[0]?.day ?? facts.buildDay),
    rights: facts.licence,
    entries: changes.slice(0, FEED_ENTRIES).map((change) => ({
      id: changeId(facts.site, change.day, href(change.path)),
      title: change.title,
      link: absolute(change.path),
      updated: changeTime(change.day),
      summary: changeSummary(change),
    })),
  });
}
