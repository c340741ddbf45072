import type { CollectionEntry } from 'astro:content';
import type { Citation } from '../schemas/citation';
import { formatSection } from '../text/citation-text';
import { formatSourceDate } from '../text/dates';
import { byId } from '../content/site-data';
import { href, paths } from '../site/urls';

/**
 * Ready-made links and citations for the pathway, actor and table pages. Pure.
 */

/** A link as a page shows it. */
export interface Link {
  href: string;
  text: string;
}

/** The citations of one document in a list of sources: its title as a link, then each section. */
export interface CitationView {
  source: Link;
  /** «(Publisher, date)» */
  meta: string;
  /** «Afsnit 3. Note.», one per cited section, in the order cited. */
  sections: string[];
  /** Remarks about the source, by section: shown folded away under «Om kilden». */
  notes: { section: string; note: string }[];
}

/** One citation inline: the document's short title as a link, then «, section. Note.» */
export interface InlineCitationView {
  source: Link;
  rest: string;
}

/** Links to actors' pages, in the order given. */
export function actorLinks(
  ids: readonly string[],
  actors: readonly CollectionEntry<'actors'>[],
): Link[] {
  return ids.map((id) => ({ href: href(paths.actor(id)), text: byId(actors, id).data.name }));
}

/**
 * The citations grouped by document (in order of first citation): each section listed once, and
 * the remarks about the source apart, for the folded «Om kilden».
 */
export function citationList(
  citations: readonly Citation[],
  sources: readonly CollectionEntry<'sources'>[],
): CitationView[] {
  const groups = new Map<string, CitationView>();
  for (const citation of citations) {
    const id = citation.source.id;
    let group = groups.get(id);
    if (!group) {
      const source = byId(sources, id).data;
      group = {
        source: { href: href(paths.source(id)), text: source.title },
        meta: `(${source.publisher}, ${formatSourceDate(source.date, source.datePrecision)})`,
        sections: [],
        notes: [],
      };
      groups.set(id, group);
    }
    const section = formatSection(citation.section);
    const capital = section.charAt(0).toLocaleUpperCase('da') + section.slice(1);
    if (!group.sections.includes(capital)) group.sections.push(capital);
    if (citation.note) group.notes.push({ section: capital, note: citation.note });
  }
  return [...groups.values()];
}

/** One citation inline, e.g. «Kræft – forløbsprogram 2018, afsnit 6.1.» */
export function inlineCitation(
  citation: Citation,
  sources: readonly CollectionEntry<'sources'>[],
): InlineCitationView {
  const source = byId(sources, citation.source.id).data;
  return {
    source: { href: href(paths.source(citation.source.id)), text: source.shortTitle },
    rest: `, ${formatSection(citation.section)}.${citation.note ? ` ${citation.note}` : ''}`,
  };
}
