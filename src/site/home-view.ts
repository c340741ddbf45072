import { regionLabels, scopeLabels } from '../i18n/da';
import { home } from '../i18n/pages';
import { areaCounts, hasAreaLists } from '../pathways/pathway-areas';
import type { DiseaseArea } from '../schemas/vocabulary';
import { href, paths } from './urls';

/** What the home page needs to know about a pathway. */
interface HomePathwayInput {
  id: string;
  data: {
    title: string;
    scope: keyof typeof scopeLabels;
    region?: keyof typeof regionLabels | undefined;
    diseaseAreas: readonly DiseaseArea[];
  };
}

/**
 * One door on the home page: the condition in large type, what the pathway covers, where it
 * applies; or, once there are many pathways (`MAX_PATHWAY_DOORS`), a disease area and how many
 * pathways its list holds.
 */
interface PathwayDoor {
  href: string;
  /** The condition, e.g. «Kræft», or the disease area. */
  condition: string;
  /** The rest of the title, e.g. «Rehabilitering og palliation», or «312 forløb». */
  detail: string;
  /** «Nationalt» or «Regionalt, Region Sjælland»; absent on a disease area's door. */
  scope?: string | undefined;
}

/** One door per pathway while they are few, otherwise one door per disease area. */
function doorsOf(pathways: readonly HomePathwayInput[]): PathwayDoor[] {
  if (hasAreaLists(pathways.length)) {
    return areaCounts(pathways).map((entry) => ({
      href: href(paths.pathwayArea(entry.area)),
      condition: entry.label,
      detail: home.areaDoor(entry.count),
    }));
  }
  return pathways.map((pathway) => ({
    href: href(paths.pathway(pathway.id)),
    ...splitPathwayTitle(pathway.data.title),
    scope:
      scopeLabels[pathway.data.scope] +
      (pathway.data.region ? `, ${regionLabels[pathway.data.region]}` : ''),
  }));
}

/**
 * Splits a pathway title «Kræft: rehabilitering og palliation» into the condition a reader
 * looks for («Kræft») and the rest («Rehabilitering og palliation»). A title without a colon is
 * all condition.
 */
export function splitPathwayTitle(title: string): { condition: string; detail: string } {
  const colon = title.indexOf(':');
  if (colon < 0) return { condition: title.trim(), detail: '' };
  const rest = title.slice(colon + 1).trim();
  return {
    condition: title.slice(0, colon).trim(),
    detail: rest.charAt(0).toLocaleUpperCase('da') + rest.slice(1),
  };
}

/** Everything the home page shows. */
interface HomeView {
  doors: PathwayDoor[];
  catalogueLink: { href: string; text: string };
  compareHref: string;
  rubricHref: string;
  moreLinks: { href: string; text: string }[];
  trustText: string;
  sourcesHref: string;
  aboutHref: string;
  allPathwaysHref: string;
  searchHref: string;
}

/** Builds the home page from the content counts and the pathways in their site order. */
export function buildHomeView(input: {
  pathways: readonly HomePathwayInput[];
  cases: number;
  responsibilities: number;
  actors: number;
  sources: number;
}): HomeView {
  return {
    doors: doorsOf(input.pathways),
    catalogueLink: { href: href(paths.cases()), text: home.catalogue(input.cases) },
    compareHref: href(paths.compare()),
    rubricHref: href(paths.rubric()),
    moreLinks: [
      { href: href(paths.responsibilities()), text: home.responsibilities(input.responsibilities) },
      { href: href(paths.actors()), text: home.actors(input.actors) },
    ],
    trustText: home.trustText(input.sources),
    sourcesHref: href(paths.sources()),
    aboutHref: href(paths.about()),
    allPathwaysHref: href(paths.pathways()),
    searchHref: href(paths.search()),
  };
}
