/**
 * Long lists (pathways, tables, cases, an actor's pathways) are split into static pages of
 * `LIST_PAGE_SIZE` items, so no page grows with the content: page 1 at the list's own address,
 * page n at `<list>/side/<n>/`. Today's lists fit on one page, so nothing is split until the
 * content grows. Pure: routes slice with `pageSlice`, components render `paginationView`.
 */

import { ui } from '../i18n/da';

/** Items per page of a long list. */
export const LIST_PAGE_SIZE = 50;

/** The site path of page `n` of the list at `listPath` (which ends in `/`). */
export function pagedPath(listPath: string, n: number): string {
  return n <= 1 ? listPath : `${listPath}side/${n}/`;
}

/** One page of a list: its items and where it sits among the pages. */
export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  current: number;
  last: number;
  /** Position of the first and last item on this page (1-based), and the list's length. */
  first: number;
  end: number;
  total: number;
}

/** Splits `items` into pages of `size`; an empty list is one empty page. */
export function pageSlice<T>(items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, index) => {
    const start = index * size;
    const slice = items.slice(start, start + size);
    return {
      items: slice,
      current: index + 1,
      last,
      first: slice.length > 0 ? start + 1 : 0,
      end: start + slice.length,
      total: items.length,
    };
  });
}

/** The `[page]` route parameters of pages 2 and up (page 1 is the list's own route). */
export function laterPageParams(pages: readonly ListPage<unknown>[]): { page: string }[] {
  return pages.slice(1).map((page) => ({ page: String(page.current) }));
}

/** The browser tab title of a page: the list's own title on page 1, «…, side 2 af 16» later. */
export function pageTitle(title: string, page: ListPage<unknown>): string {
  return page.current === 1 ? title : ui.pagination.titleSuffix(title, page.current, page.last);
}

/**
 * The `getStaticPaths` entries of pages 2 and up of a list whose views were built page by page:
 * the `[page]` parameter (beside any the route already has, such as an actor's `id`) and the
 * page's view as the `view` prop. Page 1 is the list's own route.
 */
export function laterPageRoutes<V extends { page: ListPage<unknown> }, P extends object = object>(
  views: readonly V[],
  params?: P,
): { params: P & { page: string }; props: { view: V } }[] {
  return views.slice(1).map((view) => ({
    params: { ...(params as P), page: String(view.page.current) },
    props: { view },
  }));
}

/** A page number to link, or a gap («…») between distant numbers. */
export type PageLink = { kind: 'page'; n: number; current: boolean } | { kind: 'gap' };

/**
 * The page numbers a reader is offered: the first and last, and the two on either side of the
 * current page, with gaps between (1 … 4 5 6 7 8 … 40), so the links stay few at any length.
 */
export function pageLinks(current: number, last: number): PageLink[] {
  const shown = new Set([1, last]);
  for (let n = current - 2; n <= current + 2; n += 1) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous > 1) links.push({ kind: 'gap' });
    links.push({ kind: 'page', n, current: n === current });
  });
  return links;
}
