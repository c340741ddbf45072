import type { SiteData } from '../content/site-data';
import { paths } from '../site/urls';
import type { ReviewItem, ReviewSource } from './review-list';

/** The pathways, cases and tables of the site as review items, and the sources they cite. */
export function reviewInputs(data: SiteData): { items: ReviewItem[]; sources: ReviewSource[] } {
  const cited = (sources: { source: { id: string } }[]) => sources.map((s) => s.source.id);
  const items: ReviewItem[] = [
    ...data.pathways.map((entry) => ({
      collection: 'pathways' as const,
      id: entry.id,
      title: entry.data.title,
      pagePath: paths.pathway(entry.id),
      sourceIds: cited(entry.data.sources),
      reviewed: entry.data.reviewed,
      nextReview: entry.data.nextReview,
    })),
    ...data.cases.map((entry) => ({
      collection: 'cases' as const,
      id: entry.id,
      title: entry.data.title,
      pagePath: paths.case(entry.id),
      sourceIds: cited(entry.data.sources),
    })),
    ...data.responsibilities.map((entry) => ({
      collection: 'responsibilities' as const,
      id: entry.id,
      title: entry.data.title,
      pagePath: paths.responsibility(entry.id),
      sourceIds: cited(entry.data.sources),
    })),
  ];
  const sources = data.sources.map((entry) => ({
    id: entry.id,
    shortTitle: entry.data.shortTitle,
    date: entry.data.date,
  }));
  return { items, sources };
}
