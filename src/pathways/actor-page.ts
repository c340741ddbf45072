import type { CollectionEntry } from 'astro:content';
import { COLLECTIONS } from '../content/collections';
import type { SearchType } from '../i18n/search';
import { phaseLabels, sectorLabels } from '../i18n/da';
import { actorTexts } from '../i18n/pathways';
import { formatSourceDate } from '../text/dates';
import { byId, type SiteData } from '../content/site-data';
import { href, paths } from '../site/urls';
import { groupBySector, rolesOfActor } from './actor-roles';
import { actorLinks, type Link } from './links';
import { stepAnchor, tabTitle } from './pathway-view';

/**
 * Everything an actor page and the actor list show, ready-made: the actor's steps in every
 * pathway (linked to the step), its rows in the responsibility tables, and its sources. Pure.
 */

export interface ActorStepView {
  link: Link;
  phase: string;
  together: Link[];
  description: string;
}

export interface ActorTableView {
  link: Link;
  /** «Rækken «…» · group», when the row has a label or group of its own. */
  meta?: string | undefined;
  columns: { label: string; tasks: readonly string[] }[];
}

export interface ActorPageView {
  title: string;
  tabTitle: string;
  description: string;
  eyebrow: string;
  search: { type: SearchType; filters: Record<string, string[]> };
  sector: string;
  kind: string;
  summary: string;
  pathways: { id: string; link: Link; steps: ActorStepView[] }[];
  tables: ActorTableView[];
  sources: { link: Link; meta: string }[];
}

type Data = Pick<SiteData, 'actors' | 'pathways' | 'responsibilities' | 'sources'>;

function summaryOf(actorId: string, data: Data): string {
  const roles = rolesOfActor(actorId, data.pathways, data.responsibilities);
  return actorTexts.summary(roles.stepCount, roles.pathways.length, roles.tables.length);
}

export function actorPage(actor: CollectionEntry<'actors'>, data: Data): ActorPageView {
  const texts = actorTexts;
  const roles = rolesOfActor(actor.id, data.pathways, data.responsibilities);
  const sector = sectorLabels[actor.data.sector];
  const descriptionOf = (pathwayId: string, stepId: string) =>
    byId(data.pathways, pathwayId).data.steps.find((step) => step.id === stepId)?.description ?? '';
  return {
    title: actor.data.name,
    tabTitle: tabTitle(actor.data.name),
    description: actor.data.description,
    eyebrow: `${texts.eyebrow} · ${sector}`,
    search: {
      type: COLLECTIONS.actors.searchType,
      filters: { sektor: [sector], aktør: [actor.data.name] },
    },
    sector,
    kind: texts.kind[actor.data.kind],
    summary: texts.summary(roles.stepCount, roles.pathways.length, roles.tables.length),
    pathways: roles.pathways.map((role) => ({
      id: role.pathwayId,
      link: { href: href(paths.pathway(role.pathwayId)), text: role.pathwayTitle },
      steps: role.steps.map((step) => ({
        link: {
          href: href(`${paths.pathway(step.pathwayId)}#${stepAnchor(step.stepId)}`),
          text: `${texts.stepNumber(step.stepNumber)}: ${step.stepTitle}`,
        },
        phase: phaseLabels[step.phase],
        together: actorLinks(step.otherActorIds, data.actors),
        description: descriptionOf(step.pathwayId, step.stepId),
      })),
    })),
    tables: roles.tables.map((role) => ({
      link: { href: href(paths.responsibility(role.tableId)), text: role.tableTitle },
      meta:
        [role.rowLabel && texts.rowLabel(role.rowLabel), role.group].filter(Boolean).join(' · ') ||
        undefined,
      columns: role.columns.map((column) => ({ label: column.label, tasks: column.tasks })),
    })),
    sources: actor.data.sources.map((ref) => {
      const source = byId(data.sources, ref.id).data;
      return {
        link: { href: href(paths.source(ref.id)), text: source.title },
        meta: `(${source.publisher}, ${formatSourceDate(source.date, source.datePrecision)})`,
      };
    }),
  };
}

/** The actor list: actors grouped by sector, each with a link, description and summary. */
export function actorList(data: Data) {
  return groupBySector(data.actors).map((group) => ({
    id: `sektor-${group.sector}`,
    heading: sectorLabels[group.sector],
    actors: group.actors.map((actor) => ({
      link: { href: href(paths.actor(actor.id)), text: actor.data.name },
      description: actor.data.description,
      summary: summaryOf(actor.id, data),
    })),
  }));
}
