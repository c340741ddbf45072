import type { SourceData } from '../schemas/source';
import { regionLabels, scopeLabels } from '../i18n/da';
import { sourceKindLabels, sourcesPage } from '../i18n/pages';
import { formatSourceDate } from '../text/dates';
import { formatSection } from '../text/citation-text';

/** Everything a source page shows, apart from the list of pages that cite it. */
interface SourceView {
  title: string;
  lead: string;
  /** Label → value pairs for the facts list (publisher, date, kind, scope). */
  facts: { label: string; value: string }[];
  /** The original document: a link when the document gives its address, otherwise a remark. */
  original: { href: string; text: string } | { remark: string };
  /** What the document says about itself, each part with its section locator. */
  parts: { heading: string; sectionText: string; paragraphs: string[]; items: string[] }[];
  /** Remarks for the folded «Om kilden» part; empty when there are none. */
  aboutSource: string[];
}

/** Builds the source page from the source's data. */
export function buildSourceView(source: SourceData): SourceView {
  const scope =
    scopeLabels[source.scope] + (source.region ? `, ${regionLabels[source.region]}` : '');
  return {
    title: source.title,
    lead: source.summary,
    facts: [
      { label: sourcesPage.publisher, value: source.publisher },
      { label: sourcesPage.date, value: formatSourceDate(source.date, source.datePrecision) },
      { label: sourcesPage.kind, value: sourceKindLabels[source.kind] },
      { label: sourcesPage.scope, value: scope },
    ],
    original: source.url
      ? { href: source.url, text: sourcesPage.originalLink(source.shortTitle) }
      : { remark: sourcesPage.noAddress },
    parts: (source.aboutDocument ?? []).map((part) => ({
      heading: part.heading,
      sectionText: `${source.shortTitle}, ${formatSection(part.section)}`,
      paragraphs: part.paragraphs,
      items: part.items,
    })),
    aboutSource: source.lostInExtraction,
  };
}
