import type { CollectionEntry } from 'astro:content';
import type { SearchType } from '../i18n/search';
import { pathwayTexts } from '../i18n/pathways';
import { byId, type SiteData } from '../content/site-data';
import { href, paths } from '../site/urls';
import { citationList, type CitationView, type Link } from './links';
import { tabTitle } from './pathway-view';

/**
 * The sub-pages of a pathway, which hold what a clinician reads only on purpose: the background
 * (the MDX body: recommendations, legislation, tools) and the source's figures. Pure.
 */

export interface PathwaySubpageView {
  title: string;
  tabTitle: string;
  description: string;
  back: Link;
  search: { type: SearchType; filters: Record<string, string[]> };
  citations: CitationView[];
}

function subpage(
  pathway: CollectionEntry<'pathways'>,
  title: string,
  sources: SiteData['sources'],
): PathwaySubpageView {
  return {
    title,
    tabTitle: tabTitle(title),
    description: pathway.data.summary,
    back: {
      href: href(paths.pathway(pathway.id)),
      text: pathwayTexts.subpage.backTo(pathway.data.title),
    },
    // A page type of its own and no disease areas: the pathway page owns the topic (a search
    // for «amputation» opens the pathway first, which links its background and figures).
    search: { type: 'forløbsdel', filters: {} },
    citations: citationList(pathway.data.sources, sources),
  };
}

/** The background page: the pathway's prose with the pathway's sources. */
export function backgroundPage(
  pathway: CollectionEntry<'pathways'>,
  sources: SiteData['sources'],
): PathwaySubpageView {
  return subpage(pathway, pathwayTexts.subpage.background(pathway.data.title), sources);
}

/** The figures page: the pathway's datasets in the order it lists them. */
export function dataPage(
  pathway: CollectionEntry<'pathways'>,
  data: Pick<SiteData, 'sources' | 'datasets'>,
): PathwaySubpageView & { datasets: CollectionEntry<'datasets'>[]; lead: string } {
  return {
    ...subpage(pathway, pathwayTexts.subpage.data(pathway.data.title), data.sources),
    lead: pathwayTexts.datasets.lead,
    datasets: pathway.data.relatedDatasets.map((ref) => byId(data.datasets, ref.id)),
  };
}
