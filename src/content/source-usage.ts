import type { Citation } from '../schemas/citation';
import type { SiteData } from './site-data';
import { href, paths } from '../site/urls';

/** A page that cites a source, and the sections it cites. */
export interface SourceUsage {
  kind: 'pathway' | 'case' | 'table';
  title: string;
  href: string;
  sections: string[];
}

/** Which pages cite `sourceId`, and which sections of it. Pure apart from URL building. */
export function citingPages(
  data: Pick<SiteData, 'pathways' | 'cases' | 'responsibilities' | 'datasets'>,
  sourceId: string,
): SourceUsage[] {
  const sectionsOf = (citations: readonly Citation[]) =>
    citations.filter((c) => c.source.id === sourceId).map((c) => c.section);
  const pages: SourceUsage[] = [
    ...data.pathways.map((p) => ({
      kind: 'pathway' as const,
      title: p.data.title,
      href: href(paths.pathway(p.id)),
      sections: [
        ...sectionsOf(p.data.sources),
        ...sectionsOf(p.data.steps.flatMap((s) => (s.citation ? [s.citation] : []))),
      ],
    })),
    ...data.cases.map((c) => ({
      kind: 'case' as const,
      title: c.data.title,
      href: href(paths.case(c.id)),
      sections: sectionsOf(c.data.sources),
    })),
    ...data.responsibilities.map((t) => ({
      kind: 'table' as const,
      title: t.data.title,
      href: href(paths.responsibility(t.id)),
      sections: sectionsOf(t.data.sources),
    })),
  ];
  return pages
    .map((page) => ({ ...page, sections: [...new Set(page.sections)] }))
    .filter((page) => page.sections.length > 0);
}
