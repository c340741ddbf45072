import { reviewTexts } from '../i18n/cms';
import { pageSlice, pageTitle, type ListPage } from '../site/pagination';
import { paths } from '../site/urls';
import { REVIEW_CYCLE_YEARS, addYears, assessCurrency, formatDate, isoDay } from '../text/dates';

/** A source as the review list needs it. */
export interface ReviewSource {
  id: string;
  shortTitle: string;
  date: Date;
}

/** A pathway, case or table as the review list needs it. */
export interface ReviewItem {
  collection: 'pathways' | 'cases' | 'responsibilities';
  id: string;
  title: string;
  /** Where readers see it, without the base. */
  pagePath: string;
  /** Ids of the sources it cites, the main one first. */
  sourceIds: string[];
  /** Set for pathways, which record their reviews; absent for cases and tables. */
  reviewed?: Date | undefined;
  nextReview?: Date | undefined;
}

/** One row of «Til gennemgang». */
export interface ReviewRow {
  collection: ReviewItem['collection'];
  title: string;
  pagePath: string;
  /** Path of the CMS editor for the entry, relative to the site base. */
  editPath: string;
  nextReview: { iso: string; text: string };
  reviewed: { iso: string; text: string } | null;
  /** True when the next review date comes from the source date, not a recorded review. */
  derived: boolean;
  overdue: boolean;
  /** Cited sources at least MAX_SOURCE_AGE_YEARS old, by short title, with their age. */
  staleSources: { title: string; years: number }[];
}

const day = (date: Date) => ({ iso: isoDay(date), text: formatDate(date) });

/**
 * The editor's address of an entry. Decap routes by hash (`#/collections/…`), which link
 * checkers read as a missing anchor, so the link carries `?rediger=` and the admin script
 * turns it into Decap's route.
 */
export function cmsEditPath(collection: string, id: string): string {
  return `/admin/?rediger=${encodeURIComponent(`${collection}/${id}`)}`;
}

/** Every item with its next review, overdue first, then by date, then by title. */
export function buildReviewList(
  items: ReviewItem[],
  sources: ReviewSource[],
  today: Date,
): ReviewRow[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const rows = items.map((item): { due: Date; row: ReviewRow } => {
    const cited = item.sourceIds.flatMap((id) => byId.get(id) ?? []);
    const main = cited[0];
    if (!main) throw new Error(`«${item.title}» cites no known source`);
    const due = item.nextReview ?? addYears(main.date, REVIEW_CYCLE_YEARS);
    const staleSources = [...new Map(cited.map((s) => [s.id, s])).values()].flatMap((source) => {
      const currency = assessCurrency({ sourceDate: source.date, today });
      return currency.sourceIsOld
        ? [{ title: source.shortTitle, years: currency.sourceAgeYears }]
        : [];
    });
    const row: ReviewRow = {
      collection: item.collection,
      title: item.title,
      pagePath: item.pagePath,
      editPath: cmsEditPath(item.collection, item.id),
      nextReview: day(due),
      reviewed: item.reviewed ? day(item.reviewed) : null,
      derived: item.nextReview === undefined,
      overdue: due < today,
      staleSources,
    };
    return { due, row };
  });
  rows.sort(
    (a, b) =>
      Number(b.row.overdue) - Number(a.row.overdue) ||
      a.due.getTime() - b.due.getTime() ||
      a.row.title.localeCompare(b.row.title, 'da'),
  );
  return rows.map(({ row }) => row);
}

/** One page of «Til gennemgang»: the list is split like the site's other long lists. */
export interface ReviewPageView {
  /** «Til gennemgang», with the page number on later pages; also the tab title. */
  heading: string;
  listPath: string;
  page: ListPage<ReviewRow>;
}

/**
 * The review list page by page, most urgent first: page 1 is `/redaktion/gennemgang/`, later
 * pages are under `side/<n>/`, all of them kept out of search engines and the sitemap.
 */
export function reviewPages(rows: readonly ReviewRow[]): ReviewPageView[] {
  return pageSlice(rows).map((page) => ({
    heading: pageTitle(reviewTexts.title, page),
    listPath: paths.review(),
    page,
  }));
}
