import type { CollectionEntry } from 'astro:content';
import { COLLECTIONS } from '../content/collections';
import type { SearchType } from '../i18n/search';
import { diseaseAreaLabels, sectorLabels } from '../i18n/da';
import { responsibilityTexts } from '../i18n/pathways';
import { byId, type SiteData } from '../content/site-data';
import { pageSlice, pageTitle, type ListPage } from '../site/pagination';
import { href, paths } from '../site/urls';
import { citationList, type CitationView, type Link } from './links';
import { tabTitle } from './pathway-view';
import { backLinks, groupConsecutiveRows, hasGroups, rowHeading } from './table-model';
import { ownCell } from '../schemas/dataset-values';

/**
 * Everything a responsibility table page, the table list and the table itself show, ready-made:
 * row headings with actor links, cells, the pathways each table belongs to, sources. Pure.
 */

export interface TableRowView {
  heading: string;
  /** The actor's page, when the row is about an actor. */
  actorHref?: string | undefined;
  /** Tasks per column, in column order; an empty list where the source names none. */
  cells: readonly (readonly string[])[];
}

export interface ResponsibilityTableView {
  caption: string;
  captionId: string;
  rowHeading: string;
  columns: string[];
  /** Runs of rows; `group` is the heading of a run when the table has groups. */
  groups: { group?: string | undefined; rows: TableRowView[] }[];
  notes: readonly string[];
}

type Table = CollectionEntry<'responsibilities'>;

export function responsibilityTableView(
  table: Table,
  actors: readonly CollectionEntry<'actors'>[],
  idPrefix: string,
): ResponsibilityTableView {
  const { caption, columns, rows, notes } = table.data;
  const actorName = (id: string) => byId(actors, id).data.name;
  const grouped = hasGroups(rows);
  return {
    caption,
    captionId: `${idPrefix}-caption`,
    rowHeading: table.data.rowHeading,
    columns: columns.map((column) => column.label),
    groups: groupConsecutiveRows(rows).map((run) => ({
      group: grouped ? run.group : undefined,
      rows: run.rows.map((row) => ({
        heading: rowHeading(row, actorName),
        actorHref: row.actor ? href(paths.actor(row.actor.id)) : undefined,
        cells: columns.map((column) => ownCell(row.tasks, column.id) ?? []),
      })),
    })),
    notes,
  };
}

export interface TablePageView {
  title: string;
  tabTitle: string;
  description: string;
  search: { type: SearchType; filters: Record<string, string[]> };
  pathwaysLabel: string;
  pathways: Link[];
  table: ResponsibilityTableView;
  citations: CitationView[];
}

type Data = Pick<SiteData, 'actors' | 'pathways' | 'responsibilities' | 'sources'>;

/** The table page of every table, with its back-links worked out once for all tables. */
export function tablePages(data: Data): { id: string; view: TablePageView }[] {
  const linkedFrom = backLinks(data.pathways, (pathway) => pathway.data.relatedTables);
  return data.responsibilities.map((table) => {
    const links = linkedFrom.get(table.id) ?? [];
    const pathways = links.map((link) => byId(data.pathways, link.id));
    const rowActors = [
      ...new Set(table.data.rows.flatMap((row) => (row.actor ? [row.actor.id] : []))),
    ].map((id) => byId(data.actors, id).data);
    return {
      id: table.id,
      view: {
        title: table.data.title,
        tabTitle: tabTitle(table.data.title),
        description: table.data.description,
        search: {
          type: COLLECTIONS.responsibilities.searchType,
          filters: {
            sygdomsområde: [
              ...new Set(
                pathways.flatMap((p) => p.data.diseaseAreas.map((a) => diseaseAreaLabels[a])),
              ),
            ],
            sektor: [...new Set(rowActors.map((actor) => sectorLabels[actor.sector]))],
            aktør: rowActors.map((actor) => actor.name),
          },
        },
        pathwaysLabel:
          links.length === 1 ? responsibilityTexts.pathways : responsibilityTexts.pathwaysMany,
        pathways: links.map((link) => ({ href: href(paths.pathway(link.id)), text: link.title })),
        table: responsibilityTableView(table, data.actors, 'tabel'),
        citations: citationList(table.data.sources, data.sources),
      },
    };
  });
}

/** One page of the table list. */
export interface TableListPageView {
  /** «Ansvarsfordeling», with the page number on later pages; also the tab title. */
  heading: string;
  listPath: string;
  page: ListPage<ReturnType<typeof tableList>[number]>;
}

/** Every page of the table list, page 1 first; one page while the tables fit on it. */
export function tableListPages(
  data: Pick<SiteData, 'pathways' | 'responsibilities'>,
): TableListPageView[] {
  return pageSlice(tableList(data)).map((page) => ({
    heading: pageTitle(responsibilityTexts.indexTitle, page),
    listPath: paths.responsibilities(),
    page,
  }));
}

/** The table list: each table with its pathways, row count and column names. */
export function tableList(data: Pick<SiteData, 'pathways' | 'responsibilities'>) {
  const linkedFrom = backLinks(data.pathways, (pathway) => pathway.data.relatedTables);
  return data.responsibilities.map((table) => {
    const links = linkedFrom.get(table.id) ?? [];
    return {
      link: { href: href(paths.responsibility(table.id)), text: table.data.title },
      description: table.data.description,
      pathwaysLabel:
        links.length === 1 ? responsibilityTexts.pathways : responsibilityTexts.pathwaysMany,
      pathways: links.map((link) => ({ href: href(paths.pathway(link.id)), text: link.title })),
      rowHeading: table.data.rowHeading,
      rows: responsibilityTexts.rows(table.data.rows.length),
      columns: table.data.columns.map((column) => column.label).join(', '),
    };
  });
}
