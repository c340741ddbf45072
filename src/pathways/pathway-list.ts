import { diseaseAreaLabels } from '../i18n/da';
import { pathwayIndexTexts } from '../i18n/pathways';
import { assessCurrency, formatSourceDate, isoDay } from '../text/dates';
import { byId, type SiteData } from '../content/site-data';
import { pageSlice, pageTitle, type ListPage } from '../site/pagination';
import { href, paths } from '../site/urls';
import type { DiseaseArea } from '../schemas/vocabulary';
import type { Link } from './links';
import { areaCounts, hasAreaLists, pathwaysInArea } from './pathway-areas';
import { scopeText } from './pathway-view';

/**
 * The pathway list pages: one card per pathway with its facts and any currency warning, split
 * into pages of `LIST_PAGE_SIZE` (src/site/pagination.ts); once there are many pathways, also
 * one list per disease area, linked from the top of every page. Pure.
 */

export interface PathwayCardView {
  link: Link;
  summary: string;
  condition: string;
  scope: string;
  sourceDate: { iso: string; text: string; source: string };
  diseaseAreas: string;
  steps: string;
  warning?: string | undefined;
}

type Data = Pick<SiteData, 'pathways' | 'sources'>;

export function pathwayList(data: Data, today: Date): PathwayCardView[] {
  const texts = pathwayIndexTexts;
  return data.pathways.map((pathway) => {
    const source = byId(
      data.sources,
      (pathway.data.sources[0] as { source: { id: string } }).source.id,
    );
    const currency = assessCurrency({
      sourceDate: source.data.date,
      nextReview: pathway.data.nextReview,
      today,
    });
    return {
      link: { href: href(paths.pathway(pathway.id)), text: pathway.data.title },
      summary: pathway.data.summary,
      condition: pathway.data.condition,
      scope: scopeText(pathway.data.scope, pathway.data.region),
      sourceDate: {
        iso: isoDay(source.data.date),
        text: formatSourceDate(source.data.date, source.data.datePrecision),
        source: `(${source.data.shortTitle})`,
      },
      diseaseAreas: pathway.data.diseaseAreas.map((area) => diseaseAreaLabels[area]).join(', '),
      steps: texts.steps(pathway.data.steps.length),
      warning: currency.sourceIsOld
        ? texts.oldSource(currency.sourceAgeYears)
        : currency.reviewOverdue
          ? texts.overdue
          : undefined,
    };
  });
}

/** A link in the navigation by disease area; `current` marks the list the reader is on. */
export interface AreaLinkView extends Link {
  /** `page` on page 1 of the list it links, `true` on that list's later pages. */
  current?: 'page' | 'true' | undefined;
}

/** One page of the pathway list, or of one disease area's list. */
export interface PathwayListPageView {
  /** The list's title, with the page number on later pages («Forløb, side 2 af 16»). */
  heading: string;
  tabTitle: string;
  description: string;
  lead: string;
  /** «Alle forløb» and one link per disease area; empty while the site has few pathways. */
  areas: AreaLinkView[];
  /** On a disease area's list: the way back to all pathways. */
  back?: Link | undefined;
  /** The list's own path (page 1), for the page links. */
  listPath: string;
  /** The list's name, for the page links' accessible name. */
  listName: string;
  page: ListPage<PathwayCardView>;
}

/** The links to all pathways and to each disease area, with the list at `currentPath` marked. */
function areaLinks(data: Data, currentPath: string, onFirstPage: boolean): AreaLinkView[] {
  if (!hasAreaLists(data.pathways.length)) return [];
  const texts = pathwayIndexTexts;
  const mark = (path: string) =>
    path === currentPath ? (onFirstPage ? ('page' as const) : ('true' as const)) : undefined;
  return [
    { path: paths.pathways(), text: texts.areaLink(texts.all, data.pathways.length) },
    ...areaCounts(data.pathways).map((entry) => ({
      path: paths.pathwayArea(entry.area),
      text: texts.areaLink(entry.label, entry.count),
    })),
  ].map((link) => ({ href: href(link.path), text: link.text, current: mark(link.path) }));
}

/** Every page of the list of all pathways, page 1 first. */
export function pathwayListPages(data: Data, today: Date): PathwayListPageView[] {
  const texts = pathwayIndexTexts;
  const listPath = paths.pathways();
  return pageSlice(pathwayList(data, today)).map((page) => ({
    heading: pageTitle(texts.title, page),
    tabTitle: pageTitle(texts.title, page),
    description: texts.description,
    lead: texts.lead,
    areas: areaLinks(data, listPath, page.current === 1),
    listPath,
    listName: texts.all,
    page,
  }));
}

/**
 * Every page of each disease area's list, for the areas that have pathways; none while the
 * site has so few pathways that one list serves (`hasAreaLists`).
 */
export function areaListPages(
  data: Data,
  today: Date,
): { area: DiseaseArea; pages: PathwayListPageView[] }[] {
  if (!hasAreaLists(data.pathways.length)) return [];
  const texts = pathwayIndexTexts;
  return areaCounts(data.pathways).map(({ area, label, count }) => {
    const listPath = paths.pathwayArea(area);
    const title = texts.areaTitle(label);
    const cards = pathwayList({ ...data, pathways: pathwaysInArea(data.pathways, area) }, today);
    return {
      area,
      pages: pageSlice(cards).map((page) => ({
        heading: pageTitle(title, page),
        tabTitle: pageTitle(title, page),
        description: texts.areaDescription(label),
        lead: texts.areaLead(label, count),
        areas: areaLinks(data, listPath, page.current === 1),
        back: { href: href(paths.pathways()), text: texts.all },
        listPath,
        listName: title,
        page,
      })),
    };
  });
}
