import type { CollectionEntry } from 'astro:content';
import { sourcesPage } from '../i18n/pages';
import { citingPages, type SourceUsage } from '../content/source-usage';
import type { SiteData } from '../content/site-data';
import { pageSlice, pageTitle, type ListPage } from './pagination';
import { buildSourceView } from './source-view';
import { href, paths } from './urls';

/**
 * A source's pages: its own page (`/kilder/<id>/`) with the document's facts and text and the
 * first page of the pages that cite it; once that list runs over a page, the rest at
 * `/kilder/<id>/side/<n>/`, and page 1 says how many pages of each kind cite it. Pure.
 */

/** One page of a source: page 1 also has the source's own view. */
export interface SourcePageView {
  tabTitle: string;
  description: string;
  /** Page 1 only: the document itself. */
  source?: ReturnType<typeof buildSourceView> | undefined;
  /** The heading of a later page, and its way back to the source. */
  heading: string;
  back?: { href: string; text: string } | undefined;
  /** Page 1 of a split list: how many pages of each kind cite the source. */
  counts?: string | undefined;
  listPath: string;
  page: ListPage<SourceUsage>;
}

/** Every page of one source, page 1 first. */
export function sourcePages(
  source: CollectionEntry<'sources'>,
  data: Pick<SiteData, 'pathways' | 'cases' | 'responsibilities' | 'datasets'>,
): SourcePageView[] {
  const view = buildSourceView(source.data);
  const usage = citingPages(data, source.id);
  const pages = pageSlice(usage);
  const count = (kind: SourceUsage['kind']) => usage.filter((page) => page.kind === kind).length;
  const counts =
    pages.length > 1
      ? sourcesPage.usedByCounts(count('pathway'), count('case'), count('table'))
      : undefined;
  const listPath = paths.source(source.id);
  const laterHeading = sourcesPage.usedByTitle(source.data.shortTitle);
  return pages.map((page) =>
    page.current === 1
      ? {
          tabTitle: source.data.shortTitle,
          description: view.lead,
          source: view,
          heading: view.title,
          counts,
          listPath,
          page,
        }
      : {
          tabTitle: pageTitle(laterHeading, page),
          description: view.lead,
          heading: pageTitle(laterHeading, page),
          back: { href: href(listPath), text: sourcesPage.backToSource(source.data.shortTitle) },
          listPath,
          page,
        },
  );
}
