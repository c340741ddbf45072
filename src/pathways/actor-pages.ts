import type { CollectionEntry } from 'astro:content';
import { actorTexts } from '../i18n/pathways';
import { byId } from '../content/site-data';
import { pageSlice, pageTitle, type ListPage } from '../site/pagination';
import { href, paths } from '../site/urls';
import { actorPage, type ActorPageView, type ActorTableView } from './actor-page';
import type { Link } from './links';
import { areaCounts } from './pathway-areas';

/**
 * An actor's pages once its role is too large for one page: the actor's own page
 * (`/aktoerer/<id>/`) keeps the facts, the summary and the first page of its pathways (with its
 * steps), split into `/aktoerer/<id>/side/<n>/`; its rows in the responsibility tables are a list
 * of their own (`/aktoerer/<id>/tabeller/`, split the same way), previewed on the actor's page.
 * Pathways and tables are two lists, so each is split on its own and page numbers keep one
 * meaning. Today's actors fit on one page with every table, and their pages look as before. Pure.
 */

/** Tables shown on the actor's own page; beyond this many they get a list of their own. */
export const ACTOR_TABLES_PREVIEW = 10;

type Data = Parameters<typeof actorPage>[1];
type ActorPathwayView = ActorPageView['pathways'][number];

/** What only the actor's first page shows. */
export interface ActorIntroView {
  search: ActorPageView['search'];
  sector: string;
  kind: string;
  summary: string;
  /** «Kræft: 120», one per disease area, once the pathways run over several pages. */
  areas: string[];
  /** The first `ACTOR_TABLES_PREVIEW` tables, or all of them when they are no more. */
  tables: ActorTableView[];
  /** The actor's list of tables, when the page shows only the first of them. */
  allTables?: Link | undefined;
  sources: ActorPageView['sources'];
}

/** One page of an actor's pathways: page 1 is the actor's own page. */
export interface ActorStepsPageView {
  /** The actor's name, with the page number on later pages («Kommune, side 2 af 12»). */
  title: string;
  tabTitle: string;
  description: string;
  eyebrow: string;
  /** Page 1 only. */
  intro?: ActorIntroView | undefined;
  /** Later pages: the way back to the actor's page. */
  back?: Link | undefined;
  listPath: string;
  listName: string;
  page: ListPage<ActorPathwayView>;
}

/** One page of an actor's rows in the responsibility tables. */
export interface ActorTablesPageView {
  /** The list's title, with the page number on later pages. */
  title: string;
  listName: string;
  tabTitle: string;
  description: string;
  eyebrow: string;
  back: Link;
  listPath: string;
  page: ListPage<ActorTableView>;
}

/** Every page of one actor: its pathways page by page, and its table list when it has one. */
export function actorPages(
  actor: CollectionEntry<'actors'>,
  data: Data,
): { steps: ActorStepsPageView[]; tables: ActorTablesPageView[] } {
  const texts = actorTexts;
  const view = actorPage(actor, data);
  const name = view.title;
  const actorPath = paths.actor(actor.id);
  const back = { href: href(actorPath), text: texts.backToActor(name) };
  const stepPages = pageSlice(view.pathways);
  const split = stepPages.length > 1;
  const tablesPath = paths.actorTables(actor.id);
  const hasTableList = view.tables.length > ACTOR_TABLES_PREVIEW;
  const intro: ActorIntroView = {
    search: view.search,
    sector: view.sector,
    kind: view.kind,
    summary: view.summary,
    areas: split
      ? areaCounts(view.pathways.map((pathway) => byId(data.pathways, pathway.id))).map((entry) =>
          texts.areaCount(entry.label, entry.count),
        )
      : [],
    tables: hasTableList ? view.tables.slice(0, ACTOR_TABLES_PREVIEW) : view.tables,
    allTables: hasTableList
      ? { href: href(tablesPath), text: texts.allTables(view.tables.length) }
      : undefined,
    sources: view.sources,
  };
  const steps = stepPages.map((page) => ({
    title: pageTitle(name, page),
    tabTitle: pageTitle(view.tabTitle, page),
    description: view.description,
    eyebrow: view.eyebrow,
    intro: page.current === 1 ? intro : undefined,
    back: page.current === 1 ? undefined : back,
    listPath: actorPath,
    listName: texts.stepsListName(name),
    page,
  }));
  const tablesTitle = texts.tablesTitle(name);
  const tables = hasTableList
    ? pageSlice(view.tables).map((page) => ({
        title: pageTitle(tablesTitle, page),
        listName: tablesTitle,
        tabTitle: pageTitle(tablesTitle, page),
        description: texts.tablesDescription(name),
        eyebrow: view.eyebrow,
        back,
        listPath: tablesPath,
        page,
      }))
    : [];
  return { steps, tables };
}
